#!/usr/bin/env bash
# Builds Toxiproxy's server from its Go module at a pinned version and prints the binary's path.
# Cached under ${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/toxiproxy/<version>/, so only the
# first call compiles. Needs Go (any recent toolchain; nothing is downloaded but the module and
# its dependencies, through the Go module proxy).
#
#   TOXIPROXY_VERSION=v2.12.0 scripts/setup-toxiproxy.sh   # -> .../toxiproxy/v2.12.0/toxiproxy-server
set -euo pipefail

VERSION="${TOXIPROXY_VERSION:-v2.12.0}"
MODULE="github.com/Shopify/toxiproxy/v2"
CACHE="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/toxiproxy/$VERSION"
BIN="$CACHE/toxiproxy-server"

if [[ -x "$BIN" ]]; then
  echo "$BIN"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "setup-toxiproxy: Go is not installed (https://go.dev/dl/); cannot build Toxiproxy" >&2
  exit 3
fi

mkdir -p "$CACHE"
# Concurrent test runs share the cache: one builds, the others wait and reuse.
exec 9>"$CACHE.lock"
flock 9
if [[ -x "$BIN" ]]; then
  echo "$BIN"
  exit 0
fi

# Our own toolchain only: no toolchain downloads even if the module asks for a newer one.
export GOTOOLCHAIN=local GOFLAGS="${GOFLAGS:-} -mod=readonly"
echo "setup-toxiproxy: building $MODULE/cmd/server@$VERSION" >&2
# Build inside the downloaded module so its own go.mod and go.sum pin every dependency.
DIR="$(go mod download -json "$MODULE@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [[ -z "$DIR" || ! -d "$DIR" ]]; then
  echo "setup-toxiproxy: could not download $MODULE@$VERSION" >&2
  exit 1
fi
(cd "$DIR" && go build -trimpath -o "$BIN.tmp" ./cmd/server)
mv "$BIN.tmp" "$BIN"
echo "$BIN"
