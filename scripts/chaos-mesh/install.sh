#!/usr/bin/env bash
# Installs real Chaos Mesh (build.sh's binaries, images.sh's images) on the local cluster's real
# node: imports the images into the node's containerd, generates the webhook certificates, renders
# manifests.yaml.tmpl and waits for the controller and every daemon. Called by
# scripts/k8s/cluster-up.sh when CHAOS_MESH=real; idempotent (re-run = re-apply + wait).
# Needs the cluster's KUBECONFIG in the environment (cluster-up.sh sets it) and the real node.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../k8s/env.sh"
source "$here/versions.env"

ns="${CHAOS_MESH_REAL_SYSTEM_NS:-chaos-mesh-real}"
target_ns="$chaos_mesh_real_ns"
webhook_port="${CHAOS_MESH_WEBHOOK_PORT:-31443}"
metrics_port="${CHAOS_MESH_METRICS_PORT:-31080}"
grpc_port="${CHAOS_MESH_DAEMON_GRPC_PORT:-31767}"
http_port="${CHAOS_MESH_DAEMON_HTTP_PORT:-31766}"
socket="${CHAOS_MESH_CONTAINERD_SOCK:-${CHAOS_REAL_NODE_RUN_DIR:-/run/chaos-action}/containerd/containerd.sock}"
pause_image="${CHAOS_MESH_PAUSE_IMAGE:-chaos-action.local/pause:3.10}"
controller_image="chaos-action.local/chaos-mesh:$CHAOS_MESH_VERSION"
daemon_image="chaos-action.local/chaos-daemon:$CHAOS_MESH_VERSION"
log() { echo "[chaos-mesh-install] $*" >&2; }
k() { "$k8s_bin/kubectl" --kubeconfig "$kubeconfig_path" "$@"; }

started=$(date +%s)
[[ -S "$socket" ]] || { log "no containerd socket at $socket: is the real node up (scripts/k8s/cluster-up.sh)?"; exit 1; }
images="$(bash "$here/images.sh")"
for image in chaos-mesh chaos-daemon; do
  ctr --address "$socket" -n k8s.io images import "$images/$image.tar" >/dev/null
done
log "images imported into $socket"

