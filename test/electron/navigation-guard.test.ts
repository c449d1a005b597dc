import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { lockDownEveryWebContents, lockDownWebContents } from '../../electron/main/navigation-guard.ts';

vi.spyOn(console, 'warn').mockImplementation(() => {});

class FakeContents extends EventEmitter {
  openHandler?: (d: { url: string }) => { action: string };
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) { this.openHandler = h; }
}

function fire(contents: FakeContents, name: string): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit(name, event, 'https://example.com/');
  return event.preventDefault.mock.calls.length > 0;
}

describe('navigation guard', () => {
  it('prevents navigation, redirects and webviews, and denies window.open', () => {
    const contents = new FakeContents();
    lockDownWebContents(contents as never);
    expect(fire(contents, 'will-navigate')).toBe(true);
    expect(fire(contents, 'will-frame-navigate')).toBe(true);
    expect(fire(contents, 'will-redirect')).toBe(true);
    expect(fire(contents, 'will-attach-webview')).toBe(true);
    expect(contents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
  });

  it('is applied to every webContents the app creates', () => {
    const app = new EventEmitter();
    lockDownEveryWebContents(app as never);
    const contents = [new FakeContents(), new FakeContents()];
    for (const c of contents) app.emit('web-contents-created', {}, c);
    for (const c of contents) {
      expect(fire(c, 'will-navigate')).toBe(true);
      expect(c.openHandler).toBeDefined();
    }
  });
});
