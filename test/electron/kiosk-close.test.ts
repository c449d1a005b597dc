// Security review M2: closing the window was a way out of the kiosk to the desktop.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { vetoKioskClose } from '../../electron/main/kiosk-close.ts';

vi.spyOn(console, 'warn').mockImplementation(() => {});

function world() {
  const window = Object.assign(new EventEmitter(), { setClosable: vi.fn() });
  const powerMonitor = new EventEmitter();
  const veto = vetoKioskClose(window as never, powerMonitor as never);
  const close = () => {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event.preventDefault.mock.calls.length === 0;
  };
  return { window, powerMonitor, veto, close };
}

describe('kiosk close veto', () => {
  it('prevents every close (Alt+F4 from the window manager, its close button, window.close())', () => {
    const { close } = world();
    expect(close()).toBe(false);
    expect(close()).toBe(false);
    expect(console.warn).toHaveBeenCalledWith('[medicaid-data-notice] kiosk-close-refused');
  });

  it('lets the window close once the staff PIN was right, and makes it closable again (macOS)', () => {
    const { veto, window, close } = world();
    veto.allowClose();
    expect(window.setClosable).toHaveBeenCalledWith(true);
    expect(close()).toBe(true);
  });

  it('never holds up the end of the OS session or a shut-down', () => {
    const ending = world();
    ending.window.emit('session-end', {});
    expect(ending.close()).toBe(true);
    const shuttingDown = world();
    shuttingDown.powerMonitor.emit('shutdown', {});
    expect(shuttingDown.close()).toBe(true);
  });
});
