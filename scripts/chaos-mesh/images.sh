#!/usr/bin/env bash
# Packages the binaries of build.sh as two container images, written as docker-archive tarballs
# (what `ctr -n k8s.io images import` reads) beside the binaries:
#   chaos-action.local/chaos-mesh:<version>    chaos-controller-manager (static Go binary)
#   chaos-action.local/chaos-daemon:<version>  chaos-daemon, cdh, pause, and the tools it runs in
#       target namespaces, copied with their shared libraries from this machine's Debian packages:
#       nsenter + choom (util-linux), tc + ip (iproute2), iptables (legacy), ipset, stress-ng, and
#       busybox for sh. Upstream's nsexec (Rust) is replaced by nsexec.sh over nsenter.
# No registry and no Docker: the layer is a plain tar of a root directory. Idempotent: prints the
# images directory, rebuilding only when the binaries, this script or nsexec.sh changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$here/versions.env"
bin="$(bash "$here/build.sh")"
out="$(dirname "$bin")/images"
stamp="$(cat "$bin/.complete" "$here/images.sh" "$here/nsexec.sh" | sha256sum | cut -c1-16)"
log() { echo "[chaos-mesh-images] $*" >&2; }

if [[ -f "$out/.stamp" && "$(cat "$out/.stamp")" == "$stamp" ]]; then
  echo "$out"
  exit 0
fi

daemon_tools=(/usr/bin/nsenter /usr/bin/choom /usr/sbin/tc /usr/sbin/ip /usr/sbin/ipset
  /usr/bin/stress-ng /usr/sbin/xtables-legacy-multi /bin/busybox)
for t in "${daemon_tools[@]}"; do
  [[ -x "$t" ]] || { log "missing $t: apt-get install util-linux iproute2 iptables ipset stress-ng busybox-static"; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Copies every shared library ldd lists for a file (plus the dynamic loader) into root.
copy_libs() {
  local root="$1" file="$2" lib
  while read -r lib; do
    if [[ -n "$lib" && -f "$lib" && ! -e "$root$lib" ]]; then install -D -m 0755 "$lib" "$root$lib"; fi
  done < <(ldd "$file" 2>/dev/null | grep -o '/[^ ]*' || true)
}
# A binary at the same path inside root, with its libraries.
copy_with_libs() {
  install -D -m 0755 "$2" "$1$2"
  copy_libs "$1" "$2"
}

# Writes a docker-archive tarball of one single-layer image: <name>.tar in $out.
write_image() {
  local root="$1" file="$2" ref="$3" entrypoint="$4"
  local dir="$work/archive-$file"
  mkdir -p "$dir" "$root/tmp"
  chmod 1777 "$root/tmp"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$root" -cf "$dir/layer.tar" .
  local diff config config_sha
  diff="$(sha256sum "$dir/layer.tar" | cut -d' ' -f1)"
  config="$(printf '{"architecture":"amd64","os":"linux","config":{"Entrypoint":["%s"],"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","TZ=UTC"]},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' "$entrypoint" "$diff")"
  config_sha="$(printf '%s' "$config" | sha256sum | cut -d' ' -f1)"
  printf '%s' "$config" >"$dir/$config_sha.json"
  printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["layer.tar"]}]' "$config_sha" "$ref" >"$dir/manifest.json"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$dir" -cf "$out/$file.tar.tmp" .
  mv "$out/$file.tar.tmp" "$out/$file.tar"
  log "$ref -> $out/$file.tar ($(du -h "$out/$file.tar" | cut -f1))"
}

# Controller: one static binary.
croot="$work/controller"
install -D -m 0755 "$bin/chaos-controller-manager" "$croot/usr/local/bin/chaos-controller-manager"
write_image "$croot" chaos-mesh "chaos-action.local/chaos-mesh:$CHAOS_MESH_VERSION" /usr/local/bin/chaos-controller-manager

# Daemon, on a merged-/usr root like Debian's (so ldd's /lib and /lib64 paths land in /usr).
droot="$work/daemon"
mkdir -p "$droot"/usr/{bin,sbin,lib,lib64}
for d in bin sbin lib lib64; do ln -s "usr/$d" "$droot/$d"; done
for b in chaos-daemon cdh pause; do
  install -D -m 0755 "$bin/$b" "$droot/usr/local/bin/$b"
  copy_libs "$droot" "$bin/$b"
done
install -D -m 0755 "$here/nsexec.sh" "$droot/usr/local/bin/nsexec"
for t in "${daemon_tools[@]}"; do copy_with_libs "$droot" "$t"; done
# Plugins loaded at run time: iptables' match/target modules, tc's netem distribution tables.
multiarch=/usr/lib/x86_64-linux-gnu
mkdir -p "$droot$multiarch"
cp -a "$multiarch/xtables" "$multiarch/tc" "$droot$multiarch/"
for so in "$multiarch"/xtables/*.so "$multiarch"/tc/*.so; do copy_libs "$droot" "$so"; done
# Chaos Mesh's image selects iptables-legacy; the daemon calls plain `iptables`.
for n in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
  ln -sf xtables-legacy-multi "$droot/usr/sbin/$n"
done
# /usr/lib/tc is where tc looks for distribution tables on some builds.
mkdir -p "$droot/usr/lib" && ln -sfn "$multiarch/tc" "$droot/usr/lib/tc"
for n in sh cat ls cp sed rm echo mkdir grep; do ln -sf busybox "$droot/bin/$n"; done
mkdir -p "$droot/etc" "$droot/run" "$droot/var/run"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$droot/etc/passwd"
printf 'root:x:0:\n' >"$droot/etc/group"
write_image "$droot" chaos-daemon "chaos-action.local/chaos-daemon:$CHAOS_MESH_VERSION" /usr/local/bin/chaos-daemon

echo "$stamp" >"$out/.stamp"
echo "$out"
