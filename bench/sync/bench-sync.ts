// Issue 11's benchmark: a first upload of 5,000 summaries plus 300 one-hour
// sessions with samples and original files through the real engine and
// batching, against convex-test, timed against a bare loop of the same
// inserts in the same run; then one edit (one push, its size); then a second
// device's download, with the moment its list is usable.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { convexTest, type TestConvex } from 'convex-test';
import { api } from '../../convex/_generated/api';
import schema from '../../convex/schema';
import { saveImport, updateSession } from '../../extension/db';
import { Database } from '../../extension/db/database';
import { createSyncEngine, type SyncEngine, type SyncTransport } from '../../extension/sync';
import { renderTable, type Column } from '../../importer/cli/text-table';
import type { BenchSection } from '../side-panel/bench-side-panel';
import { convexTestTransport } from '../../tests/support/sync/convex-test-transport';
import { convexModules } from './convex-modules';
import { countingTransport, newCount, type WireCount } from './counting-transport';
import { libraryImports } from './library-fixture';

// SYNC_BENCH_SCALE=0.1 runs a tenth of the library, for profiling (node --cpu-prof); the figures to
// compare with the targets are at the full size.
const SCALE = Number(process.env.SYNC_BENCH_SCALE ?? 1);
const SUMMARIES = Math.round(5_000 * SCALE);
const WITH_SAMPLES = Math.round(300 * SCALE);
const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const TARGET_UPLOAD_RATIO = 3;
const TARGET_EDIT_BYTES = 2048;

interface Row {
  readonly what: string;
  readonly result: string;
  readonly target: string;
}

const COLUMNS: Column<Row>[] = [
  { header: 'Sync against convex-test (issue 11)', align: 'left', cell: (r) => r.what },
  { header: 'Result', align: 'right', cell: (r) => r.result },
  { header: 'Target', align: 'left', cell: (r) => r.target },
];

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The same documents and files the sync stored, inserted one by one in a fresh backend: each file stored and its
 * files-table row, then each synced row.
 */
async function bareLoop(
  rows: { table: string; rowId: string; seq: number; fields: unknown }[],
  files: { sha256: string; bytes: ArrayBuffer }[],
) {
  const t = convexTest(schema, convexModules);
  const userId = await t.run((ctx) => ctx.db.insert('users', { tokenIdentifier: `${ada.issuer}|${ada.subject}` }));
  const started = performance.now();
  for (const { sha256, bytes } of files) {
    const storageId = await t.run((ctx) => ctx.storage.store(new Blob([bytes])));
    await t.run((ctx) => ctx.db.insert('syncFiles', { userId, sha256, storageId, size: bytes.byteLength }));
  }
  for (const row of rows)
    await t.run((ctx) => ctx.db.insert('syncRows', { ...(row as never as object), userId } as never));
  return performance.now() - started;
}

/** First uploads, each against its bare loop: the figures shown are the trial with the median ratio. */
const TRIALS = 3;

type Tester = TestConvex<typeof schema>;

/** What one trial measured. */
interface UploadFigures {
  readonly waiting: number;
  readonly upload: WireCount;
  readonly uploadMs: number;
  readonly bareMs: number;
  readonly inserts: number;
  readonly files: number;
}

/** A trial's backend and device, for the edit and the second device after the last trial. */
interface Uploaded {
  readonly t: Tester;
  readonly first: Database;
  readonly engine: SyncEngine;
  readonly transport: SyncTransport;
  /** What the transport counts from now on (the edit, the second device). */
  readonly counting: { current: WireCount };
}

