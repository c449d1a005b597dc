// At a kiosk the next person in line must not reload the page (it would show the last
// answer again while it loads), open DevTools, zoom the layout out of shape or leave full
// screen. Removing the menu removes the default accelerators (electron#3201, #3445); this
// filter is the second layer (Opentrons PR #20957, including the Cmd variants on macOS).
import type { Input, WebContents } from 'electron';

type Keys = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift' | 'alt'>;

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

export function isBlockedKioskShortcut(input: Keys): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const command = input.control || input.meta;
  if (key === 'F5' || key === 'F11' || key === 'F12' || key === 'BrowserRefresh') return true; // reload, full screen, DevTools
  if (command && key === 'r') return true; // reload, hard reload with Shift
  if (command && input.shift && (key === 'i' || key === 'j' || key === 'c')) return true; // DevTools panels
  if (command && input.alt && key === 'i') return true; // DevTools on macOS
  if (command && ZOOM_KEYS.has(key)) return true; // zoom in, out, reset
  if (command && (key === 'w' || key === 'q')) return true; // close window, quit
  if (input.alt && key === 'F4') return true; // close window on Windows/Linux
  return false;
}

export function blockKioskShortcuts(contents: Pick<WebContents, 'on'>): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedKioskShortcut(input)) event.preventDefault();
  });
}
