#!/usr/bin/env bash
# Creates (or reuses) a virtualenv holding the real Chaos Toolkit, for the parity suite and the
# benchmark. Prints the path of its `chaos` executable on stdout (everything else goes to stderr).
#
# Pinned to the newest releases that still install on Python 3.11 (chaostoolkit-lib 1.45 needs 3.12).
# Call chaostoolkit as `chaos --no-version-check --no-log-file run ...` so it never phones home.
set -euo pipefail

CTK_VERSION="1.19.0"
CTK_LIB_VERSION="1.44.0"

cache_dir="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}"
venv="$cache_dir/ctk-venv"
stamp="$venv/.chaos-action-stamp"
python="${PYTHON:-}"
if [[ -z "$python" ]]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then
      python="$candidate"
      break
    fi
  done
fi
if [[ -z "$python" ]]; then
  echo "setup-chaostoolkit: no python3 found on PATH" >&2
  exit 1
fi

py_version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
want="chaostoolkit==$CTK_VERSION chaostoolkit-lib[jsonpath]==$CTK_LIB_VERSION python=$py_version"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$venv/bin/chaos" ]]; then
  echo "$venv/bin/chaos"
  exit 0
fi

# Serialise concurrent setups (parity and bench may start together).
mkdir -p "$cache_dir"
exec 9>"$cache_dir/ctk-venv.lock"
flock 9
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$venv/bin/chaos" ]]; then
  echo "$venv/bin/chaos"
  exit 0
fi

echo "setup-chaostoolkit: creating $venv ($want)" >&2
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "chaostoolkit==$CTK_VERSION" "chaostoolkit-lib[jsonpath]==$CTK_LIB_VERSION" >&2
"$venv/bin/chaos" --no-version-check --version >&2
echo "$want" >"$stamp"
echo "$venv/bin/chaos"
