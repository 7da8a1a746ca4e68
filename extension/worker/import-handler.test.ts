import { gzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type importFiles, writeWorkoutFit } from '../../importer';
import { localIsoDate, thresholdsAt } from '../../shared/analytics';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { writeKnownGpx } from '../../tests/support/write-gpx';
import { listSessions, originalBytes, type SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { createImportHandler } from './import-handler';
import type { FromWorker } from './import-protocol';
import { countRows, tableRows } from '../db/test-support/tables';

const gpx = (startMinute: number, name: string) =>
  new Blob([writeKnownGpx(makeKnownTrack({ seconds: 600, start: Date.UTC(2024, 5, 1, 6, startMinute) }), { name })]);

let db: SessionsDb;
let messages: FromWorker[];

beforeEach(() => {
  db = freshDb();
  messages = [];
});
afterEach(() => db.delete());

function handler(run?: typeof importFiles) {
  return createImportHandler({ db, post: (m) => messages.push(m), ...(run && { importFiles: run }) });
}

/** An importer that runs until aborted, as importFiles does between files; `parsing` settles once it runs. */
function heldImporter(): { run: typeof importFiles; parsing: Promise<void>; release: () => void } {
  let started!: () => void;
  let release!: () => void;
  const parsing = new Promise<void>((resolve) => (started = resolve));
  const run: typeof importFiles = () =>
    new Promise((resolve) => {
      started();
      release = () => resolve({ sessions: [], warnings: [], errors: [] });
    });
  return { run, parsing, release: () => release() };
}

const last = () => messages[messages.length - 1];

describe('the import worker', () => {
  it('imports good files, reports a bad one by name, and saves the rest', async () => {
    await handler()({
      type: 'start',
      files: [
        { name: 'rides/morning.gpx', blob: gpx(0, 'Morning ride') },
        { name: 'rides/broken.fit', blob: new Blob(['this is not a workout']) },
        { name: 'rides/evening.gpx', blob: gpx(600, 'Evening ride') },
      ],
    });

    expect(
      messages.map((m) =>
        m.type === 'progress'
          ? `${m.phase} ${m.progress.filesDone}/${m.progress.filesTotal}${m.saved ? ` stored ${m.saved.sessions}/${m.saved.of}` : ''}`
          : m.type,
      ),
    ).toEqual([
      'reading 0/3',
      'parsing 1/3',
      'parsing 2/3',
      'parsing 3/3',
      'saving 3/3 stored 0/2',
      'saving 3/3 stored 2/2',
      'done',
    ]);
    const done = last();
    if (done?.type !== 'done') throw new Error('expected done');
    expect(done.summary).toMatchObject({ filesDone: 3, filesTotal: 3, added: 2, merged: 0, duplicates: 0, notes: [] });
    expect(done.summary.errors.map((e) => e.file)).toEqual(['rides/broken.fit']);
    expect(done.summary.errors[0]?.message).toMatch(/^rides\/broken\.fit: /);

    const stored = await listSessions(db, { limit: 10 });
    expect(stored.map((s) => s.title)).toEqual(['Evening ride', 'Morning ride']);
    // Loose files are kept as given, for export and re-processing.
    expect((await tableRows(db, 'sources')).map((s) => s.file).sort()).toEqual([
      'rides/evening.gpx',
      'rides/morning.gpx',
    ]);
  });

  it('keeps the original files found inside a zip and a gzip, decoded, each in a file of its own', async () => {
    const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 600, start: Date.UTC(2024, 5, 2, 6) }));
    const gpxText = new TextEncoder().encode(
      writeKnownGpx(makeKnownTrack({ seconds: 600, start: Date.UTC(2024, 5, 3, 6) }), { name: 'Gzipped' }),
    );
    // Level 0 stores the FIT uncompressed: the importer reads it as a view into the zip.
    const zip = zipSync({ 'activities/ride.fit': [fit, { level: 0 }], 'activities/evening.gpx.gz': gzipSync(gpxText) });
    await handler()({ type: 'start', files: [{ name: 'export.zip', blob: new Blob([zip]) }] });

    expect(last()).toMatchObject({ type: 'done', summary: { added: 2, errors: [] } });
    const sources = await tableRows(db, 'sources');
    const byFile = new Map(sources.map((s) => [s.file, s]));
    expect([...byFile.keys()].sort()).toEqual([
      'export.zip/activities/evening.gpx.gz',
      'export.zip/activities/ride.fit',
    ]);
    // The FIT read as a view into the zip is kept alone, not with the whole zip around it.
    const ride = await originalBytes(byFile.get('export.zip/activities/ride.fit')!);
    expect(Buffer.compare(ride, fit)).toBe(0);
    expect(Buffer.compare(await originalBytes(byFile.get('export.zip/activities/evening.gpx.gz')!), gpxText)).toBe(0);
    // Each is the file a stored session came from.
    const hashes = (await listSessions(db, { limit: 10 })).flatMap((s) => s.sourceHashes);
    expect(sources.map((s) => s.contentHash).sort()).toEqual([...hashes].sort());
  });

  it('skips a file imported before and says so', async () => {
    await handler()({ type: 'start', files: [{ name: 'a.gpx', blob: gpx(0, 'Ride') }] });
    messages = [];
    await handler()({ type: 'start', files: [{ name: 'again/a.gpx', blob: gpx(0, 'Ride') }] });

    const done = last();
    if (done?.type !== 'done') throw new Error('expected done');
    expect(done.summary).toMatchObject({ added: 0, duplicates: 1, errors: [] });
    expect(done.summary.notes.map((n) => n.code)).toEqual(['duplicate']);
    expect(await countRows(db, 'sessions')).toBe(1);
  });

  it('goes on past a file the browser cannot read', async () => {
    const unreadable = new Blob(['x']);
    unreadable.arrayBuffer = () => Promise.reject(new Error('NotReadableError'));
    await handler()({
      type: 'start',
      files: [
        { name: 'gone.fit', blob: unreadable },
        { name: 'a.gpx', blob: gpx(0, 'Ride') },
      ],
    });

    const done = last();
    if (done?.type !== 'done') throw new Error('expected done');
    expect(done.summary).toMatchObject({ added: 1, filesDone: 2, filesTotal: 2 });
    expect(done.summary.errors.map((e) => [e.code, e.message])).toEqual([
      [
        'missing-file',
        'gone.fit: could not be read (NotReadableError); it may have been moved or deleted; nothing was imported from it',
      ],
    ]);
  });

  it('refuses a second import while one runs', async () => {
    const { run, parsing, release } = heldImporter();
    const handle = handler(run);
    const first = handle({ type: 'start', files: [] });
    await parsing;
    await handle({ type: 'start', files: [] });
    expect(last()).toEqual({
      type: 'failed',
      message: 'An import is already running; wait for it to finish or cancel it first',
    });
    release();
    await first;
    expect(last()?.type).toBe('done');
  });
});

describe('a workout file in an import', () => {
  it('is planned for today and counted in the report', async () => {
    const today = localIsoDate();
    const workout = writeWorkoutFit(
      { title: 'Tempo', sport: 'running', steps: [{ durationS: 1200, target: { kind: 'pace', low: 3.8, high: 4 } }] },
      thresholdsAt({ sex: null, thresholds: [] }, Date.now()),
      Date.now(),
    );
    await handler()({ type: 'start', files: [{ name: 'tempo.fit', blob: new Blob([new Uint8Array(workout.bytes)]) }] });
    expect(last()).toMatchObject({ type: 'done', summary: { added: 0, planned: 1, errors: [], notes: [] } });
    const plans = await tableRows(db, 'plans');
    // 20 min at 3.8-4 m/s: 4,680 m planned.
    expect(plans.map((p) => [p.date, p.title, p.targetDurationS, p.targetDistanceM])).toEqual([
      [today, 'Tempo', 1200, 4680],
    ]);
  });
});
