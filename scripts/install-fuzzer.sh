#!/usr/bin/env bash
# Installs schemathesis (from PyPI) into its own virtual environment, .tools/fuzz-venv.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.32.5
VENV=.tools/fuzz-venv

if [[ -x "$VENV/bin/schemathesis" && "$(cat "$VENV/.version" 2>/dev/null)" == "$VERSION" ]]; then
  exit 0
fi
echo "installing schemathesis $VERSION from PyPI into $VENV"
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION"
echo "$VERSION" > "$VENV/.version"
