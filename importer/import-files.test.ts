import { gzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { makeKnownTrack } from '../tests/support/known-track';
import { writeKnownGpx } from '../tests/support/write-gpx';
import { describeWithFixtures, fixture } from '../tests/support/fixtures';
import { importFiles } from './import-files';
import type { ImportProgress, WorkoutFile } from './import-types';

const RUN = 'fit/fitparse__garmin-fenix-5-run.fit';
const BIKE = 'fit/fitparse__garmin-fenix-5-bike.fit';
const text = (s: string) => new TextEncoder().encode(s);

describeWithFixtures('importFiles: archives', () => {
  it('walks zips inside zips and gzip inside those, naming the file by its full path', async () => {
    const inner = zipSync({ 'rides/bike.fit.gz': gzipSync(fixture(BIKE)) });
    const outer = zipSync({ 'nested/inner.zip': inner, 'run.fit': fixture(RUN) });
    const result = await importFiles([{ name: 'outer.zip', bytes: outer }]);
    expect(result.errors).toEqual([]);
    expect(result.sessions.map((s) => s.sources[0]!.file).sort()).toEqual([
      'outer.zip/nested/inner.zip/rides/bike.fit.gz',
      'outer.zip/run.fit',
    ]);
  });

  it('skips __MACOSX entries with one note', async () => {
    const zip = zipSync({ 'run.fit': fixture(RUN), '__MACOSX/._run.fit': fixture('bad/elevate__MACOSX-._empty.fit') });
    const result = await importFiles([{ name: 'mac.zip', bytes: zip }]);
    expect(result.sessions).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        file: 'mac.zip',
        code: 'not-activity',
        message: 'mac.zip: skipped 1 macOS metadata entry (__MACOSX folder, "._" files)',
      },
    ]);
  });

  it('treats a gzipped copy of a file already imported as a duplicate (hash of the decompressed bytes)', async () => {
    const result = await importFiles([
      { name: 'run.fit', bytes: fixture(RUN) },
      { name: 'again/run.fit.gz', bytes: gzipSync(fixture(RUN)) },
    ]);
    expect(result.sessions).toHaveLength(1);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'again/run.fit.gz: identical to run.fit (same bytes): skipped, not counted twice',
    ]);
  });

  it('stops at the decompression limit with an error naming the entry and the limit', async () => {
    const zip = zipSync({ 'a.fit': fixture(RUN), 'b.fit': fixture(BIKE) });
    const fitSize = fixture(RUN).length;
    const result = await importFiles([{ name: 'big.zip', bytes: zip }], {
      limits: { maxDecompressedBytes: fitSize + 100 },
    });
    expect(result.sessions).toHaveLength(1);
    expect(result.errors).toEqual([
      {
        file: 'big.zip/b.fit',
        code: 'too-large',
        message:
          "big.zip/b.fit: it declares 4.6 KiB, more than the 100 B left of the import's decompression limit; nothing was imported from it",
      },
    ]);
  });

  it('refuses a zip that lists more entries than the limit allows', async () => {
    const zip = zipSync({ 'a.fit': fixture(RUN), 'b.fit': fixture(BIKE), 'c.fit': fixture(RUN) });
    const result = await importFiles([{ name: 'many.zip', bytes: zip }], { limits: { maxEntries: 2 } });
    expect(result.sessions).toEqual([]);
    expect(result.errors.map((e) => [e.file, e.code])).toEqual([['many.zip', 'too-large']]);
    expect(result.errors[0]!.message).toBe(
      "many.zip: the zip lists 3 files, more than the 2 left of the import's limit of 2 entries: not read",
    );
  });

  it('reads 8 nested gzip layers and refuses a 9th', async () => {
    let bytes = fixture(RUN);
    for (let i = 0; i < 8; i++) bytes = gzipSync(bytes);
    expect((await importFiles([{ name: 'deep.fit.gz', bytes }])).sessions).toHaveLength(1);
    const deeper = await importFiles([{ name: 'deeper.fit.gz', bytes: gzipSync(bytes) }]);
    expect(deeper.errors).toEqual([
      {
        file: 'deeper.fit.gz',
        code: 'unsupported',
        message: 'deeper.fit.gz: archives are nested more than 8 deep: not read',
      },
    ]);
  });

  it('stops a gzip bomb at the limit', async () => {
    const bomb = gzipSync(new Uint8Array(8 * 1024 * 1024), { level: 1 });
    const result = await importFiles([{ name: 'bomb.fit.gz', bytes: bomb }], {
      limits: { maxDecompressedBytes: 1024 * 1024 },
    });
    expect(result.errors).toEqual([
      {
        file: 'bomb.fit.gz',
        code: 'too-large',
        message:
          "bomb.fit.gz: the gzip data cannot be read: it expands to more than 1 MiB (the import's limit on decompressed data is 1 MiB); nothing was imported from it",
      },
    ]);
  });
});

