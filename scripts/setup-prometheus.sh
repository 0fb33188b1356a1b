#!/usr/bin/env bash
# Installs Prometheus (Debian's package) for the tests that run a real server, and wrk for the load
# bench. Idempotent: does nothing when both are already on PATH. The Debian package would start a
# system service; we never use it (the tests start their own server on loopback), so it is stopped
# and kept from starting where a service manager exists.
set -euo pipefail

need=()
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -eq 0 ]; then
  echo "prometheus and wrk already installed: $(command -v prometheus) $(command -v wrk)"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi

# Keep the package's postinst from starting a daemon listening on :9090 (policy-rc.d 101 = deny).
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod +x "$policy"
  created_policy=1
fi
cleanup() { if [ "$created_policy" -eq 1 ]; then "${SUDO[@]}" rm -f "$policy"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show "${need[0]}" >/dev/null 2>&1; then "${SUDO[@]}" apt-get update -qq; fi
# No recommends: the node exporter and friends are not needed.
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" ||
  { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"; }

command -v prometheus >/dev/null && prometheus --version 2>&1 | head -1
command -v wrk >/dev/null && echo "wrk: $(command -v wrk)"
