#!/usr/bin/env bash
# Stops the real node: the kubelet, every container it ran, containerd and its shims; then
# removes what up.sh made on the host (mounts, network namespaces, IP allocations, the bridge, the
# firewall rules, the kubelet's pod directories). Keeps containerd's image store (in the cache),
# so the next up.sh imports nothing. Safe when nothing runs. Called by cluster-down.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

rn_stop kubelet
if [[ -s "$sysctl_saved" ]]; then
  while read -r key value; do echo "$value" >"/proc/sys/$key" 2>/dev/null || true; done <"$sysctl_saved"
  rm -f "$sysctl_saved"
fi

# Containers first (with containerd still up to do it), so no shim outlives containerd.
if rn_pid containerd >/dev/null && ctr_ version >/dev/null 2>&1; then
  mapfile -t tasks < <(ctr_ -n k8s.io tasks ls -q 2>/dev/null)
  for t in "${tasks[@]}"; do ctr_ -n k8s.io tasks kill -s SIGKILL "$t" >/dev/null 2>&1 || true; done
  for t in "${tasks[@]}"; do
    for ((i = 0; i < 50; i++)); do
      ctr_ -n k8s.io tasks delete "$t" >/dev/null 2>&1 && break
      sleep 0.1
    done
  done
  mapfile -t containers < <(ctr_ -n k8s.io containers ls -q 2>/dev/null)
  (( ${#containers[@]} == 0 )) || ctr_ -n k8s.io containers rm "${containers[@]}" >/dev/null 2>&1 || true
fi
rn_stop containerd

# Shims still attached to our containerd (it was killed, or a task would not die): found by the
# socket address in their command line, stopped by pid.
for proc in /proc/[0-9]*; do
  if tr '\0' ' ' 2>/dev/null <"$proc/cmdline" | grep -q -- "containerd-shim.* -address $containerd_sock"; then
    kill -KILL "${proc#/proc/}" 2>/dev/null || true
  fi
done

# Mounts under our state dir (network namespaces, rootfs, shm) and the kubelet's (volumes),
# deepest first.
if command -v findmnt >/dev/null; then
  { findmnt -rn -o TARGET | grep -E "^($rn_run|/var/lib/kubelet)/" || true; } | sort -r |
    while read -r target; do umount -l "$target" 2>/dev/null || true; done
fi
rm -rf "$rn_run/containerd/state" "$rn_run/cni" /var/lib/kubelet/pods
rm -f "$containerd_sock" "$containerd_sock.ttrpc" "$rn_run/real-node/cluster"

for rule in "-i $rn_bridge ! -o $rn_bridge" "-o $rn_bridge ! -i $rn_bridge"; do
  # shellcheck disable=SC2086 # the rule is words on purpose
  while iptables -C FORWARD $rule -j DROP 2>/dev/null; do iptables -D FORWARD $rule -j DROP; done
done
ip link del "$rn_bridge" 2>/dev/null || true
k8s_log "real node: stopped"
