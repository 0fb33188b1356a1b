import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/cluster/modes.ts
var CLUSTER_MODES = ["auto", "kind", "existing", "kwok", "none"];

export {
  CLUSTER_MODES
};
