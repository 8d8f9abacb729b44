// Preload: the only bridge between the sandboxed page and main. Bundled to
// CommonJS (sandboxed preloads can require little more than 'electron').
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../main/contract/index.js';
import { buildBridgeApi } from './api.js';

contextBridge.exposeInMainWorld(
  'khoiThiDua',
  // `input` crosses as structured-clone data; main validates it against the channel's schema.
  buildBridgeApi(channelNames, (name, input) => ipcRenderer.invoke(name, input)),
);
