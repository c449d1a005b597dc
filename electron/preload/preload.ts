// The sandboxed preload (security checklist item 20): it exposes window.api with exactly one
// function per channel of the IPC contract and nothing else. ipcRenderer itself never
// reaches the page, and the page cannot choose a channel name. It exports nothing: the
// sandbox runs it as a plain script with only require('electron').
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './api.ts';

contextBridge.exposeInMainWorld('api', buildApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)));
