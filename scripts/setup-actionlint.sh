#!/usr/bin/env bash
# Builds actionlint (the workflow linter) from its Go module at a pinned version and prints the
# binary's path. Cached under ${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/actionlint/<version>/,
# so only the first call compiles (about a minute on two cores). The workflow tests lint every file
# in .github/workflows/ with it.
set -euo pipefail

VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
MODULE="github.com/rhysd/actionlint"
CACHE="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/actionlint/$VERSION"
BIN="$CACHE/actionlint"

if [[ -x "$BIN" ]]; then
  echo "$BIN"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "setup-actionlint: Go is not installed; cannot build actionlint" >&2
  exit 3
fi

mkdir -p "$CACHE"
exec 9>"$CACHE.lock"
flock -w 900 9 || { echo "setup-actionlint: timed out waiting for $CACHE.lock" >&2; exit 1; }
if [[ -x "$BIN" ]]; then
  echo "$BIN"
  exit 0
fi

export GOTOOLCHAIN=local GOFLAGS="-mod=readonly" CGO_ENABLED=0
export GOMODCACHE="$CACHE/gomodcache" GOCACHE="$CACHE/gocache"
echo "setup-actionlint: building $MODULE/cmd/actionlint@$VERSION" >&2
DIR="$(go mod download -json "$MODULE@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [[ -z "$DIR" || ! -d "$DIR" ]]; then
  echo "setup-actionlint: could not download $MODULE@$VERSION" >&2
  exit 1
fi
(cd "$DIR" && go build -trimpath -o "$BIN.tmp" ./cmd/actionlint)
mv "$BIN.tmp" "$BIN"
# The module and build caches are only needed to build; keep the binary.
chmod -R u+w "$CACHE/gomodcache" 2>/dev/null || true
rm -rf "$CACHE/gomodcache" "$CACHE/gocache"
echo "$BIN"
