// Security checklist item 17: validate the sender of every IPC message. Only the app's own
// window, in its top frame, showing a page from app://bundle may call main.
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../app-protocol.ts';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export function isAppMainFrame(event: SenderEvent, appContents: () => WebContents | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const expected = appContents();
  if (!expected || event.sender !== expected) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}
