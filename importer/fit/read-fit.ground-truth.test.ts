// Record values against python-fitparse's ground-truth CSVs (fixtures
// fitparse__*-records.csv, asserted by fitparse's own tests/test.py).
import { describe, expect, it } from 'vitest';
import { INVALID_SEMICIRCLE } from '../../shared/model';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { readFit } from './read-fit';
import type { FitRecordColumns } from './types';

const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const text = (path: string) => new TextDecoder().decode(fixture(path));

function rows(path: string): string[][] {
  return text(path)
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

/** Empty or "null" cells mean the record has no value. */
const num = (cell: string | undefined) => (cell === undefined || cell === '' || cell === 'null' ? NaN : Number(cell));

function expectClose(actual: number, expected: number, tolerance: number, what: string): void {
  if (Number.isNaN(expected)) expect(actual, what).toBeNaN();
  else expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function records(path: string): FitRecordColumns {
  const result = readFit(fixture(path));
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  return result.files[0]!.records;
}

describeWithFixtures('readFit: records equal fitparse ground truth', () => {
  // Columns: timestamp,heart_rate,cadence,speed,distance,position_lat,position_long,altitude,temperature.
  // Timestamps are local (PDT) wall-clock strings that Date.parse reads with their zone.
  // Tolerances: speed 1e-3 m/s and altitude 1e-3 m (our columns are Float32; the CSV has the
  // profile-scaled doubles), distance 1e-9 m (Float64, same scaling); everything else exact.
  // Cadence: the CSVs leave out fractional_cadence, which our column adds (0.5 rpm steps on the
  // fenix 5), so ours minus the CSV is in [0, 1). The edge 500 CSV writes 0 for records that
  // carry no cadence at all, and repeats the last position on records without a GPS fix
  // (@garmin/fitsdk's Decoder agrees those records have none): both counted exactly.
  const cases = [
    ['garmin-edge-500-activity', 121, 9],
    ['garmin-edge-820-bike', 0, 0],
    ['garmin-fenix-5-bike', 0, 0],
    ['garmin-fenix-5-run', 0, 0],
    ['garmin-fenix-5-walk', 0, 0],
  ] as const;
  for (const [name, cadenceZeroForMissing, positionCarriedForward] of cases) {
    it(`fitparse__${name}.fit`, () => {
      const r = records(`fit/fitparse__${name}.fit`);
      const expected = rows(`fit/fitparse__${name}-records.csv`);
      expect(r.length).toBe(expected.length);
      let zeroForMissing = 0;
      let carried = 0;
      expected.forEach((row, i) => {
        const at = `row ${i}`;
        expect(r.timestamp[i], at).toBe(Date.parse(row[0]!));
        expectClose(r.heartRate[i]!, num(row[1]), 0, `${at} heart rate`);
        const cadence = num(row[2]);
        if (Number.isNaN(r.cadence[i]!) && cadence === 0) zeroForMissing++;
        else expectClose(Math.floor(r.cadence[i]!), cadence, 0, `${at} cadence`);
        expectClose(r.speed[i]!, num(row[3]), 1e-3, `${at} speed`);
        expectClose(r.distance[i]!, num(row[4]), 1e-9, `${at} distance`);
        const previous = expected[i - 1];
        if (r.positionLat[i] === INVALID_SEMICIRCLE && previous && row[5] === previous[5] && row[6] === previous[6]) {
          carried++;
        } else {
          expect(r.positionLat[i], at).toBe(row[5] === '' ? INVALID_SEMICIRCLE : Number(row[5]));
          expect(r.positionLong[i], at).toBe(row[6] === '' ? INVALID_SEMICIRCLE : Number(row[6]));
        }
        expectClose(r.altitude[i]!, num(row[7]), 1e-3, `${at} altitude`);
        expectClose(r.temperature[i]!, num(row[8]), 0, `${at} temperature`);
      });
      expect(zeroForMissing).toBe(cadenceZeroForMissing);
      expect(carried).toBe(positionCarriedForward);
    });
  }

  describe('fitparse__compressed-speed-distance.fit (compressed timestamps, compressed_speed_distance)', () => {
    it('matches every CSV row after the empty first record, speed and accumulated 12-bit distance included', () => {
      const r = records('fit/fitparse__compressed-speed-distance.fit');
      const expected = rows('fit/fitparse__compressed-speed-distance-records.csv');
      // fitparse's test skips the first record: it carries only a timestamp (17217864).
      expect(r.length).toBe(expected.length + 1);
      expect(r.timestamp[0]).toBe(FIT_EPOCH_MS + 17217864 * 1000);
      expect(r.speed[0]).toBeNaN();
      expected.forEach((row, k) => {
        const i = k + 1;
        const at = `row ${k}`;
        expect(r.timestamp[i], at).toBe(FIT_EPOCH_MS + Number(row[0]) * 1000);
        expectClose(r.heartRate[i]!, num(row[1]), 0, `${at} heart rate`);
        // Speed is 12 bits in 1/100 m/s: exact to Float32 rounding.
        expectClose(r.speed[i]!, num(row[2]), 1e-6, `${at} speed`);
        // Distance is 12 bits in 1/16 m, accumulated: exact in binary.
        expectClose(r.distance[i]!, num(row[3]), 0, `${at} distance`);
        expectClose(r.cadence[i]!, num(row[4]), 0, `${at} cadence`);
      });
    });
  });
});
