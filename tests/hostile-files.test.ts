// The hostile files of issue 15, generated here (no committed binaries): each
// once hung the importer or took memory out of all proportion. Now each is
// refused or cut short with an error naming it, and the file after it imports.
import { gzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../importer';
import {
  fitEmptyDefinitionThenZeros,
  gpxNestedBeforeRepeatedTrack,
  gpxUnmatchedEndTags,
  gzip,
  tcxEmptyLaps,
} from './support/hostile-files';
import { makeKnownTrack } from './support/known-track';
import { writeKnownGpx } from './support/write-gpx';

const gpx = (name: string) => ({
  name,
  bytes: new TextEncoder().encode(writeKnownGpx(makeKnownTrack({ seconds: 600 }))),
});
const good = () => gpx('good.gpx');

describe('hostile files', () => {
  it('a .fit.gz of an empty definition then zeros is refused as a decompression bomb', async () => {
    const bytes = gzip(fitEmptyDefinitionThenZeros(16 * 1024 * 1024));
    const result = await importFiles([{ name: 'zeros.fit.gz', bytes }, good()]);
    expect(result.errors).toEqual([
      {
        file: 'zeros.fit.gz',
        code: 'too-large',
        message:
          'zeros.fit.gz: the gzip data cannot be read: it expands to more than 8 MiB (over 200 times its compressed size, which no workout file expands to: a decompression bomb); nothing was imported from it',
      },
    ]);
    expect(result.sessions.map((s) => s.sources[0]!.file)).toEqual(['good.gpx']);
  });

  it('a FIT of an empty definition then zeros stops after a short run of empty messages', async () => {
    const bytes = gzip(fitEmptyDefinitionThenZeros(2 * 1024 * 1024));
    const result = await importFiles([{ name: 'zeros.fit.gz', bytes }, good()]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'zeros.fit.gz: The FIT file has more than 64 data messages in a row with no fields (local type 0) from byte 18, which carry nothing; reading stopped there and kept 0 records and 64 other messages.',
    ]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'zeros.fit.gz has no records and no session message: nothing could be imported',
    ]);
    expect(result.sessions).toHaveLength(1);
  });

  it('a .gpx.gz of n open tags then n unmatched end tags stops at the nesting cap', async () => {
    const bytes = gzip(gpxUnmatchedEndTags(80_000));
    const result = await importFiles([{ name: 'tags.gpx.gz', bytes }, good()]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'tags.gpx.gz nests elements more than 256 deep (inside <a>), more than any GPX or TCX does, so reading stopped there: no timed track point came before the break, so nothing was imported.',
    ]);
    expect(result.sessions).toHaveLength(1);
  });

  it('a .tcx.gz with a million empty laps keeps laps in proportion to its size', async () => {
    const bytes = gzip(tcxEmptyLaps(1_000_000));
    const result = await importFiles([{ name: 'laps.tcx.gz', bytes }, good()]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'laps.tcx.gz: activity 2024-06-01T08:00:00.000Z has no lap times and no timed track points; it was skipped.',
      'laps.tcx.gz holds more laps and activities than its 6,000,160 bytes can describe (at most 30,064): 969,937 laps were not kept as laps (their track points were).',
    ]);
    expect(result.sessions).toHaveLength(1);
  });
});

describe('a compressed GPX whose reading stops early is not inflated further', () => {
  // 20 MiB of GPX, 11x smaller compressed: within every expansion cap.
  const gpx = gpxNestedBeforeRepeatedTrack(writeKnownGpx(makeKnownTrack({ seconds: 3600 })), 300, 20 * 1024 * 1024);
  const tooDeep =
    'nests elements more than 256 deep (inside <extensions>), more than any GPX or TCX does, so reading stopped there: no timed track point came before the break, so nothing was imported.';
  /** KiB decompressed, as the warning about the rest of the file states them. */
  const inflatedKiB = (warnings: readonly { message: string }[]) =>
    warnings.map((w) => /stopped within the first (\d+) KiB decompressed/.exec(w.message)?.[1]).filter(Boolean);

  it.each([
    ['nested.gpx.gz', () => gzipSync(gpx, { level: 1 })],
    ['export.zip/activities/nested.gpx', () => zipSync({ 'activities/nested.gpx': gpx }, { level: 1 })],
  ])('%s: refused after inflating 176 KiB of its 20 MiB', async (name, compress) => {
    const bytes = compress();
    expect(gpx.length / bytes.length).toBeGreaterThan(10);
    const result = await importFiles([{ name: name.replace('/activities/nested.gpx', ''), bytes }, good()]);
    expect(result.errors.map((e) => e.message)).toEqual([`${name} ${tooDeep}`]);
    // One 16 KiB chunk of compressed input inflated, which covered the 64 KiB detection looks at and the
    // nesting: 176 KiB of the 20,480.
    expect(inflatedKiB(result.warnings)).toEqual(['176']);
    expect(result.sessions.map((s) => s.sources[0]!.file)).toEqual(['good.gpx']);
  });
});

describe('a stretch of more than 1 MiB between tags or inside one (found by the fuzzer)', () => {
  it('a root tag of 2 MiB of repeated attributes is refused, saying so', async () => {
    const attributes = ' xmlns:a="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"'.repeat(32 * 1024);
    const bytes = new TextEncoder().encode(`<?xml version="1.0"?><gpx${attributes}><trk></trk></gpx>`);
    const result = await importFiles([{ name: 'wide.gpx', bytes }, good()]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'wide.gpx has more than 1 MiB between two tags or inside one, which no GPX or TCX has, so reading stopped there: nothing was imported.',
    ]);
    expect(result.sessions).toHaveLength(1);
  });
});

describe('end tags that close an open track point with its track (found by the fuzzer)', () => {
  it.each([
    ['t.gpx', '<gpx><trk><trkseg><trkpt lat="45" lon="6"><time>2024-06-01T08:00:00Z</time></trk></trkpt></gpx>'],
    [
      't.tcx',
      '<TrainingCenterDatabase><Activities><Activity Sport="Biking"><Id>2024-06-01T08:00:00Z</Id><Lap><Track>' +
        '<Trackpoint><Time>2024-06-01T08:00:00Z</Time></Activity></Trackpoint></Activities></TrainingCenterDatabase>',
    ],
  ])('%s is read without an internal error', async (name, xml) => {
    const result = await importFiles([{ name, bytes: new TextEncoder().encode(xml) }]);
    const issues = [...result.errors, ...result.warnings];
    expect(issues.filter((i) => /internal error/.test(i.message))).toEqual([]);
    expect(issues.every((i) => i.message.startsWith(name))).toBe(true);
  });
});

describe('the time budget of one file', () => {
  it('stops every file over it with an error naming it, and the import goes on', async () => {
    const result = await importFiles([good(), gpx('also.gpx')], {
      limits: { fileTimeMs: 0 },
    });
    expect(result.sessions).toEqual([]);
    expect(result.errors).toEqual(
      ['good.gpx', 'also.gpx'].map((file) => ({
        file,
        code: 'over-time',
        message: `${file}: reading it took longer than the 0 s allowed for one file, so it was stopped; nothing was imported from it`,
      })),
    );
  });
});