describeWithFixtures('importFiles: one workout from two sources', () => {
  const fit = { name: 'fit/gc__10kUNLP2014-Garmin15.fit', bytes: fixture('fit/gc__10kUNLP2014-Garmin15.fit') };
  const tcx = { name: 'tcx/gc__10kUNLP2014-Garmin15.tcx', bytes: fixture('tcx/gc__10kUNLP2014-Garmin15.tcx') };

  it.each([
    ['FIT first', [fit, tcx]],
    ['TCX first', [tcx, fit]],
  ])('the UNLP 10k as FIT and TCX is one session with both sources (%s)', async (_order, inputs) => {
    const alone = await importFiles([fit]);
    const result = await importFiles(inputs);
    expect(result.sessions).toHaveLength(1);
    const [run] = result.sessions;
    // The FIT leads: its id, its clock (elapsed 2,223.803 s vs the TCX's 2,224.624 s), then the TCX.
    expect(run!.sources.map((s) => s.file)).toEqual([fit.name, tcx.name]);
    expect(run!.id).toBe(alone.sessions[0]!.id);
    expect(run!.elapsedS).toBe(alone.sessions[0]!.elapsedS);
    expect(result.warnings.map((w) => [w.file, w.code])).toEqual([[inputs[1]!.name, 'merged']]);
  });
});

describe('importFiles: what is not a workout', () => {
  it('reports an empty zip, and unreadable files the athlete gave or that claim to be workouts', async () => {
    const zip = zipSync({ 'ride.fit': text('not a fit at all'), 'notes.txt': text('just notes') });
    const result = await importFiles([
      { name: 'empty.zip', bytes: zipSync({}) },
      { name: 'readme.txt', bytes: text('hello') },
      { name: 'mixed.zip', bytes: zip },
      { name: 'places.kml', bytes: text('<?xml version="1.0"?><kml></kml>') },
    ]);
    expect(result.errors.map((e) => [e.file, e.code])).toEqual([
      ['readme.txt', 'unknown-format'],
      ['mixed.zip/ride.fit', 'unknown-format'],
      ['places.kml', 'unsupported'],
    ]);
    expect(result.errors[0]!.message).toBe(
      'readme.txt: is not a FIT, GPX or TCX file, nor a gzip or zip of them (it starts with bytes 68 65 6c 6c): not imported',
    );
    expect(result.warnings.map((w) => w.message)).toEqual([
      'empty.zip: is an empty zip archive: nothing to import',
      'mixed.zip: skipped 1 file that is not a workout (notes.txt)',
    ]);
  });
});

