import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  CLUSTER_MODES,
  prepareCluster,
  teardownCluster
} from "./chunk-AE7NQDMX.js";
import {
  deploy
} from "./chunk-MEF5Z5VP.js";
import "./chunk-6LDXLHAT.js";
import "./chunk-E2IFONQR.js";
import {
  KIND_VERSION,
  kindCommands,
  kindPin
} from "./chunk-63QP737E.js";
import "./chunk-NPA2KCOT.js";
import "./chunk-3U52SW6W.js";
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