# Webhook serving certificate for 127.0.0.1, signed by a CA of our own (kept with the cache).
certs="$CHAOS_CACHE_DIR/chaos-mesh/certs"
if [[ ! -s "$certs/tls.crt" ]]; then
  mkdir -p "$certs"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=chaos-action chaos-mesh webhook CA" \
    -keyout "$certs/ca.key" -out "$certs/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$certs/tls.key" -out "$certs/tls.csr" 2>/dev/null
  openssl x509 -req -in "$certs/tls.csr" -CA "$certs/ca.crt" -CAkey "$certs/ca.key" -CAcreateserial \
    -days 3650 -extfile <(printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n') \
    -out "$certs/tls.crt" 2>/dev/null
fi
b64() { base64 -w0 <"$1"; }

server="$(k config view --minify -o jsonpath='{.clusters[0].cluster.server}')"
hostport="${server#https://}"
api_host="${hostport%:*}"
api_port="${hostport##*:}"

# One mutating and one validating webhook per kind, matching only the target namespace.
webhooks() {
  local verb="$1" prefix="$2" crd resource
  for crd in podchaos networkchaos stresschaos httpchaos iochaos timechaos dnschaos schedule workflow; do
    resource="$crd"
    [[ "$crd" == schedule || "$crd" == workflow ]] && resource="${crd}s"
    cat <<YAML
  - name: $prefix$crd.chaos-action.dev
    clientConfig:
      url: https://127.0.0.1:$webhook_port/$verb-chaos-mesh-org-v1alpha1-$crd
      caBundle: $(b64 "$certs/ca.crt")
    failurePolicy: Fail
    sideEffects: None
    admissionReviewVersions: [v1]
    timeoutSeconds: 5
    namespaceSelector:
      matchLabels: { kubernetes.io/metadata.name: $target_ns }
    rules:
      - apiGroups: [chaos-mesh.org]
        apiVersions: [v1alpha1]
        operations: [CREATE, UPDATE]
        resources: [$resource]
YAML
  done
}

doc="$(cat "$here/manifests.yaml.tmpl")"
render() { doc="${doc//$1/$2}"; }
render __NS__ "$ns"
render __IMAGE_STAMP__ "$(cat "$images/.stamp")"
render __TARGET_NS__ "$target_ns"
render __TLS_CRT__ "$(b64 "$certs/tls.crt")"
render __TLS_KEY__ "$(b64 "$certs/tls.key")"
render __CONTROLLER_IMAGE__ "$controller_image"
render __DAEMON_IMAGE__ "$daemon_image"
render __PAUSE_IMAGE__ "$pause_image"
render __API_HOST__ "$api_host"
render __API_PORT__ "$api_port"
render __WEBHOOK_PORT__ "$webhook_port"
render __METRICS_PORT__ "$metrics_port"
render __DAEMON_GRPC_PORT__ "$grpc_port"
render __DAEMON_HTTP_PORT__ "$http_port"
render __SOCKET_DIR__ "$(dirname "$socket")"
render __SOCKET_NAME__ "$(basename "$socket")"
render __MUTATING__ "$(webhooks mutate m)"
render __VALIDATING__ "$(webhooks validate v)"
printf '%s\n' "$doc" | k apply --server-side --force-conflicts -f - >/dev/null
# The api module this controller is built with (versions.env) has a field the v2.8.3 CRDs lack:
# partitionBehavior (drop | reject) in NetworkChaos spec (default drop) and in the PodNetworkChaos
# iptables rules the controller writes (empty = drop). Missing from the schema, the API server
# prunes it, the controller's defaulting webhook sets it again on each update and its validating
# webhook refuses the changed spec, so no NetworkChaos ever gets its finalizer. Declared (optional),
# every v2.8.3 object stays valid. (Schedule/Workflow templates still lack it: not used here.)
field='{"type": "string", "enum": ["drop", "reject"], "description": "partition only: drop matched packets silently, or reject them (TCP reset)."'
schema=/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties
k patch crd networkchaos.chaos-mesh.org --type=json \
  -p "[{\"op\": \"add\", \"path\": \"$schema/partitionBehavior\", \"value\": $field, \"default\": \"drop\"}}]" >/dev/null
k patch crd podnetworkchaos.chaos-mesh.org --type=json \
  -p "[{\"op\": \"add\", \"path\": \"$schema/iptables/items/properties/partitionBehavior\", \"value\": $field}}]" >/dev/null
log "manifests applied; waiting for the controller and every daemon"
k -n "$ns" rollout status deployment/chaos-controller-manager --timeout=180s >&2
k -n "$ns" rollout status daemonset/chaos-daemon --timeout=180s >&2
# Ready = the webhook answers: a server-side dry run of a PodChaos goes through it.
probe="apiVersion: chaos-mesh.org/v1alpha1
kind: PodChaos
metadata: { name: install-probe, namespace: $target_ns }
spec: { action: pod-kill, mode: one, selector: { labelSelectors: { app: none } } }"
for ((i = 0; i < 60; i++)); do
  if printf '%s' "$probe" | k create --dry-run=server -f - >/dev/null 2>&1; then
    log "Chaos Mesh $CHAOS_MESH_VERSION ready in $(($(date +%s) - started))s (controller in $ns, chaos in $target_ns)"
    exit 0
  fi
  sleep 1
done
printf '%s' "$probe" | k create --dry-run=server -f - >&2 || true
log "the Chaos Mesh webhook on 127.0.0.1:$webhook_port did not answer within 60s; controller log:"
k -n "$ns" logs deployment/chaos-controller-manager --tail=25 >&2 || true
exit 1
