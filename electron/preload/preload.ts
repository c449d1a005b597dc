// The sandboxed preload (security checklist item 20): it exposes window.api with exactly one
// function per call declared in the IPC contract and nothing else. ipcRenderer itself never
// reaches the page, and the page cannot choose a channel name. It exports nothing: the
// sandbox runs it as a plain script with only require('electron'). The contract imports zod
// for types only, so this bundle stays small (test/electron/build.test.ts).
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeApi } from '../ipc-contract.ts';

contextBridge.exposeInMainWorld('api', bridgeApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)));
