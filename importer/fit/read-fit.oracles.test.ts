// Corpus agreement: wherever @garmin/fitsdk's Decoder or fit-file-parser 6.1.2
// decodes a fixture without error, our record columns hold the same values.
// Only what each oracle returns is compared (issue 2 lists their gaps:
// fit-file-parser has no speed/distance from compressed_speed_distance and
// reads only the first chained file; the SDK rejects compressed timestamps).
import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import { expect, it } from 'vitest';
import { INVALID_SEMICIRCLE } from '../../shared/model';
import { describeWithFixtures, fixture, listFixtures } from '../../tests/support/fixtures';
import { MESSAGES } from './profile.generated';
import { readFit } from './read-fit';
import type { FitMessage, FitRecordColumns } from './types';

type Row = Record<string, unknown>;
const SEMICIRCLE_DEG = 180 / 2 ** 31;

// Tolerances: altitude and speed are Float32 columns (1 ulp is 0.001 m at 9,000 m and
// 8e-6 m/s at 60 m/s); distance is Float64 with the same scaling as the oracles;
// positions, heart rate, power, cadence and timestamps are integers or exact halves.
const TOL = { altitude: 1e-3, speed: 1e-4, distance: 1e-6, degrees: 1e-9 } as const;

interface Channel {
  readonly name: string;
  readonly ours: (r: FitRecordColumns, i: number) => number;
  readonly theirs: (row: Row) => number | undefined;
  readonly tolerance: number;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && !Number.isNaN(v) ? v : undefined);
const time = (v: unknown): number | undefined => (v instanceof Date ? v.getTime() : undefined);
const semicircles = (v: number) => (v === INVALID_SEMICIRCLE ? NaN : v);
const withFraction = (c: unknown, f: unknown) => (num(c) === undefined ? undefined : num(c)! + (num(f) ?? 0));

