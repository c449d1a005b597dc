// The sandboxed preload (security checklist item 20): it exposes window.api with exactly one
// function per channel of the IPC contract and nothing else. ipcRenderer itself never
// reaches the page, and the page cannot choose a channel name.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, channelName, type Api } from '../ipc-contract.ts';

export function buildApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): Api {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    const name = channelName(channel);
    api[channel] = (...args: unknown[]) => invoke(name, ...args);
  }
  return Object.freeze(api) as unknown as Api;
}

contextBridge.exposeInMainWorld('api', buildApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)));
