import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  CLUSTER_MODES,
  prepareCluster,
  teardownCluster
} from "./chunk-S5SNTSDY.js";
import {
  deploy
} from "./chunk-LWLNJAAP.js";
import "./chunk-6LDXLHAT.js";
import "./chunk-E2IFONQR.js";
import {
  KIND_VERSION,
  kindCommands,
  kindPin
} from "./chunk-DLJ5S6RG.js";
import "./chunk-OZGOOGHJ.js";
import "./chunk-Q7NNMJ57.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import {
  directoryFetcher,
  installPinned,
  parseChecksum
} from "./chunk-Z222UF6H.js";
import "./chunk-SPQMYGCA.js";
import "./chunk-M5F2XM67.js";
import "./chunk-OLZTDE5K.js";
export {
  CLUSTER_MODES,
  KIND_VERSION,
  deploy,
  directoryFetcher,
  installPinned,
  kindCommands,
  kindPin,
  parseChecksum,
  prepareCluster,
  teardownCluster
};
