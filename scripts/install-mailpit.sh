#!/usr/bin/env bash
# Installs Mailpit, the local stack's mail catcher (SMTP, with a web UI and an API the tests read mail through),
# into .tools/bin from the Go module proxy, pinned, the way the Temporal CLI falls back to.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=1.33.1
BIN=.tools/bin
mkdir -p "$BIN"

if [[ -x "$BIN/mailpit" && "$(cat "$BIN/.mailpit.version" 2>/dev/null)" == "$VERSION" ]]; then
  exit 0
fi
echo "installing Mailpit $VERSION from the Go module proxy (about a minute)"
GOBIN="$PWD/$BIN" CGO_ENABLED=0 go install "github.com/axllent/mailpit@v${VERSION}"
echo "$VERSION" > "$BIN/.mailpit.version"