/** Compares every value the oracle has; returns how many were compared. */
function compare(ours: FitRecordColumns, theirs: readonly Row[], channels: readonly Channel[]): number {
  expect(ours.length).toBe(theirs.length);
  let compared = 0;
  for (const ch of channels) {
    theirs.forEach((row, i) => {
      const expected = ch.theirs(row);
      if (expected === undefined) return;
      const actual = ch.ours(ours, i);
      expect(Math.abs(actual - expected), `${ch.name} at record ${i}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
        ch.tolerance,
      );
      compared++;
    });
  }
  return compared;
}

const SDK_CHANNELS: readonly Channel[] = [
  { name: 'timestamp', ours: (r, i) => r.timestamp[i]!, theirs: (row) => time(row.timestamp), tolerance: 0 },
  {
    name: 'positionLat',
    ours: (r, i) => semicircles(r.positionLat[i]!),
    theirs: (row) => num(row.positionLat),
    tolerance: 0,
  },
  {
    name: 'positionLong',
    ours: (r, i) => semicircles(r.positionLong[i]!),
    theirs: (row) => num(row.positionLong),
    tolerance: 0,
  },
  {
    name: 'altitude',
    ours: (r, i) => r.altitude[i]!,
    theirs: (row) => num(row.enhancedAltitude) ?? num(row.altitude),
    tolerance: TOL.altitude,
  },
  { name: 'distance', ours: (r, i) => r.distance[i]!, theirs: (row) => num(row.distance), tolerance: TOL.distance },
  {
    name: 'speed',
    ours: (r, i) => r.speed[i]!,
    theirs: (row) => num(row.enhancedSpeed) ?? num(row.speed),
    tolerance: TOL.speed,
  },
  { name: 'heartRate', ours: (r, i) => r.heartRate[i]!, theirs: (row) => num(row.heartRate), tolerance: 0 },
  { name: 'power', ours: (r, i) => r.power[i]!, theirs: (row) => num(row.power), tolerance: 0 },
  {
    name: 'cadence',
    ours: (r, i) => r.cadence[i]!,
    theirs: (row) => withFraction(row.cadence, row.fractionalCadence),
    tolerance: 0,
  },
];

const PARSER_CHANNELS: readonly Channel[] = [
  { name: 'timestamp', ours: (r, i) => r.timestamp[i]!, theirs: (row) => time(row.timestamp), tolerance: 0 },
  {
    name: 'position_lat',
    ours: (r, i) => semicircles(r.positionLat[i]!) * SEMICIRCLE_DEG,
    theirs: (row) => num(row.position_lat),
    tolerance: TOL.degrees,
  },
  {
    name: 'position_long',
    ours: (r, i) => semicircles(r.positionLong[i]!) * SEMICIRCLE_DEG,
    theirs: (row) => num(row.position_long),
    tolerance: TOL.degrees,
  },
  {
    name: 'altitude',
    ours: (r, i) => r.altitude[i]!,
    theirs: (row) => num(row.enhanced_altitude) ?? num(row.altitude),
    tolerance: TOL.altitude,
  },
  { name: 'distance', ours: (r, i) => r.distance[i]!, theirs: (row) => num(row.distance), tolerance: TOL.distance },
  {
    name: 'speed',
    ours: (r, i) => r.speed[i]!,
    theirs: (row) => num(row.enhanced_speed) ?? num(row.speed),
    tolerance: TOL.speed,
  },
  { name: 'heart_rate', ours: (r, i) => r.heartRate[i]!, theirs: (row) => num(row.heart_rate), tolerance: 0 },
  { name: 'power', ours: (r, i) => r.power[i]!, theirs: (row) => num(row.power), tolerance: 0 },
  {
    name: 'cadence',
    ours: (r, i) => r.cadence[i]!,
    theirs: (row) => withFraction(row.cadence, row.fractional_cadence),
    tolerance: 0,
  },
];

/** Records of every file, end to end, as the SDK concatenates chained files. */
function allRecords(bytes: Uint8Array): FitRecordColumns {
  const files = readFit(bytes).files;
  if (files.length === 1) return files[0]!.records;
  const rows = files.flatMap((f) => Array.from({ length: f.records.length }, (_, i) => [f.records, i] as const));
  const pick = <K extends keyof FitRecordColumns>(k: K) =>
    rows.map(([r, i]) => (r[k] as unknown as ArrayLike<number>)[i]!);
  return {
    ...files[0]!.records,
    length: rows.length,
    timestamp: Float64Array.from(pick('timestamp')),
    positionLat: Int32Array.from(pick('positionLat')),
    positionLong: Int32Array.from(pick('positionLong')),
    altitude: Float32Array.from(pick('altitude')),
    distance: Float64Array.from(pick('distance')),
    speed: Float32Array.from(pick('speed')),
    heartRate: Float32Array.from(pick('heartRate')),
    power: Float32Array.from(pick('power')),
    cadence: Float32Array.from(pick('cadence')),
  };
}

const FILES = listFixtures('fit', (p) => /\.fit$/i.test(p));

// Where each oracle gives up (checked, so a regression in either direction shows).
const SDK_FAILS = new Set([
  'fit/fit-parser__triathlon_summary_first.fit', // JS TypeError inside read() (MANIFEST)
  'fit/fit-parser__triathlon_summary_last.fit',
  'fit/fitparse__compressed-speed-distance.fit', // compressed timestamp headers unsupported
]);
const PARSER_FAILS = new Set<string>([]);

describeWithFixtures('readFit agrees with @garmin/fitsdk and fit-file-parser', () => {
  it('covers the whole fit/ folder', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(60);
  });

  for (const path of FILES) {
    it(path, async () => {
      const bytes = fixture(path);
      const ours = readFit(bytes);
      expect(ours.errors).toEqual([]);
      const hasRecords = ours.files.some((f) => f.records.length > 0);
      // mergeHeartRates off: hr messages are the session builder's job, not the reader's.
      const sdk = new Decoder(Stream.fromByteArray(bytes)).read({ mergeHeartRates: false });
      expect(sdk.errors.length > 0).toBe(SDK_FAILS.has(path));
      if (sdk.errors.length === 0) {
        const n = compare(allRecords(bytes), (sdk.messages.recordMesgs ?? []) as Row[], SDK_CHANNELS);
        expect(n > 0).toBe(hasRecords);
      }
      const parser = new FitParser({
        mode: 'list',
        force: true,
        speedUnit: 'm/s',
        lengthUnit: 'm',
        temperatureUnit: 'celsius',
      });
      const parsed = await parser.parseAsync(Buffer.from(bytes)).catch(() => null);
      expect(parsed === null).toBe(PARSER_FAILS.has(path));
      if (parsed) {
        const first = ours.files[0]!.records;
        const n = compare(first, (parsed as { records?: Row[] }).records ?? [], PARSER_CHANNELS);
        expect(n > 0).toBe(first.length > 0);
      }
    });
  }
});

// Where our messages differ from the SDK's by design:
// - enum tables left out of profile.generated.ts as not worth their size (the SDK names them, we keep numbers);
// - developerDataId/fieldDescription, which the SDK leaves raw and we name like any message;
// - "key", the SDK's own bookkeeping on fieldDescription;
// - hrv, whose times we decode into the rrIntervals column (Float32, unused slots dropped), not into messages.
const BY_DESIGN = new Set([
  'deviceInfo.deviceIndex',
  'userProfile.language',
  'userProfile.positionSetting',
  'timeInZone.referenceMesg',
  'event.diveAlert',
  'fieldDescription.fitBaseTypeId',
  'developerDataId.manufacturerId',
  'fieldDescription.key',
]);
const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const PROFILE_NAMES = new Set(Object.values(MESSAGES).map((m) => m.name));

function sdkValue(name: string, v: unknown): unknown {
  if (v instanceof Date) return v.getTime();
  // local_date_time: the SDK keeps FIT seconds; we give it as epoch ms like every date.
  if (name === 'activity.localTimestamp' && typeof v === 'number') return FIT_EPOCH_MS + v * 1000;
  return v;
}

function sameValue(ours: unknown, theirs: unknown): boolean {
  if (typeof ours === 'number' && typeof theirs === 'number')
    return Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs));
  return JSON.stringify(ours) === JSON.stringify(theirs);
}

describeWithFixtures('readFit messages agree with @garmin/fitsdk', () => {
  for (const path of FILES.filter((p) => !SDK_FAILS.has(p))) {
    it(path, () => {
      const bytes = fixture(path);
      const sdk = new Decoder(Stream.fromByteArray(bytes)).read({ mergeHeartRates: false });
      const files = readFit(bytes).files;
      for (const [key, list] of Object.entries(sdk.messages)) {
        const name = key.replace(/Mesgs$/, '');
        if (name === 'record' || !PROFILE_NAMES.has(name)) continue;
        if (name === 'hrv') {
          // The SDK gives unused (0xFFFF) slots as null.
          const times = (list as Row[]).flatMap((m) => ([] as unknown[]).concat(m.time)).filter((t) => t !== null);
          expect(files.flatMap((f) => Array.from(f.rrIntervals))).toEqual(times.map((t) => Math.fround(t as number)));
          expect(files.some((f) => 'hrv' in f.messages)).toBe(false);
          continue;
        }
        const ours: FitMessage[] = files.flatMap((f) => f.messages[name] ?? []);
        const theirs = list as Row[];
        expect(ours.length, name).toBe(theirs.length);
        theirs.forEach((m, i) => {
          for (const [field, value] of Object.entries(m)) {
            const what = `${name}.${field}`;
            // null and NaN are the SDK's absent values (NaN: an all-ones float32).
            if (field === 'developerFields' || BY_DESIGN.has(what) || value === null || Number.isNaN(value)) continue;
            const expected = sdkValue(what, value);
            expect(
              sameValue(ours[i]![field], expected),
              `${what} #${i}: ${JSON.stringify(ours[i]![field])} vs ${JSON.stringify(expected)}`,
            ).toBe(true);
          }
        });
      }
    });
  }
});
