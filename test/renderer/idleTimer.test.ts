import { afterEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer, warningSeconds, type IdleClock } from '../../renderer/kiosk/idleTimer.ts';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  const ticks = new Set<() => void>();
  const clock: IdleClock = {
    now: () => now,
    every: (_ms, fn) => {
      ticks.add(fn);
      return () => ticks.delete(fn);
    },
  };
  const advance = (ms: number) => {
    for (let step = 0; step < ms; step += 250) {
      now += 250;
      for (const fn of [...ticks]) fn();
    }
  };
  return { clock, advance, running: () => ticks.size > 0 };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('idle timer', () => {
  it('counts down the last seconds, then expires once', () => {
    const { clock, advance, running } = manualClock();
    const countdown: (number | null)[] = [];
    let expired = 0;
    startIdleTimer({ timeoutMs: 30_000, warnMs: 15_000, clock, onCountdown: (s) => countdown.push(s), onExpire: () => expired++ });
    advance(14_750);
    expect(countdown).toEqual([]);
    advance(250);
    expect(countdown).toEqual([15]);
    advance(15_000);
    expect(countdown.at(-1)).toBe(1);
    expect(expired).toBe(1);
    expect(running()).toBe(false);
  });

  it('activity during the countdown hides it and restarts the full timeout', () => {
    const { clock, advance } = manualClock();
    const countdown: (number | null)[] = [];
    let expired = 0;
    const timer = startIdleTimer({ timeoutMs: 10_000, warnMs: 3_000, clock, onCountdown: (s) => countdown.push(s), onExpire: () => expired++ });
    advance(8_000);
    expect(countdown.at(-1)).toBe(2);
    timer.activity();
    expect(countdown.at(-1)).toBeNull();
    advance(9_000);
    expect(expired).toBe(0);
    advance(1_000);
    expect(expired).toBe(1);
  });

  it('does not expire while the app is busy (reading aloud); the full timeout starts when it ends', () => {
    const { clock, advance } = manualClock();
    let expired = 0;
    let speaking = true;
    startIdleTimer({ timeoutMs: 10_000, warnMs: 3_000, clock, onCountdown: () => undefined, onExpire: () => expired++, busy: () => speaking });
    advance(60_000);
    expect(expired).toBe(0);
    speaking = false;
    advance(9_750);
    expect(expired).toBe(0);
    advance(250);
    expect(expired).toBe(1);
  });

  it('on the default clock (setInterval, Date.now) under fake timers: counts down, expires once, stops', () => {
    vi.useFakeTimers();
    const countdown: (number | null)[] = [];
    let expired = 0;
    const timer = startIdleTimer({ timeoutMs: 120_000, warnMs: 15_000, onCountdown: (s) => countdown.push(s), onExpire: () => expired++ });
    vi.advanceTimersByTime(60_000);
    timer.activity();
    vi.advanceTimersByTime(104_750);
    expect(countdown).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(countdown).toEqual([15]);
    vi.advanceTimersByTime(15_000);
    expect(countdown.at(-1)).toBe(1);
    expect(expired).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('warns for 15 s, or a third of a short timeout', () => {
    expect(warningSeconds(120)).toBe(15);
    expect(warningSeconds(5)).toBe(1);
    expect(warningSeconds(30)).toBe(10);
  });
});
