// What the import bench reads from the panel page: when the import worker's
// phases began (seen from the page, as the panel sees them) and the bytes the
// import left in IndexedDB.
import type { Page } from 'playwright-core';
import { DEFAULT_DB_NAME } from '../../extension/db/database';

declare global {
  interface Window {
    /** Page time of the 'start' message and of the first worker message of each phase, set by watchImportPhases. */
    __importPhases?: Record<string, number>;
    /** Page time of every saving message: the save's start, then one a chunk. */
    __importSaves?: number[];
  }
}

export interface PhaseTime {
  readonly phase: string;
  readonly ms: number;
}

/**
 * Wraps the page's Worker so every worker it starts from now on notes when
 * it was sent 'start' and when its first message of each phase (reading,
 * parsing, saving, done) arrived. Call before the import begins.
 */
// The page scripts are strings: tsx compiles functions with esbuild's keepNames,
// whose __name helper does not exist in the page.
const WATCH_PHASES = `(() => {
  const seen = {};
  const saves = [];
  window.__importPhases = seen;
  window.__importSaves = saves;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      this.addEventListener('message', (event) => {
        const key = event.data.phase ?? event.data.type;
        seen[key] ??= performance.now();
        if (key === 'saving') saves.push(performance.now());
      });
    }
    postMessage(message, transfer) {
      seen.start ??= performance.now();
      super.postMessage(message, transfer);
    }
  };
})()`;

/**
 * Wraps the page's Worker so every worker it starts from now on notes when
 * it was sent 'start' and when its first message of each phase (reading,
 * parsing, saving, done) arrived. Call before the import begins.
 */
export async function watchImportPhases(
  page: Page,
): Promise<{ read(): Promise<PhaseTime[]>; chunks(): Promise<number[]> }> {
  await page.evaluate(WATCH_PHASES);
  return {
    /** Milliseconds each chunk of the save took, in order. */
    async chunks() {
      const saves = await page.evaluate(() => window.__importSaves ?? []);
      return saves.slice(1).map((at, i) => at - saves[i]!);
    },
    async read() {
      const seen = await page.evaluate(() => window.__importPhases ?? {});
      const order = ['start', 'reading', 'parsing', 'saving', 'done'].filter((p) => seen[p] !== undefined);
      const words: Record<string, string> = {
        reading: 'reading the files in the worker (from the start message)',
        parsing: 'parsing (importFiles in the worker)',
        saving: 'saving to IndexedDB, until the report',
      };
      // Each phase lasts from its first message to the next phase's.
      return order.slice(1, -1).map((phase, i) => ({
        phase: words[phase] ?? phase,
        ms: seen[order[i + 2]!]! - seen[i === 0 ? 'start' : phase]!,
      }));
    },
  };
}

export interface StoredBytes {
  /** Bytes of the sample arrays in the streams table. */
  readonly sampleBytes: number;
  /** Bytes of the original files in the sources table. */
  readonly sourceBytes: number;
  /** Seconds recorded by the live sessions stored (sum of their elapsed time). */
  readonly recordedS: number;
  /** navigator.storage.estimate().usage: everything the extension's origin stores. */
  readonly usageBytes: number;
}

const MEASURE_STORED = `(async (name) => {
  const db = await new Promise((done, fail) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  const bytesIn = (value) => {
    if (value instanceof ArrayBuffer) return value.byteLength;
    if (ArrayBuffer.isView(value)) return value.byteLength;
    if (value instanceof Blob) return value.size;
    if (value === null || typeof value !== 'object') return 0;
    return Object.values(value).reduce((n, v) => n + bytesIn(v), 0);
  };
  const sum = (store, of) =>
    new Promise((done, fail) => {
      let total = 0;
      const cursor = db.transaction(store).objectStore(store).openCursor();
      cursor.onerror = () => fail(cursor.error);
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return done(total);
        if (at.value.deletedAt === null) total += of(at.value);
        at.continue();
      };
    });
  const sampleBytes = await sum('streams', (row) => bytesIn(row.streams));
  const sourceBytes = await sum('sources', (row) => bytesIn(row.bytes));
  const recordedS = await sum('sessions', (row) => Number(row.elapsedS));
  db.close();
  const usageBytes = (await navigator.storage.estimate()).usage ?? 0;
  return { sampleBytes, sourceBytes, recordedS, usageBytes };
})`;

/** Reads every live row of sessions, streams and sources with raw IndexedDB and sums their bytes. */
export function measureStoredBytes(page: Page): Promise<StoredBytes> {
  return page.evaluate(`${MEASURE_STORED}(${JSON.stringify(DEFAULT_DB_NAME)})`) as Promise<StoredBytes>;
}
