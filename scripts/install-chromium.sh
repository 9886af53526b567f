#!/usr/bin/env bash
# Debian's Chromium for the console's browser tests: Playwright drives it (launchOptions.executablePath),
# and never downloads a browser of its own (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "Chromium is missing: install Debian's package as root (apt-get install chromium), then run make again." >&2
  exit 1
fi
echo "installing Chromium from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q chromium >/dev/null; then
  apt-get update -q >/dev/null
  apt-get install -y -q chromium >/dev/null
fi
chromium --version
