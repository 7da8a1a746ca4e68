// The one timing helper: one call (whose result the caller inspects), more
// calls until the warm-up time is spent (so V8 has optimised the code; a call
// slower than that is warm after the first), then timed calls until the time
// budget is spent. The median is reported: one GC pause or scheduler hiccup
// cannot move it. A call slower than the budget is timed once: over seconds,
// such noise is already small, and a bench run has to stay within minutes.
// `before` runs untimed ahead of every call: it restores what the call changes
// (re-adds the session a timed delete removes).

export interface TimeOptions {
  readonly warmupMs: number;
  readonly minRuns: number;
  readonly maxRuns: number;
  readonly budgetMs: number;
  readonly before?: () => void;
}

const DEFAULTS: TimeOptions = { warmupMs: 300, minRuns: 1, maxRuns: 25, budgetMs: 2000 };

export function timeCalls<T>(fn: () => T, options: Partial<TimeOptions> = {}): { first: T; medianMs: number } {
  const { warmupMs, minRuns, maxRuns, budgetMs, before } = { ...DEFAULTS, ...options };
  const warmupStart = performance.now();
  before?.();
  const first = fn();
  while (performance.now() - warmupStart < warmupMs) {
    before?.();
    fn();
  }
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - start < budgetMs)) {
    before?.();
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return { first, medianMs: median(samples) };
}

/** The middle sample (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
