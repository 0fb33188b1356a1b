#!/usr/bin/env bash
# Makes sure Debian's `chromium` is installed (for the HTML report test) and prints its path.
# Installs it with apt-get when missing (root, or sudo without a password). Concurrent callers
# wait on one lock so only one apt-get runs.
set -euo pipefail

find_chromium() {
  for candidate in "${CHROMIUM:-}" /usr/bin/chromium "$(command -v chromium 2>/dev/null || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if find_chromium; then exit 0; fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-chromium: chromium is missing and this is not a Debian-like system (no apt-get)" >&2
  exit 3
fi
SUDO=()
if [[ "$(id -u)" != 0 ]]; then
  if sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    echo "setup-chromium: chromium is missing; install it with: sudo apt-get install chromium" >&2
    exit 3
  fi
fi

exec 9>/tmp/chaos-action-setup-chromium.lock
flock 9
if find_chromium; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
# An update only when the package is unknown to the local lists.
if ! apt-cache show chromium >/dev/null 2>&1; then "${SUDO[@]}" apt-get update -q >&2; fi
"${SUDO[@]}" apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core >&2
find_chromium
