#!/usr/bin/env bash
# GitHub's CLI (`gh`) for the tests that run the README's workflow scripts as printed: the one on
# PATH when there is one, else Debian's package (apt-get, once; flock'd so parallel callers wait).
# Prints the path of the binary on its last line.
set -euo pipefail
if command -v gh >/dev/null 2>&1; then
  command -v gh
  exit 0
fi
cache="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}"
mkdir -p "$cache"
exec 9>"$cache/setup-gh.lock"
flock -w 600 9
if ! command -v gh >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "gh is not installed and cannot be installed here (needs root and apt-get)" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gh >&2 ||
    { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gh >&2; }
fi
command -v gh
