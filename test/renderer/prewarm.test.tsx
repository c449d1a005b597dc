// @vitest-environment jsdom
// Warming the answer screen renders it once, off the page, and leaves nothing mounted; it
// waits for idle time and is dropped when the person moves on first.
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { prewarm } from '../../renderer/answer/prewarm.ts';

function idleWindow() {
  const queued = new Map<number, () => void>();
  let next = 1;
  const win = {
    document,
    requestIdleCallback: (fn: () => void) => { queued.set(next, fn); return next++; },
    cancelIdleCallback: (id: number) => { queued.delete(id); },
  } as unknown as Window;
  return { win, runIdle: () => { for (const fn of queued.values()) fn(); queued.clear(); } };
}

describe('prewarm', () => {
  it('renders the node once when idle, then unmounts it, adding nothing to the page', () => {
    const events: string[] = [];
    function Probe() {
      useEffect(() => { events.push('mounted'); return () => { events.push('unmounted'); }; }, []);
      return <p>answer</p>;
    }
    const before = document.body.innerHTML;
    const { win, runIdle } = idleWindow();
    prewarm(<Probe />, win);
    expect(events).toEqual([]);
    runIdle();
    expect(events).toEqual(['mounted', 'unmounted']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does nothing if cancelled before the browser is idle', () => {
    const events: string[] = [];
    function Probe() {
      events.push('rendered');
      return null;
    }
    const { win, runIdle } = idleWindow();
    const cancel = prewarm(<Probe />, win);
    cancel();
    runIdle();
    expect(events).toEqual([]);
  });
});