describe('importFiles: inputs still being read', () => {
  it('imports each file as its bytes arrive, in the order given, and names one whose read failed', async () => {
    const gpx = (day: number) =>
      text(writeKnownGpx(makeKnownTrack({ seconds: 600, start: Date.UTC(2024, 5, day, 6) }), { name: `Ride ${day}` }));
    let arrive: (bytes: Uint8Array) => void = () => undefined;
    const late = new Promise<Uint8Array>((resolve) => {
      arrive = resolve;
    });
    const gone = Promise.reject(new Error('NotReadableError'));
    gone.catch(() => undefined); // rejected before the importer reaches it, as a read may be
    const seen: string[] = [];
    const importing = importFiles(
      [
        { name: 'first.gpx', bytes: gpx(1) },
        { name: 'late.gpx', bytes: late },
        { name: 'gone.gpx', bytes: gone },
      ],
      { onProgress: (p) => seen.push(p.currentFile) },
    );
    // The first file is imported while the second is still being read.
    await vi.waitFor(() => expect(seen).toEqual(['first.gpx']));
    arrive(gpx(2));
    const result = await importing;
    expect(seen).toEqual(['first.gpx', 'late.gpx', 'gone.gpx']);
    expect(result.sessions.map((s) => s.title)).toEqual(['Ride 1', 'Ride 2']);
    expect(result.errors.map((e) => [e.code, e.message])).toEqual([
      [
        'missing-file',
        'gone.gpx: could not be read (NotReadableError); it may have been moved or deleted; nothing was imported from it',
      ],
    ]);
  });
});

describeWithFixtures('importFiles: progress, cancelling and yielding', () => {
  const files = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.fit`, bytes: fixture(i % 2 ? RUN : BIKE) }));

  it('reports every file with running counts', async () => {
    const seen: ImportProgress[] = [];
    await importFiles(files, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.filesDone, p.filesTotal, p.sessionsAdded, p.duplicatesSkipped, p.currentFile])).toEqual([
      [1, 4, 1, 0, '0.fit'],
      [2, 4, 2, 0, '1.fit'],
      [3, 4, 2, 1, '2.fit'],
      [4, 4, 2, 2, '3.fit'],
    ]);
  });

  it('stops between files when the signal aborts, rejecting with its reason', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = importFiles(files, {
      signal: controller.signal,
      onProgress: (p) => {
        done.push(p.filesDone);
        if (p.filesDone === 2) controller.abort(new Error('cancelled by the athlete'));
      },
    });
    await expect(run).rejects.toThrow('cancelled by the athlete');
    expect(done).toEqual([1, 2]);
  });

  it('gives the event loop a turn during a long import', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    // 300 small files take well over one 16 ms slice.
    await importFiles(Array.from({ length: 300 }, (_, i) => ({ name: `${i}.fit`, bytes: fixture(RUN) })));
    expect(timerRan).toBe(true);
  });
});

describeWithFixtures('importFiles: the original workout files', () => {
  it('hands over each workout file read, from archives too, decoded and under the hash its sessions carry', async () => {
    const zip = zipSync({ 'a.fit': fixture(RUN), 'b.fit': fixture(BIKE), 'readme.txt': text('not a workout') });
    const seen: WorkoutFile[] = [];
    const result = await importFiles(
      [
        { name: 'x.zip', bytes: zip },
        { name: 'run.fit.gz', bytes: gzipSync(fixture(RUN)) },
      ],
      { onWorkoutFile: (file) => seen.push(file) },
    );

    // The gzipped copy of a.fit is handed over too, before it is found to be a duplicate.
    expect(seen.map((f) => f.name)).toEqual(['x.zip/a.fit', 'x.zip/b.fit', 'run.fit.gz']);
    expect(result.sessions.map((s) => s.sources.map((src) => [src.file, src.contentHash]))).toEqual([
      [['x.zip/a.fit', seen[0]!.contentHash]],
      [['x.zip/b.fit', seen[1]!.contentHash]],
    ]);
    expect(seen[2]!.contentHash).toBe(seen[0]!.contentHash);
    expect(seen[0]!.contentHash).not.toBe(seen[1]!.contentHash);
    expect(Buffer.compare(seen[0]!.bytes, fixture(RUN))).toBe(0);
    expect(Buffer.compare(seen[1]!.bytes, fixture(BIKE))).toBe(0);
    expect(Buffer.compare(seen[2]!.bytes, fixture(RUN))).toBe(0);
  });
});
