// @vitest-environment jsdom
// Warming the answer screen renders it once, off the page, and leaves nothing mounted; it
// waits for idle time and is dropped when the person moves on first.
import { lazy, useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { prewarm, prewarmScreen } from '../../renderer/answer/prewarm.ts';

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
  it('renders the node once when idle and leaves nothing behind: nothing on the page, and every effect that ran is cleaned up', async () => {
    const events: string[] = [];
    function Probe() {
      events.push('rendered');
      // The answer screen's effects listen, time and speak: none of it may outlive the warm copy.
      useEffect(() => {
        events.push('effect');
        return () => { events.push('cleanup'); };
      }, []);
      return <p>answer</p>;
    }
    const before = document.body.innerHTML;
    const { win, runIdle } = idleWindow();
    prewarm(<Probe />, win);
    expect(events).toEqual([]);
    runIdle();
    const balanced = () => events.filter((e) => e === 'effect').length === events.filter((e) => e === 'cleanup').length;
    expect(events.filter((e) => e === 'rendered')).toHaveLength(1);
    expect(balanced()).toBe(true);
    expect(document.body.innerHTML).toBe(before);
    // Nothing runs later either: a copy still mounted would start its effects after a paint.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(balanced()).toBe(true);
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

  it('warms nothing with a lazy() screen, even one whose chunk is already in: it suspends', async () => {
    const events: string[] = [];
    function Probe() {
      events.push('rendered');
      return null;
    }
    const module = Promise.resolve({ default: Probe });
    await module;
    const LazyProbe = lazy(() => module);
    const { win, runIdle } = idleWindow();
    prewarm(<LazyProbe />, win);
    runIdle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([]);
  });
});

describe('prewarmScreen', () => {
  it('renders the screen once its chunk is in and the browser is idle, not before', async () => {
    const events: string[] = [];
    function Screen({ status }: { status: string }) {
      events.push(`rendered ${status}`);
      return null;
    }
    let arrive!: () => void;
    const { win, runIdle } = idleWindow();
    prewarmScreen(() => new Promise<void>((resolve) => { arrive = resolve; }), () => <Screen status="unsure" />, win);
    runIdle();
    expect(events).toEqual([]);
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([]);
    runIdle();
    expect(events).toEqual(['rendered unsure']);
  });

  it('does nothing if dropped before the chunk is in', async () => {
    const events: string[] = [];
    function Screen() {
      events.push('rendered');
      return null;
    }
    let arrive!: () => void;
    const { win, runIdle } = idleWindow();
    const cancel = prewarmScreen(() => new Promise<void>((resolve) => { arrive = resolve; }), () => <Screen />, win);
    cancel();
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    runIdle();
    expect(events).toEqual([]);
  });
});
