#!/usr/bin/env bash
# Installs what the real node needs from Debian when it is missing (idempotent, quick when all is
# there): containerd, runc, the CNI plugins, busybox-static (shell tools inside the sample image),
# iptables and iproute2. Needs root, like the node itself.
set -euo pipefail
packages=(containerd runc containernetworking-plugins busybox-static iptables iproute2)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
(( ${#missing[@]} == 0 )) && exit 0
if (( EUID != 0 )); then
  echo "[k8s] real node: missing Debian packages ${missing[*]}; install them as root" >&2
  exit 1
fi
echo "[k8s] real node: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
