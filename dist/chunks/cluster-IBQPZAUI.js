import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  prepareCluster,
  teardownCluster
} from "./chunk-2T3HRM3G.js";
import {
  deploy
} from "./chunk-BGMACWSA.js";
import "./chunk-F2KRWREI.js";
import "./chunk-E2IFONQR.js";
import {
  KIND_VERSION,
  kindCommands,
  kindPin
} from "./chunk-V2PT6JPO.js";
import {
  directoryFetcher,
  installPinned,
  parseChecksum
} from "./chunk-YXY46G64.js";
import "./chunk-AWYZMPVQ.js";
import "./chunk-LHEWBLHD.js";
import "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import {
  CLUSTER_MODES
} from "./chunk-UTFX6C4B.js";
import "./chunk-SPQMYGCA.js";
import "./chunk-2OZ6HILO.js";
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
