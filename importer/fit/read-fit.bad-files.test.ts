// Every file in fixtures/bad: the right problem code, a message, and what could be kept.
import { expect, it } from 'vitest';
import { describeWithFixtures, fixture, listFixtures } from '../../tests/support/fixtures';
import { readFit } from './read-fit';

interface Expected {
  /** Records kept, per FIT file returned. */
  readonly records: readonly number[];
  readonly warnings: readonly string[];
  readonly errors: readonly string[];
}

const ok = (records: number[], warnings: string[] = [], errors: string[] = []): Expected => ({
  records,
  warnings,
  errors,
});

const EXPECTED: Readonly<Record<string, Expected>> = {
  'bad/DERIVED__empty.gpx': ok([], [], ['empty-file']),
  'bad/DERIVED__file-crc-flipped__fitparse__garmin-fenix-5-run.fit': ok([21], ['bad-crc']),
  'bad/DERIVED__header-crc-wrong__fitparse__garmin-fenix-5-run.fit': ok([21], ['bad-crc']),
  // data_size 0x7FFFFFF0: read to the end, where a valid CRC closes the data.
  'bad/DERIVED__header-datasize-huge__fitparse__garmin-fenix-5-run.fit': ok([21], ['bad-header']),
  'bad/DERIVED__header-size-byte-255__fitparse__garmin-fenix-5-run.fit': ok([], [], ['bad-header']),
  'bad/DERIVED__not-a-fit__togeojson__run_gpxtpx.gpx-renamed.fit': ok([], [], ['unknown-format']),
  // A real FIT with a misleading name: the reader looks at bytes, not names.
  'bad/DERIVED__plain-fit-named-gz__fitparse__garmin-fenix-5-bike.fit.gz': ok([19]),
  // The full file has 2,809 records; the first 60% holds 1,696 whole ones.
  'bad/DERIVED__truncated-60pct__fitparse__activity-small-fenix2-run.fit': ok([1696], ['truncated']),
  // gzip bytes: unwrapping archives is the format detector's job, not the FIT reader's.
  'bad/DERIVED__truncated-gzip__fitparse__garmin-fenix-5-bike.fit.gz': ok([], [], ['unknown-format']),
  'bad/DERIVED__truncated-xml__togeojson__run.gpx': ok([], [], ['unknown-format']),
  'bad/DERIVED__truncated-xml__togeojson__sample.tcx': ok([], [], ['unknown-format']),
  'bad/elevate__MACOSX-._empty.fit': ok([], [], ['unknown-format']),
  'bad/elevate__empty.fit': ok([], [], ['empty-file']),
  'bad/fitparse__activity-activity-filecrc.fit': ok([14, 14], ['bad-crc']),
  'bad/fitparse__activity-filecrc.fit': ok([14], ['bad-crc']),
  'bad/fitparse__activity-settings-corruptheader.fit': ok([14], [], ['bad-header']),
  'bad/fitparse__activity-settings-nodata.fit': ok([14], [], ['truncated']),
  'bad/fitparse__activity-unexpected-eof.fit': ok([14], ['truncated']),
  // MANIFEST: unterminated, 14,391 records readable.
  'bad/fitparse__nick.fit': ok([14391], ['truncated']),
  // data_size 19 bytes past the end, and at byte 7471 a message for an undefined local type
  // (the SDK stops at the same place): everything before it is kept.
  'bad/fitparse__strava-android-app-201.10-b1218918.fit': ok([473], ['corrupt']),
  // data_size 0 (never finalised); 86,004 bytes follow and end mid-message.
  'bad/sports-lib__broken.fit': ok([2319], ['truncated']),
};

describeWithFixtures('readFit on fixtures/bad', () => {
  it('has an expectation for every bad file', () => {
    expect(listFixtures('bad')).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [path, expected] of Object.entries(EXPECTED)) {
    it(path, () => {
      const result = readFit(fixture(path));
      expect(result.files.map((f) => f.records.length)).toEqual(expected.records);
      expect(result.warnings.map((w) => w.code)).toEqual(expected.warnings);
      expect(result.errors.map((e) => e.code)).toEqual(expected.errors);
      for (const p of [...result.warnings, ...result.errors]) {
        expect(p.message.length).toBeGreaterThan(30);
        expect(p.offset).toBeGreaterThanOrEqual(0);
      }
      // Whatever was kept is said: every truncation names the records it kept.
      for (const p of result.warnings.filter((w) => w.code === 'truncated')) {
        expect(p.message).toContain(`kept ${expected.records.at(-1)} records`);
      }
    });
  }
});
