#!/usr/bin/env bash
# Builds the real node's images as docker-archive tarballs (no registry, no Docker) and, with
# --import, loads them into the real node's containerd (namespace k8s.io). Cached: a tarball is
# rebuilt only when its inputs change, and an image is imported only when containerd does not
# already hold that exact build. Prints the image names.
#   pause           chaos-action.local/pause:3.10           scripts/k8s/real-node/pause (Go, static)
#   sample-service  chaos-action.local/sample-service:1     src/demo/sample-service.ts on the
#                   `node` npm package's binary and its shared libraries, plus busybox-static for
#                   `kubectl exec` (sh, wget, kill, ...). Listens on 0.0.0.0:8080.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

import=""
[[ "${1:-}" == "--import" ]] && import=1

node_binary="$(readlink -f "$repo_root/node_modules/node/bin/node" 2>/dev/null || true)"
[[ -x "$node_binary" ]] || { k8s_log "images: no node binary at node_modules/node/bin/node (run npm ci)"; exit 1; }
busybox=/bin/busybox
[[ -x "$busybox" ]] && "$busybox" --list >/dev/null 2>&1 ||
  { k8s_log "images: busybox-static is missing (bash scripts/k8s/real-node/setup.sh)"; exit 1; }
command -v go >/dev/null || { k8s_log "images: go is required to build the pause binary"; exit 1; }

images_dir="$rn_cache/images"
mkdir -p "$images_dir"
exec 7>"$images_dir/build.lock"
flock -w 600 7 || { k8s_log "images: timed out waiting for $images_dir/build.lock"; exit 1; }

# A layer tarball that is the same bytes for the same tree: sorted, root-owned, fixed mtime.
layer_tar() { tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$1" -cf "$2" .; }

# Writes a docker-archive (manifest.json + config + one layer) for the rootfs in $1.
# $2 = image name, $3 = output tarball, $4 = the image config's "config" object (JSON).
write_archive() {
  local rootfs="$1" name="$2" out="$3" config="$4" work diff_id config_json config_id
  work="$(mktemp -d)"
  mkdir -p "$work/layer"
  layer_tar "$rootfs" "$work/layer/layer.tar"
  diff_id="sha256:$(sha256sum "$work/layer/layer.tar" | cut -d' ' -f1)"
  config_json="$(printf '{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z","config":%s,"rootfs":{"type":"layers","diff_ids":["%s"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"scripts/k8s/real-node/images.sh"}]}' "$config" "$diff_id")"
  config_id="$(printf '%s' "$config_json" | sha256sum | cut -d' ' -f1)"
  printf '%s' "$config_json" >"$work/$config_id.json"
  printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["layer/layer.tar"]}]' "$config_id" "$name" >"$work/manifest.json"
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$work" -cf "$out.tmp" manifest.json "$config_id.json" layer
  mv "$out.tmp" "$out"
  rm -rf "$work"
}

build_pause() {
  local out="$1" rootfs
  rootfs="$(mktemp -d)"
  (
    cd "$rn_dir/pause"
    GOCACHE="$k8s_cache/gocache" GOFLAGS=-buildvcs=false GOTOOLCHAIN=local CGO_ENABLED=0 GOWORK=off \
      go build -trimpath -ldflags "-s -w" -o "$rootfs/pause" .
  )
  write_archive "$rootfs" "$rn_pause_image" "$out" '{"Entrypoint":["/pause"],"User":"65535:65535"}'
  rm -rf "$rootfs"
}

build_sample_service() {
  local out="$1" rootfs lib applet
  rootfs="$(mktemp -d)"
  mkdir -p "$rootfs/usr/local/bin" "$rootfs/bin" "$rootfs/app" "$rootfs/etc" "$rootfs/tmp"
  chmod 1777 "$rootfs/tmp"
  cp "$node_binary" "$rootfs/usr/local/bin/node"
  # The binary's shared libraries (and the loader) at the paths it was linked against.
  while read -r lib; do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done < <(ldd "$node_binary" | grep -o '/[^ ]*' | sort -u)
  cp "$busybox" "$rootfs/bin/busybox"
  for applet in $("$busybox" --list); do
    [[ -e "$rootfs/bin/$applet" ]] || ln -s busybox "$rootfs/bin/$applet"
  done
  cp "$repo_root/src/demo/sample-service.ts" "$rootfs/app/sample-service.ts"
  printf '{"type":"module"}\n' >"$rootfs/app/package.json"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  write_archive "$rootfs" "$rn_sample_image" "$out" \
    '{"Entrypoint":["/usr/local/bin/node","/app/sample-service.ts"],"Cmd":["--host","0.0.0.0","--port","8080"],"Env":["PATH=/usr/local/bin:/bin","NODE_ENV=production"],"WorkingDir":"/app","ExposedPorts":{"8080/tcp":{}},"User":"65534:65534"}'
  rm -rf "$rootfs"
}

# Cache key: this script, the image's own inputs and the tool versions that end up inside.
key_of() {
  { sha256sum "${BASH_SOURCE[0]}" "$@"; go version; echo "$rn_pause_image $rn_sample_image"; } | sha256sum | cut -c1-16
}

# build NAME FUNCTION INPUTS... -> path of the (cached) tarball
ensure_tarball() {
  local name="$1" fn="$2" key out
  shift 2
  key="$(key_of "$@")"
  out="$images_dir/$name-$key.tar"
  if [[ ! -s "$out" ]]; then
    k8s_log "images: building $name"
    rm -f "$images_dir/$name"-*.tar "$images_dir/$name"-*.imported
    "$fn" "$out"
  fi
  echo "$out"
}

# Imports a tarball unless containerd already holds the image built from it. The manifest digest
# containerd reports after an import is remembered beside the tarball and compared next time.
import_tarball() {
  local tarball="$1" ref="$2" want have
  want="$(cat "$tarball.imported" 2>/dev/null || true)"
  have="$(ctr_ -n k8s.io images ls "name==$ref" 2>/dev/null | awk 'NR == 2 { print $3 }')"
  if [[ -n "$want" && "$want" == "$have" ]]; then
    return 0
  fi
  k8s_log "images: importing $ref"
  ctr_ -n k8s.io images import "$tarball" >/dev/null
  ctr_ -n k8s.io images ls "name==$ref" | awk 'NR == 2 { print $3 }' >"$tarball.imported"
}

pause_tar="$(ensure_tarball pause build_pause "$rn_dir/pause/main.go" "$rn_dir/pause/go.mod")"
sample_tar="$(ensure_tarball sample-service build_sample_service \
  "$repo_root/src/demo/sample-service.ts" "$node_binary" "$busybox")"

if [[ -n "$import" ]]; then
  [[ -S "$containerd_sock" ]] || { k8s_log "images: containerd is not running ($containerd_sock)"; exit 1; }
  import_tarball "$pause_tar" "$rn_pause_image"
  import_tarball "$sample_tar" "$rn_sample_image"
fi
echo "$rn_pause_image"
echo "$rn_sample_image"
