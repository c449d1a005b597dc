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
  it('renders the node once when idle and unmounts it at once: nothing is added to the page and none of its effects run', async () => {
    const events: string[] = [];
    function Probe() {
      events.push('rendered');
      // The answer screen's effects focus, time and speak: the warm copy must do none of it.
      useEffect(() => { events.push('effect'); }, []);
      return <p>answer</p>;
    }
    const before = document.body.innerHTML;
    const { win, runIdle } = idleWindow();
    prewarm(<Probe />, win);
    expect(events).toEqual([]);
    runIdle();
    expect(events).toEqual(['rendered']);
    expect(document.body.innerHTML).toBe(before);
    // Effects run after the next paint (Preact waits at most ~35 ms for one): a tree that is
    // still mounted by then would run them.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(events).toEqual(['rendered']);
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
