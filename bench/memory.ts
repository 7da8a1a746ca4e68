// Memory of one decode, run by run.ts in a child process started as
//   node --expose-gc --min-semi-space-size=M --max-semi-space-size=M --import tsx bench/memory.ts <jobs.json>
// With a fixed young generation that large, a decode of these files triggers
// no GC, so the heap growth across the call is everything it allocated: an
// upper bound of its peak. A forced GC afterwards leaves what the result keeps.
// v8.GCProfiler tells whether a GC ran anyway (then the peak is a lower bound).
// Each job prints one JSON line: a MemoryResult.
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { GCProfiler } from 'node:v8';
import { CONTENDERS, type Format } from './contenders';

export interface MemoryJob {
  readonly path: string;
  readonly format: Format;
  readonly contender: number;
}

export interface MemoryResult {
  readonly peakBytes: number;
  readonly retainedBytes: number;
  readonly gcDuringDecode: boolean;
}

const gc = globalThis.gc;
if (!gc) throw new Error('bench/memory.ts needs node --expose-gc');
const collect = gc;

// Typed-array backing stores live outside the JS heap, in arrayBuffers.
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** A full GC, and time for V8's background sweeper to release freed array buffers. */
async function settle(): Promise<void> {
  collect();
  await delay(20);
  collect();
}

/** The decode result, held here so the GC after it cannot free it. */
// biome-ignore lint/correctness/noUnusedVariables: written only, to keep the result alive through a GC
let alive: unknown;

async function measure(job: MemoryJob): Promise<MemoryResult> {
  const bytes = new Uint8Array(readFileSync(job.path));
  const decode = CONTENDERS[job.format][job.contender]!.decode;
  await settle();
  const before = used();
  const profiler = new GCProfiler();
  profiler.start();
  alive = decode(bytes);
  const peakBytes = used() - before;
  const gcDuringDecode = (profiler.stop()?.statistics.length ?? 0) > 0;
  await settle();
  const retainedBytes = used() - before;
  alive = undefined;
  return { peakBytes, retainedBytes, gcDuringDecode };
}

const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as MemoryJob[];
for (const job of jobs) process.stdout.write(`${JSON.stringify(await measure(job))}\n`);
