// The fuzz run: `cases` mutations of the corpus, each imported in a worker
// thread with a time limit; a case past it is counted 'over time' and its
// worker replaced, one that kills its worker (out of memory) counted 'crashed'.
import { Worker } from 'node:worker_threads';
import type { CorpusFile } from './corpus';
import { type FuzzCase, mutateOne } from './mutations';
import { prng } from '../support/prng';
import type { CaseRequest, CaseResult, Outcome } from './protocol';

export interface FuzzOptions {
  readonly seed: number;
  readonly cases: number;
  /** Only these cases of the run (to replay failures); all `cases` by default. */
  readonly only?: readonly number[];
  /** Parallel worker threads. */
  readonly workers: number;
  /** The importer's budget per file; a case it stops counts as 'over time'. */
  readonly fileTimeMs: number;
  /** A case whose worker has not answered by then is killed and counted 'over time'. */
  readonly killAfterMs: number;
  /** Heap limit of each worker, MB: a file that needs more counts as 'crashed'. */
  readonly heapMb: number;
  onCase?(done: number, counts: Readonly<Record<Outcome, number>>): void;
  onFailure?(failure: Failure): void;
}

export interface Failure {
  readonly index: number;
  readonly label: string;
  readonly outcome: Outcome;
  readonly detail: string;
  readonly fuzzCase: FuzzCase;
}

export interface FuzzReport {
  readonly counts: Record<Outcome, number>;
  readonly failures: Failure[];
}

/** Case `index` of a run with `seed`: the same file and mutation every time. */
export function fuzzCase(corpus: readonly CorpusFile[], seed: number, index: number): FuzzCase {
  return mutateOne(corpus, prng((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0));
}

const WORKER_URL = new URL('./case-worker.mjs', import.meta.url);

/** A worker thread that runs one case at a time and can be replaced. */
class Lane {
  private worker: Worker | null = null;

  constructor(private readonly heapMb: number) {}

  private ready: Promise<void> = Promise.resolve();

  async run(request: CaseRequest, killAfterMs: number): Promise<CaseResult> {
    if (this.worker === null) {
      const started = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
      this.worker = started;
      this.ready = new Promise((resolve) => started.once('message', () => resolve()));
    }
    const worker = this.worker;
    await this.ready;
    return new Promise((resolve) => {
      const finish = (result: CaseResult, replace: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (replace) this.stop();
        resolve(result);
      };
      const onMessage = (result: CaseResult) => finish(result, false);
      const onError = (e: Error) =>
        finish({ index: request.index, outcome: 'crashed', detail: `worker died: ${e.message}` }, true);
      const onExit = (code: number) =>
        finish({ index: request.index, outcome: 'crashed', detail: `worker exited with ${code}` }, true);
      const timer = setTimeout(
        () => finish({ index: request.index, outcome: 'over time', detail: `no answer after ${killAfterMs} ms` }, true),
        killAfterMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}

export async function runFuzz(corpus: readonly CorpusFile[], options: FuzzOptions): Promise<FuzzReport> {
  const counts: Record<Outcome, number> = { imported: 0, 'with warnings': 0, refused: 0, crashed: 0, 'over time': 0 };
  const failures: Failure[] = [];
  const indexes = options.only ?? Array.from({ length: options.cases }, (_, i) => i);
  let next = 0;
  let done = 0;
  const lanes = Array.from({ length: options.workers }, () => new Lane(options.heapMb));
  await Promise.all(
    lanes.map(async (lane) => {
      for (let at = next++; at < indexes.length; at = next++) {
        const index = indexes[at]!;
        const c = fuzzCase(corpus, options.seed, index);
        const result = await lane.run(
          { index, name: c.name, bytes: c.bytes, fileTimeMs: options.fileTimeMs },
          options.killAfterMs,
        );
        counts[result.outcome]++;
        if (result.outcome === 'crashed' || result.outcome === 'over time') {
          const failure = { index, label: c.label, outcome: result.outcome, detail: result.detail, fuzzCase: c };
          failures.push(failure);
          options.onFailure?.(failure);
        }
        options.onCase?.(++done, counts);
      }
      lane.stop();
    }),
  );
  return { counts, failures };
}
