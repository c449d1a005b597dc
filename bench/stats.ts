// Median, min, max (and percentiles) of repeated runs: one noisy run must not decide a budget.
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: samples.length };
}

/** Runs `measure` `warmup` times unmeasured, then `runs` times. */
export async function repeat(runs: number, measure: () => Promise<number> | number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await measure();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measure());
  return samples;
}

/** Runs `app` and `plain` in turn, `warmup` pairs unmeasured, then `runs` pairs: a figure
 * and the plain page it is divided by see the same moments of the machine's noise. */
export async function alternate<T>(runs: number, app: () => Promise<T>, plain: () => Promise<T>, warmup = 1): Promise<{ app: T[]; plain: T[] }> {
  const out = { app: [] as T[], plain: [] as T[] };
  for (let i = 0; i < warmup + runs; i++) {
    const a = await app();
    const p = await plain();
    if (i < warmup) continue;
    out.app.push(a);
    out.plain.push(p);
  }
  return out;
}
