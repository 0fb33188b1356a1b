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
} from "./chunk-V2PT6JPO.js";
import "./chunk-YXY46G64.js";
import "./chunk-AWYZMPVQ.js";
import "./chunk-LHEWBLHD.js";
import "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-2OZ6HILO.js";
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
