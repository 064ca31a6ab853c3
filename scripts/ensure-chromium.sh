#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is there: PARALLAX_CHROMIUM if set, else
# Debian's /usr/bin/chromium, installed with apt-get when missing (Playwright's own browser
# download needs the internet, which CI does not have).
set -euo pipefail
if [ -n "${PARALLAX_CHROMIUM:-}" ] && [ -x "${PARALLAX_CHROMIUM}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then
	echo "No Chromium found: set PARALLAX_CHROMIUM to a Chromium or Chrome executable." >&2
	exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
