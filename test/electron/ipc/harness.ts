// Registers the real handlers (with the real sender check and argument validation) on a
// fake ipcMain, with fake services, so each channel's test drives them like the renderer.
import { vi } from 'vitest';
import { channelName, type Channel } from '../../../electron/ipc-contract.ts';
import { registerIpcHandlers } from '../../../electron/main/ipc/index.ts';
import { isAppMainFrame, type SenderEvent } from '../../../electron/main/ipc/sender.ts';
import type { MainServices } from '../../../electron/main/ipc/services.ts';
import { SHIPPED } from '../helpers/signed-bundles.ts';

vi.spyOn(console, 'warn').mockImplementation(() => {});

export const appContents = { id: 1 };
const frame = (url: string, parent: unknown = null) => ({ url, parent });

export const SENDERS = {
  app: { sender: appContents, senderFrame: frame('app://bundle/index.html') },
  subFrame: { sender: appContents, senderFrame: frame('app://bundle/frame.html', frame('app://bundle/index.html')) },
  otherOrigin: { sender: appContents, senderFrame: frame('https://evil.example/') },
  otherHost: { sender: appContents, senderFrame: frame('app://other/index.html') },
  otherWebContents: { sender: { id: 2 }, senderFrame: frame('app://bundle/index.html') },
  noFrame: { sender: appContents, senderFrame: null },
} as unknown as Record<string, SenderEvent>;

export const FOREIGN_SENDERS = Object.entries(SENDERS).filter(([name]) => name !== 'app');

export function fakeServices(): MainServices {
  return {
    appVersion: '0.1.0',
    rules: {
      activeBundle: vi.fn(() => SHIPPED),
      info: vi.fn(() => ({ version: '1.0.0', dataAsOf: '2026-11-22', factsThrough: { date: '2026-04-01', precision: 'approximate' as const }, origin: 'shipped' as const, staleAfterDays: 120 })),
      importFile: vi.fn(async () => ({ ok: true as const, rules: { version: '1.1.0', dataAsOf: '2026-11-22', factsThrough: { date: '2026-04-01', precision: 'approximate' as const }, origin: 'imported' as const, staleAfterDays: 120 } })),
    },
    chooseBundleFile: vi.fn(async () => '/media/usb/rules.json'),
    output: { printAnswer: vi.fn(async () => ({ ok: true as const })), saveAnswerPdf: vi.fn(async () => ({ ok: true as const })) },
    kiosk: {
      settings: vi.fn(() => ({ enabled: true, idleTimeoutSeconds: 90, helpContacts: [] })),
      exit: vi.fn(async (pin: string) => ({ ok: pin === '2468' })),
      resetSession: vi.fn(async () => ({ ok: true })),
    },
  };
}

export function harness(services = fakeServices()) {
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  registerIpcHandlers({ handle: (name: string, h: never) => { handlers.set(name, h); } } as never, services, (e) => isAppMainFrame(e, () => appContents as never));
  const call = (channel: Channel, sender: SenderEvent, ...args: unknown[]) => handlers.get(channelName(channel))!(sender, ...args);
  return { services, handlers, call };
}
