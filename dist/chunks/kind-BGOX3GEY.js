import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  DEFAULT_KIND_CLUSTER,
  KIND_RELEASES,
  KIND_VERSION,
  createKindCluster,
  deleteKindCluster,
  exportKindLogs,
  kindArch,
  kindCommands,
  kindPin,
  resolveKind
} from "./chunk-DLJ5S6RG.js";
import "./chunk-OZGOOGHJ.js";
import "./chunk-Q7NNMJ57.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-Z222UF6H.js";
import "./chunk-M5F2XM67.js";
import "./chunk-OLZTDE5K.js";
export {
  DEFAULT_KIND_CLUSTER,
  KIND_RELEASES,
  KIND_VERSION,
  createKindCluster,
  deleteKindCluster,
  exportKindLogs,
  kindArch,
  kindCommands,
  kindPin,
  resolveKind
};
