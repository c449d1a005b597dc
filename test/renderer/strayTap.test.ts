// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropStrayTaps, DOUBLE_TAP_MS, SETTLE_MS, type StrayTapGuard } from '../../renderer/input/strayTap.ts';

describe('the second tap of a double tap', () => {
  let clock = 0;
  let guard: StrayTapGuard;
  let button: HTMLButtonElement;
  /** What the button's taps did; by default each moves the app to a new screen, as Continue does. */
  const handled = vi.fn();
  let movesOn = true;
  /** A click as a finger makes it: detail 1, a place, and the time it happened. */
  const tap = (x: number, y: number, time: number) => {
    const e = new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1, clientX: x, clientY: y });
    Object.defineProperty(e, 'timeStamp', { value: time });
    clock = Math.max(clock, time);
    button.dispatchEvent(e);
  };

  beforeEach(() => {
    clock = 0;
    movesOn = true;
    handled.mockReset();
    button = document.body.appendChild(document.createElement('button'));
    guard = dropStrayTaps(window, () => clock);
    button.addEventListener('click', () => {
      handled();
      if (movesOn) guard.screenChanged();
    });
  });
  afterEach(() => {
    guard.stop();
    button.remove();
  });

  it('is dropped when the first one showed a new screen', () => {
    tap(100, 300, 1000);
    tap(104, 302, 1000 + 200);
    expect(handled).toHaveBeenCalledTimes(1);
  });

  it('is dropped when the new screen took long to draw and the tap waited for it', () => {
    button.addEventListener('click', () => { clock += 450; guard.screenChanged(); }); // a slow screen
    tap(100, 300, 1000);
    tap(100, 300, 1000 + DOUBLE_TAP_MS + 100); // handled late, right after the screen appeared
    expect(handled).toHaveBeenCalledTimes(1);
  });

  it('is handled when it comes later than a double tap, or elsewhere', () => {
    tap(100, 300, 1000);
    tap(100, 300, 1000 + Math.max(DOUBLE_TAP_MS, SETTLE_MS) + 1);
    tap(300, 300, 1000 + Math.max(DOUBLE_TAP_MS, SETTLE_MS) + 100);
    expect(handled).toHaveBeenCalledTimes(3);
  });

  it('is handled when the screen stayed (a radio chosen twice)', () => {
    movesOn = false;
    tap(100, 300, 1000);
    tap(100, 300, 1150);
    expect(handled).toHaveBeenCalledTimes(2);
  });

  it('never drops a key press', () => {
    tap(100, 300, 1000);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 0 }));
    expect(handled).toHaveBeenCalledTimes(2);
  });
});
