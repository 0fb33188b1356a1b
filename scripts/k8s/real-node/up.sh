#!/usr/bin/env bash
# Starts (or reuses) the real node beside the kwok nodes: containerd + runc + a CNI bridge of our
# own + a kubelet built with the control plane, registered as real-node-0 (label
# chaos-action.dev/node=real, taint chaos-action.dev/real-node=true:NoSchedule). Called by
# cluster-up.sh with the cluster lock held, once the control plane answers. Idempotent.
# If a component cannot start, the error names it and prints the last lines of its log.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

kubelet_bin="$k8s_bin/kubelet"
kubectl="$k8s_bin/kubectl"
[[ -x "$kubelet_bin" ]] || { k8s_log "real node: no kubelet in $k8s_bin (bash scripts/k8s/build.sh)"; exit 1; }
[[ -s "$kubeconfig_path" ]] || { k8s_log "real node: no kubeconfig at $kubeconfig_path (start the control plane first)"; exit 1; }
bash "$rn_dir/setup.sh"

# One real node per machine: it serves one cluster at a time.
owner="$(cat "$real_node_owner_file" 2>/dev/null || true)"
if [[ -n "$owner" && "$owner" != "$cluster_name" ]] && rn_pid kubelet >/dev/null; then
  k8s_log "real node: it serves cluster $owner; stop it there first (CHAOS_K8S_CLUSTER=$owner npm run cluster:down) or start $cluster_name with CHAOS_K8S_REAL_NODE=0"
  exit 1
fi

etc="$rn_cache/etc"
mkdir -p "$etc" "$rn_logs" "$rn_run/real-node" "$rn_cache/pod-logs"
echo "$cluster_name" >"$real_node_owner_file"
containerd_log="$rn_logs/containerd.log"
kubelet_log="$rn_logs/kubelet.log"

render() {
  local template="$1" out="$2" text
  text="$(cat "$template")"
  text="${text//@ROOT@/$rn_cache/containerd}"
  text="${text//@STATE@/$rn_run/containerd/state}"
  text="${text//@SOCKET@/$containerd_sock}"
  text="${text//@PAUSE_IMAGE@/$rn_pause_image}"
  text="${text//@RUNC@/$(command -v runc)}"
  text="${text//@CNI_BIN@//usr/lib/cni}"
  text="${text//@CNI_CONF@/$etc/cni}"
  text="${text//@BRIDGE@/$rn_bridge}"
  text="${text//@IPAM_DIR@/$rn_run/cni/networks}"
  text="${text//@SUBNET@/$rn_subnet_prefix}"
  text="${text//@NODE_IP@/$rn_node_ip}"
  text="${text//@CLIENT_CA@/$etc/client-ca.crt}"
  text="${text//@TAINT_KEY@/$rn_taint_key}"
  text="${text//@POD_LOGS@/$rn_cache/pod-logs}"
  printf '%s\n' "$text" >"$out"
}

# --- network: a bridge holding the node's address; pods get the rest of the /24 ---------------
if ! ip link show "$rn_bridge" >/dev/null 2>&1; then
  ip link add "$rn_bridge" type bridge
fi
ip addr replace "$rn_node_ip/24" dev "$rn_bridge"
ip link set "$rn_bridge" up
# Nothing is forwarded off the bridge (the bridge plugin adds no masquerade and pods get no
# default route; this holds even if another tool turns ip_forward on).
for rule in "-i $rn_bridge ! -o $rn_bridge" "-o $rn_bridge ! -i $rn_bridge"; do
  # shellcheck disable=SC2086 # the rule is words on purpose
  iptables -C FORWARD $rule -j DROP 2>/dev/null || iptables -I FORWARD $rule -j DROP
done

# --- containerd --------------------------------------------------------------------------------
containerd_ready() { ctr_ version >/dev/null 2>&1; }
mkdir -p "$etc/cni"
render "$rn_dir/cni.conflist" "$etc/cni/10-chaos-action.conflist"
render "$rn_dir/containerd.toml" "$etc/containerd.toml.new"
if rn_pid containerd >/dev/null && containerd_ready && cmp -s "$etc/containerd.toml.new" "$etc/containerd.toml"; then
  k8s_log "real node: containerd already running"
