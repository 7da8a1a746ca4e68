import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixture, listFixtures } from '../tests/support/fixtures';
import { detectFormat } from './detect';

const text = (s: string) => new TextEncoder().encode(s);

describeWithFixtures('detectFormat on the fixtures', () => {
  const activityFiles = [
    ...listFixtures('fit', (p) => /\.fit$/i.test(p)).map((p) => [p, 'fit'] as const),
    ...listFixtures('gpx').map((p) => [p, 'gpx'] as const),
    ...listFixtures('tcx').map((p) => [p, 'tcx'] as const),
  ];
  it.each(activityFiles)('%s is %s', (path, format) => {
    expect(detectFormat(fixture(path)).format).toBe(format);
  });

  it.each([
    ['export/elevate__samples.zip', 'zip'],
    ['export/gc__14582164182.fit.gz', 'gzip'],
    ['export/gc__GarminFR955v18.zip', 'zip'],
    ['export/strava-layout-DERIVED/activities.csv', 'strava-activities-csv'],
    ['export/strava-layout-DERIVED/activities/1003.gpx.gz', 'gzip'],
    // Names lie; bytes do not.
    ['bad/DERIVED__not-a-fit__togeojson__run_gpxtpx.gpx-renamed.fit', 'gpx'],
    ['bad/DERIVED__plain-fit-named-gz__fitparse__garmin-fenix-5-bike.fit.gz', 'fit'],
    ['bad/elevate__MACOSX-._empty.fit', 'apple-double'],
    ['bad/elevate__empty.fit', 'empty'],
    // A header-size byte of 255 is still FIT; its decoder reports the bad header.
    ['bad/DERIVED__header-size-byte-255__fitparse__garmin-fenix-5-run.fit', 'fit'],
    ['fit/fitparse__garmin-fenix-5-run-records.csv', 'unknown'],
  ])('%s is %s', (path, format) => {
    expect(detectFormat(fixture(path)).format).toBe(format);
  });
});

describe('detectFormat on hand-made prologues', () => {
  it('skips a byte order mark, declaration, comments and whitespace to the root', () => {
    const xml = '\ufeff<?xml version="1.0"?>\n<!-- exported -->\n  <!-- twice -->\r\n<gpx version="1.1">';
    expect(detectFormat(text(xml))).toEqual({ format: 'gpx', xmlRoot: 'gpx' });
  });

  it('reads the local name of a prefixed root', () => {
    expect(detectFormat(text('<tcd:TrainingCenterDatabase xmlns:tcd="x">'))).toEqual({
      format: 'tcx',
      xmlRoot: 'TrainingCenterDatabase',
    });
  });

  it('names other XML by its root, and leaves a cut-off prologue unknown', () => {
    expect(detectFormat(text('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2">'))).toEqual({
      format: 'other-xml',
      xmlRoot: 'kml',
    });
    expect(detectFormat(text('<?xml version="1.0"?><!-- never closed')).format).toBe('unknown');
    expect(detectFormat(text('<gpx')).format).toBe('unknown');
  });

  it('knows an empty zip by its end record', () => {
    expect(detectFormat(zipSync({})).format).toBe('zip');
  });

  it('does not take plain text or a lone "<" for XML', () => {
    expect(detectFormat(text('hello')).format).toBe('unknown');
    expect(detectFormat(text('<')).format).toBe('unknown');
  });
});

describe('detectFormat on activity-json', () => {
  it('recognises a JSON object whose first member names the SessionsAI activity format', () => {
    expect(detectFormat(text('{"format":"sessionsai.activity","version":1}')).format).toBe('activity-json');
    expect(detectFormat(text('\ufeff { "format" : "sessionsai.activity" }')).format).toBe('activity-json');
  });

  it('leaves other JSON unknown', () => {
    expect(detectFormat(text('{"format":"something.else"}')).format).toBe('unknown');
    expect(detectFormat(text('{"version":1,"format":"sessionsai.activity"}')).format).toBe('unknown');
  });
});
