// Giving the event loop a turn between files lets a Web Worker hear "cancel"
// and post progress. setTimeout(0) is clamped to >= 4 ms once timers nest
// (HTML Living Standard, "timer initialisation steps", step 11), which would
// add 4 s to a 1,000-file export; so a turn is taken only once a slice of
// work has run, or through scheduler.yield() where the platform has it.

const SLICE_MS = 16;

interface Scheduler {
  yield(): Promise<void>;
}

/** Returns a function that yields to the event loop when the current slice of work is used up. */
export function eventLoopYielder(): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    if (typeof scheduler?.yield === 'function') await scheduler.yield();
    else await new Promise<void>((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
}