else
  rn_stop containerd
  mv "$etc/containerd.toml.new" "$etc/containerd.toml"
  mkdir -p "$(dirname "$containerd_sock")"
  k8s_log "real node: starting containerd $(containerd --version | awk '{print $3}') (log: $containerd_log)"
  spawn containerd "$containerd_log" containerd --config "$etc/containerd.toml"
  for ((i = 0; i < 300; i++)); do
    containerd_ready && break
    rn_pid containerd >/dev/null || rn_fail containerd "$containerd_log" "exited while starting"
    sleep 0.1
  done
  containerd_ready || rn_fail containerd "$containerd_log" "did not answer on $containerd_sock within 30s"
fi
rm -f "$etc/containerd.toml.new"

bash "$rn_dir/images.sh" --import >/dev/null 7>&- 8>&-

# --- kubelet -----------------------------------------------------------------------------------
# The kubelet uses the cluster's admin credentials and trusts the cluster CA for the API server's
# client certificate. A recreated cluster has new certificates: then the kubelet restarts.
# (kwokctl's kubeconfig names the files of its pki directory, so the CA's content is what tells.)
cluster_ca="$KWOK_WORKDIR/clusters/$cluster_name/pki/ca.crt"
[[ -s "$cluster_ca" ]] || { k8s_log "real node: no cluster CA at $cluster_ca"; exit 1; }
cp "$cluster_ca" "$etc/client-ca.crt.new"
cp "$kubeconfig_path" "$etc/kubelet.kubeconfig.new"
render "$rn_dir/kubelet.yaml" "$etc/kubelet.yaml.new"

node_registered() { kc get node "$rn_node_name" >/dev/null 2>&1; }
same() { cmp -s "$etc/$1.new" "$etc/$1"; }
if rn_pid kubelet >/dev/null && same kubelet.yaml && same kubelet.kubeconfig && same client-ca.crt && node_registered; then
  k8s_log "real node: kubelet already running"
else
  rn_stop kubelet
  for f in kubelet.yaml kubelet.kubeconfig client-ca.crt; do mv "$etc/$f.new" "$etc/$f"; done
  # The kubelet sets a few kernel defaults it relies on (vm.overcommit_memory=1,
  # kernel.panic_on_oops=1, ...); the machine's own values are kept and restored by down.sh.
  if [[ ! -s "$sysctl_saved" ]]; then
    for k in "${kubelet_sysctls[@]}"; do echo "$k $(cat "/proc/sys/$k")"; done >"$sysctl_saved"
  fi
  k8s_log "real node: starting kubelet $KUBE_VERSION as $rn_node_name (log: $kubelet_log)"
  spawn kubelet "$kubelet_log" "$kubelet_bin" \
    --config "$etc/kubelet.yaml" \
    --kubeconfig "$etc/kubelet.kubeconfig" \
    --root-dir /var/lib/kubelet \
    --hostname-override "$rn_node_name" \
    --node-ip "$rn_node_ip" \
    --node-labels "$rn_node_label" \
    --v 1
fi
rm -f "$etc"/*.new

# --- wait for Ready ----------------------------------------------------------------------------
node_ready() {
  [[ "$(kc get node "$rn_node_name" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" == True ]]
}
for ((i = 0; i < 120; i++)); do
  node_ready && break
  rn_pid kubelet >/dev/null || rn_fail kubelet "$kubelet_log" "exited while starting"
  rn_pid containerd >/dev/null || rn_fail containerd "$containerd_log" "exited while the kubelet started"
  sleep 0.5
done
node_ready || rn_fail kubelet "$kubelet_log" "did not make $rn_node_name Ready within 60s"
k8s_log "real node: $rn_node_name Ready (images $rn_pause_image, $rn_sample_image)"
