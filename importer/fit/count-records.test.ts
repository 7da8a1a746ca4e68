import { expect, it } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { countRecords } from './count-records';
import { readFit } from './read-fit';

// The count sizes the columns once: it must equal what the decoder keeps, on
// plain, compressed-timestamp, hrv-heavy and cut-off files alike.
describeWithFixtures('countRecords', () => {
  const cases: readonly [string, number][] = [
    ['fit/elevate__huez.fit', 13_134],
    ['fit/fitparse__compressed-speed-distance.fit', 755], // every record message; the fitparse CSV compares 753 of them
    ['fit/gc__MultiSport-2019-11-24.fit', 45_805],
    ['bad/DERIVED__truncated-60pct__fitparse__activity-small-fenix2-run.fit', 1_696],
  ];
  it.each(cases)('%s holds %i records, as the decoder finds', (path, expected) => {
    const bytes = fixture(path);
    const headerSize = bytes[0]!;
    // Single-file fixtures: the data runs from the header to the CRC, or to the cut.
    const end = Math.min(headerSize + new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true), bytes.length);
    expect(countRecords(bytes, headerSize, end)).toBe(expected);
    expect(readFit(bytes).files[0]!.records.length).toBe(expected);
  });
});
