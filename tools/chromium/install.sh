#!/usr/bin/env bash
# Installs Debian's Chromium (the browser tests drive /usr/bin/chromium) if it is missing.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
echo "Installing chromium with apt-get ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
