// A file's time budget, checked cooperatively inside the decoders' loops, so
// it works wherever the importer runs (a Web Worker, the MV3 background, Node)
// without threads or timers: a loop asks `passed()` and stops when it is true.

/** Clock reads are spread out: one per this many checks keeps a check at a few nanoseconds. */
const CHECKS_PER_CLOCK_READ = 1024;

export class Deadline {
  /** True once the budget is spent; stays true. */
  expired = false;
  private checks = 0;
  private readonly at: number;

  constructor(readonly budgetMs: number) {
    this.at = performance.now() + budgetMs;
  }

  /** True once the budget is spent. Cheap enough for an inner loop: reads the clock on the first call and every 1,024th. */
  passed(): boolean {
    if (this.expired) return true;
    if (this.checks++ % CHECKS_PER_CLOCK_READ !== 0) return false;
    this.expired = performance.now() >= this.at;
    return this.expired;
  }
}

/** For callers outside an import (a parser called on its own): never expires. */
export const NO_DEADLINE: Deadline = new Deadline(Number.POSITIVE_INFINITY);
