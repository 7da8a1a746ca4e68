// Every broken file in ../shared/fixtures/bad, through the importer's front
// door: each yields a clear error, or a warning alongside the data that could
// be kept. One row per file; a new bad file without a row fails the test.
import { expect, it } from 'vitest';
import type { ImportIssueCode } from '../shared/model';
import { importFiles } from '../importer';
import { describeWithFixtures, fixture, listFixtures } from './support/fixtures';

interface Expected {
  /** Where the file's main issue lands. */
  readonly severity: 'error' | 'warning';
  readonly code: ImportIssueCode;
  /** Sessions kept from what could be read. */
  readonly sessions: number;
}

const err = (code: ImportIssueCode, sessions = 0): Expected => ({ severity: 'error', code, sessions });
const warn = (code: ImportIssueCode, sessions = 1): Expected => ({ severity: 'warning', code, sessions });

const EXPECTED: Readonly<Record<string, Expected>> = {
  'DERIVED__empty.gpx': err('empty-file'),
  'DERIVED__file-crc-flipped__fitparse__garmin-fenix-5-run.fit': warn('bad-crc'),
  'DERIVED__header-crc-wrong__fitparse__garmin-fenix-5-run.fit': warn('bad-crc'),
  // The size field says ~2 GiB; the data that is there (with a valid CRC) is read.
  'DERIVED__header-datasize-huge__fitparse__garmin-fenix-5-run.fit': warn('bad-header'),
  'DERIVED__header-size-byte-255__fitparse__garmin-fenix-5-run.fit': err('bad-header'),
  // A GPX named .fit is read as GPX, and the name is pointed out.
  'DERIVED__not-a-fit__togeojson__run_gpxtpx.gpx-renamed.fit': warn('unknown-format'),
  // A plain FIT named .fit.gz is read as FIT.
  'DERIVED__plain-fit-named-gz__fitparse__garmin-fenix-5-bike.fit.gz': warn('unknown-format'),
  'DERIVED__truncated-60pct__fitparse__activity-small-fenix2-run.fit': warn('truncated'),
  // The gzip breaks off; the FIT records inflated before the break are kept.
  'DERIVED__truncated-gzip__fitparse__garmin-fenix-5-bike.fit.gz': err('truncated', 1),
  'DERIVED__truncated-xml__togeojson__run.gpx': warn('truncated'),
  'DERIVED__truncated-xml__togeojson__sample.tcx': warn('truncated'),
  'elevate__MACOSX-._empty.fit': warn('not-activity', 0),
  'elevate__empty.fit': err('empty-file'),
  // Chained: the first activity is sound, the second has a wrong CRC; both kept.
  'fitparse__activity-activity-filecrc.fit': warn('bad-crc', 2),
  'fitparse__activity-filecrc.fit': warn('bad-crc'),
  'fitparse__activity-settings-corruptheader.fit': err('bad-header', 1),
  'fitparse__activity-settings-nodata.fit': err('truncated', 1),
  'fitparse__activity-unexpected-eof.fit': warn('truncated'),
  'fitparse__nick.fit': warn('truncated'),
  'fitparse__strava-android-app-201.10-b1218918.fit': warn('corrupt'),
  'sports-lib__broken.fit': warn('truncated'),
};

describeWithFixtures('bad input', () => {
  const files = listFixtures('bad').map((p) => p.slice('bad/'.length));

  it('has a row for every file in bad/', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', async (name) => {
    const expected = EXPECTED[name]!;
    const result = await importFiles([{ name: `bad/${name}`, bytes: fixture(`bad/${name}`) }]);
    const issues = expected.severity === 'error' ? result.errors : result.warnings;
    expect(issues.map((i) => i.code)).toContain(expected.code);
    expect(result.sessions).toHaveLength(expected.sessions);
    for (const issue of [...result.errors, ...result.warnings]) {
      expect(issue.file).toBe(`bad/${name}`);
      // The message names the file, then says what is wrong in a sentence.
      expect(issue.message.startsWith(`bad/${name}`)).toBe(true);
      expect(issue.message.slice(`bad/${name}`.length).split(' ').length).toBeGreaterThan(4);
    }
  });

  it('imports all of them together without throwing, one file at a time', async () => {
    const result = await importFiles(files.map((name) => ({ name, bytes: fixture(`bad/${name}`) })));
    const errorFiles = new Set(result.errors.map((e) => e.file));
    const expectedErrorFiles = Object.entries(EXPECTED).filter(([, e]) => e.severity === 'error');
    for (const [name] of expectedErrorFiles) expect(errorFiles).toContain(name);
  });
});