/** A library built on a fresh device, uploaded to a fresh backend, then the same inserts in a bare loop. */
async function uploadTrial(
  log: (line: string) => void,
  trial: number,
): Promise<{ figures: UploadFigures; uploaded: Uploaded }> {
  const t = convexTest(schema, convexModules);
  const counting = { current: newCount() };
  const transport = countingTransport(convexTestTransport(t, ada), () => counting.current);
  const first = new Database(`bench-sync-first-${trial}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  log(
    `sync ${trial}/${TRIALS}: building the library (${int(SUMMARIES)} summaries, ${WITH_SAMPLES} sessions with samples)`,
  );
  for (const { result, bytes } of libraryImports(SUMMARIES, WITH_SAMPLES)) await saveImport(first, result, bytes);
  const waiting = await first.outbox.count();

  log(`sync ${trial}/${TRIALS}: first upload through the engine`);
  const engine = createSyncEngine({ db: first, transport, deviceId: 'first' });
  const started = performance.now();
  const uploaded = await engine.syncNow();
  const uploadMs = performance.now() - started - counting.current.countingMs;
  if (uploaded.failure !== null) throw new Error(`The upload failed: ${uploaded.failure.message}`);

  log(`sync ${trial}/${TRIALS}: the same inserts in a bare loop`);
  const stored = await t.run(async (ctx) => {
    const rows = await ctx.db.query('syncRows').collect();
    const files = await ctx.db.query('syncFiles').collect();
    const blobs = [];
    for (const f of files)
      blobs.push({ sha256: f.sha256, bytes: await (await ctx.storage.get(f.storageId))!.arrayBuffer() });
    return { rows: rows.map(({ table, rowId, seq, fields }) => ({ table, rowId, seq, fields })), blobs };
  });
  const bareMs = await bareLoop(stored.rows, stored.blobs);
  return {
    figures: {
      waiting,
      upload: counting.current,
      uploadMs,
      bareMs,
      inserts: stored.rows.length + stored.blobs.length,
      files: stored.blobs.length,
    },
    uploaded: { t, first, engine, transport, counting },
  };
}

export async function benchSync(log: (line: string) => void): Promise<BenchSection> {
  // Each trial's backend and device are let go before the next starts: every trial runs on the same heap.
  const figures: UploadFigures[] = [];
  let last: Uploaded | null = null;
  for (let n = 1; n <= TRIALS; n++) {
    last?.first.close();
    const trial = await uploadTrial(log, n);
    figures.push(trial.figures);
    last = trial.uploaded;
  }
  const ratios = figures.map((trial) => trial.uploadMs / trial.bareMs);
  const median = figures[ratios.indexOf([...ratios].sort((a, b) => a - b)[Math.floor(TRIALS / 2)]!)]!;
  const { upload, uploadMs, bareMs, waiting } = median;
  // The edit and the second device go on with the last trial's backend and device.
  const { t, first, engine, transport, counting } = last!;

  log('sync: one edit');
  counting.current = newCount();
  await updateSession(first, (await first.sessions.limit(1).first())!.id, { title: 'Tempo, felt strong' });
  await engine.syncNow();
  const edit = counting.current;

  log('sync: a second device downloads');
  counting.current = newCount();
  const second = new Database('bench-sync-second', { indexedDB: new IDBFactory(), IDBKeyRange });
  const secondEngine = createSyncEngine({ db: second, transport, deviceId: 'second' });
  let listMs = 0;
  const pullStarted = performance.now();
  secondEngine.subscribe((s) => {
    if (s.phase === 'files' && listMs === 0) listMs = performance.now() - pullStarted - counting.current.countingMs;
  });
  const pulled = await secondEngine.syncNow();
  const pullMs = performance.now() - pullStarted - counting.current.countingMs;
  if (pulled.failure !== null) throw new Error(`The download failed: ${pulled.failure.message}`);
  const download = counting.current;
  const liveOnSecond = await second.sessions.where('[live+start]').between([1, -Infinity], [1, Infinity]).count();
  const head = await t.withIdentity(ada).query(api.sync.head, {});

  const sessions = SUMMARIES + WITH_SAMPLES;
  const ratio = uploadMs / bareMs;
  const rows: Row[] = [
    { what: `Library: ${int(sessions)} sessions, outbox entries`, result: int(waiting), target: '-' },
    {
      what: 'First upload: requests (pushes + file requests)',
      result: `${int(upload.requests)} (${upload.pushes} pushes)`,
      target: '-',
    },
    { what: 'First upload: bytes sent', result: `${mb(upload.bytesUp)}`, target: '-' },
    {
      what: 'First upload: bytes per session, summary rows only',
      result: `${int(upload.pushBytes / sessions)} B`,
      target: '-',
    },
    { what: 'First upload: time', result: seconds(uploadMs), target: '-' },
    {
      what: 'of which in the server functions (convex-test), on the device',
      result: `${seconds(upload.serverMs)}, ${seconds(uploadMs - upload.serverMs)}`,
      target: '-',
    },
    {
      what: `Bare loop of the same ${int(median.inserts)} inserts and ${median.files} files`,
      result: seconds(bareMs),
      target: '-',
    },
    {
      what: `Upload over bare inserts (time), median of ${TRIALS} (all)`,
      result: `${ratio.toFixed(2)}x (${ratios.map((r) => r.toFixed(2)).join(', ')})`,
      target: `< ${TARGET_UPLOAD_RATIO}x`,
    },
    {
      what: 'One edit afterwards: pushes, bytes of the push',
      result: `${edit.pushes}, ${int(edit.pushBytes)} B`,
      target: `1, < ${int(TARGET_EDIT_BYTES)} B`,
    },
    { what: 'Second device: list usable (summaries pulled)', result: seconds(listMs), target: 'before samples' },
    {
      what: 'Second device: everything, samples and files too',
      result: `${seconds(pullMs)}, ${int(download.requests)} requests, ${mb(download.bytesDown)}`,
      target: '-',
    },
    {
      what: 'Second device: live sessions / server change number',
      result: `${int(liveOnSecond)} / ${int(head)}`,
      target: '-',
    },
  ];
  first.close();
  second.close();
  const notes = [
    `Sync: one process, the engine (extension/sync) on Dexie over fake-indexeddb against convex-test's in-memory backend; requests and bytes counted at the transport (arguments as JSON, files as their bytes, the counting's own time left out of every time; a batch of files is 1 request besides one upload request per file and the push, a download 2). Each of ${TRIALS} trials builds the library on a fresh device and uploads it to a fresh backend, then runs the bare loop; the upload's figures are the trial with the median ratio, the edit and the second device use the last trial's backend. The bare loop stores the same files and inserts the same syncFiles and syncRows documents in a fresh convex-test backend, one call each, with no local database work. Samples: 3,600 samples x 7 channels per session; original files 100 kB.`,
  ];
  const targets = [
    `Sync, first upload within ${TARGET_UPLOAD_RATIO}x the bare inserts: ${ratio.toFixed(2)}x: ${ratio < TARGET_UPLOAD_RATIO ? 'met' : 'MISSED'}`,
    `Sync, one edit = one push under 2 KB: ${edit.pushes} push of ${int(edit.pushBytes)} B: ${edit.pushes === 1 && edit.pushBytes < TARGET_EDIT_BYTES ? 'met' : 'MISSED'}`,
    `Sync, second device's list usable before its samples: list at ${seconds(listMs)}, everything at ${seconds(pullMs)}: ${listMs > 0 && listMs < pullMs ? 'met' : 'MISSED'}`,
  ];
  return { tables: [renderTable(COLUMNS, rows)], notes, targets };
}
