#!/usr/bin/env bash
# The nginx smoke suite (tests/e2e/nginx.spec.ts) serves the built site with Debian's nginx and the project's
# own config (deploy/nginx/site.conf). Install it if it is missing, as ensureChromium.sh does Chromium.
set -euo pipefail
nginx_path="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$nginx_path" ]; then exit 0; fi
echo "nginx not found at $nginx_path; installing Debian's nginx package..."
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or install it yourself: sudo apt-get install -y nginx (or set NGINX_PATH)." >&2
  exit 1
fi
apt-get update -qq
# Only the binary is wanted: the package's own server must not start.
if [ -e /usr/sbin/policy-rc.d ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
else
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi
"$nginx_path" -v
