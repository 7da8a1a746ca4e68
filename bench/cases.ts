// The files the benchmark decodes, declared as data: generated 1 Hz tracks of
// known length (tests/support writers) and the largest real fixtures.
import { join } from 'node:path';
import { fixture, FIXTURES_DIR, fixturesAvailable } from '../tests/support/fixtures';
import { makeKnownTrack } from '../tests/support/known-track';
import { writeKnownTrackFit } from '../tests/support/write-fit';
import { writeKnownGpx } from '../tests/support/write-gpx';
import { writeKnownTcx } from '../tests/support/write-tcx';
import type { Format } from './contenders';

export interface BenchCase {
  readonly name: string;
  readonly format: Format;
  /** The bytes, or null when the fixture folder is absent. */
  readonly load: () => Uint8Array | null;
}

const HOUR = 3600;
const track = (hours: number) => makeKnownTrack({ seconds: hours * HOUR });
const text = (s: string) => new TextEncoder().encode(s);
const fromFixtures = (path: string) => () => (fixturesAvailable ? fixture(path) : null);

export const CASES: readonly BenchCase[] = [
  { name: 'generated 1 h', format: 'fit', load: () => writeKnownTrackFit(track(1)) },
  { name: 'generated 5 h', format: 'fit', load: () => writeKnownTrackFit(track(5)) },
  { name: 'generated 24 h', format: 'fit', load: () => writeKnownTrackFit(track(24)) },
  { name: 'gc__MultiSport-2019-11-24.fit', format: 'fit', load: fromFixtures('fit/gc__MultiSport-2019-11-24.fit') },
  {
    name: 'sports-lib__20181013_kona_ironman.fit',
    format: 'fit',
    load: fromFixtures('fit/sports-lib__20181013_kona_ironman.fit'),
  },
  { name: 'generated 1 h', format: 'gpx', load: () => text(writeKnownGpx(track(1))) },
  { name: 'generated 5 h', format: 'gpx', load: () => text(writeKnownGpx(track(5))) },
  { name: 'sports-lib__amazfit.gpx', format: 'gpx', load: fromFixtures('gpx/sports-lib__amazfit.gpx') },
  { name: 'generated 1 h', format: 'tcx', load: () => text(writeKnownTcx(track(1))) },
  { name: 'generated 5 h', format: 'tcx', load: () => text(writeKnownTcx(track(5))) },
  { name: 'gc__2008_12_28_08_13_27.tcx', format: 'tcx', load: fromFixtures('tcx/gc__2008_12_28_08_13_27.tcx') },
];

export const FIXTURES_MISSING = `fixture rows skipped: ${join(FIXTURES_DIR, 'MANIFEST.md')} not found`;
