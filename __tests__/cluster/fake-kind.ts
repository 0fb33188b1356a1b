import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Writes an executable `kind` stand-in (Docker can't run here): it appends its argv to
 * $FAKE_KIND_LOG, and `create cluster` either fails (FAKE_KIND_MODE=fail) or copies
 * $FAKE_KIND_KUBECONFIG to the --kubeconfig path, as kind does. `export logs DIR` writes a file.
 */
export async function writeFakeKind(dir: string): Promise<string> {
  const file = join(dir, 'kind')
  await writeFile(
    file,
    `#!/bin/sh
echo "$*" >> "$FAKE_KIND_LOG"
case "$1 $2" in
  "create cluster")
    if [ "$FAKE_KIND_MODE" = fail ]; then
      echo "ERROR: failed to create cluster: node(s) already exist for a cluster with the name" >&2
      exit 1
    fi
    out=""
    while [ $# -gt 0 ]; do
      if [ "$1" = "--kubeconfig" ]; then out="$2"; fi
      shift
    done
    cp "$FAKE_KIND_KUBECONFIG" "$out"
    echo "Creating cluster ..." >&2
    ;;
  "export logs")
    mkdir -p "$3" && echo "kubelet log" > "$3/kubelet.log"
    echo "Exporting logs for cluster to: $3"
    ;;
  "delete cluster")
    echo "Deleting cluster ..." >&2
    ;;
  *)
    echo "unknown: $*" >&2
    exit 2
    ;;
esac
`
  )
  await chmod(file, 0o755)
  return file
}
