// Every export-shaped fixture through importFiles: Garmin "export original"
// zips, a gzipped FIT, a zip of three identical FITs, and the DERIVED Strava
// bulk-export layout (as loose files and zipped the way Strava sends it).
import { zipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { ImportResult, Session } from '../shared/model';
import { importFiles } from '../importer';
import { describeWithFixtures, fixture, listFixtures } from './support/fixtures';

const STRAVA = 'export/strava-layout-DERIVED/';

interface ArchiveCase {
  /** Files inside the archive that became the session, as the athlete sees them. */
  readonly sources: readonly string[];
  readonly sport: Session['sport'];
  readonly subSport: Session['subSport'];
  readonly duplicates: number;
}

// One row per archive in export/ (a new archive without a row fails the test below).
const ARCHIVES: Readonly<Record<string, ArchiveCase>> = {
  'elevate__samples.zip': {
    sources: ['elevate__samples.zip/11111.fit'],
    sport: 'cycling',
    subSport: 'road',
    duplicates: 2,
  },
  'gc__14582164182.fit.gz': {
    sources: ['gc__14582164182.fit.gz'],
    sport: 'cycling',
    subSport: 'virtual',
    duplicates: 0,
  },
  'gc__4077461142.zip': {
    sources: ['gc__4077461142.zip/4077461142.fit'],
    sport: 'running',
    subSport: 'trail',
    duplicates: 0,
  },
  'gc__GarminFR955v18.zip': {
    sources: ['gc__GarminFR955v18.zip/14211916346_ACTIVITY.fit'],
    sport: 'running',
    subSport: 'generic',
    duplicates: 0,
  },
  'gc__TacxNeo.fit.zip': {
    sources: ['gc__TacxNeo.fit.zip/2019-11-21T12_57_39+00_00_4271854808.fit'],
    sport: 'cycling',
    subSport: 'indoor',
    duplicates: 0,
  },
};

function stravaFiles(): { name: string; bytes: Uint8Array }[] {
  return listFixtures(STRAVA).map((path) => ({ name: path.slice(STRAVA.length), bytes: fixture(path) }));
}

function codes(r: ImportResult): string[] {
  return [...r.errors, ...r.warnings].map((i) => i.code);
}

describeWithFixtures('export archives', () => {
  it('has a row for every archive in export/', () => {
    const archives = listFixtures('export', (p) => !p.startsWith(STRAVA)).map((p) => p.slice('export/'.length));
    expect(archives.sort()).toEqual(Object.keys(ARCHIVES).sort());
  });

  it.each(Object.entries(ARCHIVES))('%s: one session, read from inside the archive', async (name, expected) => {
    const result = await importFiles([{ name, bytes: fixture(`export/${name}`) }]);
    expect(result.errors).toEqual([]);
    expect(result.sessions).toHaveLength(1);
    const [session] = result.sessions;
    expect(session!.sources.map((s) => s.file)).toEqual(expected.sources);
    expect([session!.sport, session!.subSport]).toEqual([expected.sport, expected.subSport]);
    expect(result.warnings.filter((w) => w.code === 'duplicate')).toHaveLength(expected.duplicates);
  });

  it('elevate__samples.zip: the two copies are reported as duplicates of 11111.fit', async () => {
    const result = await importFiles([{ name: 'elevate__samples.zip', bytes: fixture('export/elevate__samples.zip') }]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'elevate__samples.zip/22222.fit: identical to elevate__samples.zip/11111.fit (same bytes): skipped, not counted twice',
      'elevate__samples.zip/subfolder/33333.fit: identical to elevate__samples.zip/11111.fit (same bytes): skipped, not counted twice',
    ]);
  });

  it('gc__GarminFR955v18.zip: the source is the 699,722-byte FIT inside, hashed decompressed', async () => {
    const result = await importFiles([
      { name: 'gc__GarminFR955v18.zip', bytes: fixture('export/gc__GarminFR955v18.zip') },
    ]);
    expect(result.sessions[0]!.sources[0]).toMatchObject({ format: 'fit', sizeBytes: 699_722 });
  });
});

/** The sessions of the Strava layout, keyed by the activity id in their file name. */
function byActivityId(result: ImportResult): Map<string, Session> {
  return new Map(result.sessions.map((s) => [/(\d{4})\.\w+(\.gz)?$/.exec(s.sources[0]!.file)![1]!, s]));
}

