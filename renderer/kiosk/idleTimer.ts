// The kiosk's idle timer as a small state machine with an injected clock, so it can be
// tested without waiting. After `timeoutMs` without activity it expires; during the last
// `warnMs` it reports the seconds left so the screen can ask "Are you still there?".
export interface IdleClock {
  now(): number;
  every(ms: number, fn: () => void): () => void;
}

export interface IdleTimerOptions {
  timeoutMs: number;
  warnMs: number;
  /** Called each tick of the warning period with whole seconds left; null when it ends. */
  onCountdown(secondsLeft: number | null): void;
  onExpire(): void;
  /** True while the app itself is holding the person's attention (reading aloud): each tick
   * of it counts as activity, so a long answer read aloud is not cut off mid-sentence. */
  busy?: () => boolean;
  clock?: IdleClock;
}

export interface IdleTimer {
  /** A touch, click or key press: start the full timeout again. */
  activity(): void;
  stop(): void;
}

const realClock: IdleClock = {
  now: () => Date.now(),
  every: (ms, fn) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

/** The warning lasts 15 s, or a third of a short timeout (at least 1 s). */
export function warningSeconds(timeoutSeconds: number): number {
  return Math.max(1, Math.min(15, Math.floor(timeoutSeconds / 3)));
}

export function startIdleTimer(opts: IdleTimerOptions): IdleTimer {
  const clock = opts.clock ?? realClock;
  let last = clock.now();
  let warning: number | null = null;
  let stopped = false;

  const tick = () => {
    if (stopped) return;
    if (opts.busy?.()) activity();
    const left = opts.timeoutMs - (clock.now() - last);
    if (left <= 0) {
      stop();
      warning = null;
      opts.onExpire();
      return;
    }
    const next = left <= opts.warnMs ? Math.ceil(left / 1000) : null;
    if (next !== warning) {
      warning = next;
      opts.onCountdown(next);
    }
  };
  const cancel = clock.every(250, tick);
  function stop() {
    stopped = true;
    cancel();
  }
  function activity() {
    last = clock.now();
    if (warning !== null) {
      warning = null;
      opts.onCountdown(null);
    }
  }
  return { activity, stop };
}
