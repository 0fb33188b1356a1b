import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  CLUSTER_MODES,
  KIND_VERSION,
  kindCommands,
  kindPin,
  prepareCluster,
  teardownCluster
} from "./chunk-CHPLVZHE.js";
import {
  directoryFetcher,
  installPinned,
  parseChecksum
} from "./chunk-Z222UF6H.js";
import {
  deploy
} from "./chunk-ADH3FCBE.js";
import "./chunk-ZH5ARQEW.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
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