function expectStravaExport(result: ImportResult, root: string): void {
  const sessions = byActivityId(result);
  expect([...sessions.keys()].sort()).toEqual(['1001', '1002', '1003', '1004', '1005']);
  expect(
    Object.fromEntries(
      [...sessions].map(([id, s]) => [id, { title: s.title, sport: s.sport, file: s.sources[0]!.file }]),
    ),
  ).toEqual({
    '1001': { title: 'DERIVED fenix 5 bike', sport: 'cycling', file: `${root}activities/1001.fit.gz` },
    '1002': { title: 'DERIVED pool swim', sport: 'swimming', file: `${root}activities/1002.fit.gz` },
    '1003': {
      title: 'DERIVED "Greeting SF with a dumb, dumb route"',
      sport: 'running',
      file: `${root}activities/1003.gpx.gz`,
    },
    '1004': { title: 'DERIVED Forerunner305 sample', sport: 'running', file: `${root}activities/1004.tcx.gz` },
    // The GPX has no type; the CSV's "Walk" gives it one.
    '1005': { title: 'DERIVED missing hr', sport: 'walking', file: `${root}activities/1005.gpx` },
  });
  expect(result.errors).toEqual([]);
  const csv = `${root}activities.csv`;
  expect(result.warnings).toEqual([
    {
      file: csv,
      code: 'no-data',
      message: `${csv}: activity 1006 "DERIVED manual entry without file" (Workout on Jan 1, 2020, 12:00:00 PM) has no file (a manual entry on Strava): nothing to import for it`,
    },
    {
      file: csv,
      code: 'missing-file',
      message: `${csv}: activity 1007 "DERIVED row whose file is missing" (Run on Jan 2, 2020, 12:00:00 PM) names activities/1007.fit.gz, which is not in the export: its name and details were not applied`,
    },
  ]);
}

describeWithFixtures('Strava bulk export (DERIVED layout)', () => {
  it('as loose files with their relative names: CSV names and types applied, manual and missing rows reported', async () => {
    expectStravaExport(await importFiles(stravaFiles()), '');
  });

  it('applies the CSV whether it comes before or after the activity files', async () => {
    const files = stravaFiles();
    const csv = files.filter((f) => f.name === 'activities.csv');
    const activities = files.filter((f) => f.name !== 'activities.csv');
    expect(csv).toHaveLength(1);
    expectStravaExport(await importFiles([...csv, ...activities]), '');
    expectStravaExport(await importFiles([...activities, ...csv]), '');
  });

  it('zipped in memory the way Strava sends it, with a media folder that is not a workout', async () => {
    const entries = Object.fromEntries(stravaFiles().map((f) => [f.name, f.bytes]));
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    const zip = zipSync({
      ...entries,
      'media/photo.jpg': jpeg,
      'profile.csv': new TextEncoder().encode('Athlete ID\r\n1\r\n'),
    });
    const result = await importFiles([{ name: 'export_12345.zip', bytes: zip }]);
    const notWorkouts = result.warnings.filter((w) => w.code === 'not-activity');
    expect(notWorkouts).toEqual([
      {
        file: 'export_12345.zip',
        code: 'not-activity',
        message: 'export_12345.zip: skipped 2 files that are not workouts (media/photo.jpg, profile.csv)',
      },
    ]);
    expectStravaExport(
      { ...result, warnings: result.warnings.filter((w) => w.code !== 'not-activity') },
      'export_12345.zip/',
    );
  });

  it('reports progress per file, with the total growing as the zip reveals its entries', async () => {
    const zip = zipSync(Object.fromEntries(stravaFiles().map((f) => [f.name, f.bytes])));
    const totals: number[] = [];
    const done: number[] = [];
    await importFiles([{ name: 'export.zip', bytes: zip }], {
      onProgress: (p) => {
        totals.push(p.filesTotal);
        done.push(p.filesDone);
      },
    });
    // The zip, then its 6 entries (activities.csv and 5 activity files).
    expect(totals).toEqual([7, 7, 7, 7, 7, 7, 7]);
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(codes(await importFiles([{ name: 'export.zip', bytes: zip }]))).toEqual(['no-data', 'missing-file']);
  });
});
