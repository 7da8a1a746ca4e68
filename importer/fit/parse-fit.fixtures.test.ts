// Facts about real files (../shared/fixtures/MANIFEST.md: what each source
// project asserts in its own tests), one test per file, with the tolerance
// each comparison allows and why.
import { Decoder, Stream } from '@garmin/fitsdk';
import { expect, test } from 'vitest';
import type { ImportResult, Leg, Session } from '../../shared/model';
import { describeWithFixtures, fixture, listFixtures } from '../../tests/support/fixtures';
import { parseFit } from './parse-fit';

function parse(path: string): ImportResult {
  return parseFit(fixture(path), path.split('/').pop()!);
}

function only(path: string): Session {
  const r = parse(path);
  expect(r.errors).toEqual([]);
  expect(r.sessions).toHaveLength(1);
  return r.sessions[0]!;
}

const iso = (ms: number) => new Date(ms).toISOString();
const hms = (h: number, m: number, s: number) => h * 3600 + m * 60 + s;
const legSports = (s: Session) => s.legs.map((l) => l.sport);

describeWithFixtures('FIT fixtures', () => {
  test('elevate__huez.fit: elevate spec start, distance, ascent, calories, HR', () => {
    const s = only('fit/elevate__huez.fit');
    expect(s.sport).toBe('cycling');
    expect(iso(s.start)).toBe('2015-07-10T08:58:32.000Z');
    // elevate's end (15:05:48Z) is the session message's timestamp; the device's
    // total_elapsed_time (22028.317 s) ends 7.7 s before it.
    expect(Math.abs(s.start + s.elapsedS * 1000 - Date.parse('2015-07-10T15:05:48Z'))).toBeLessThan(8000);
    expect(s.distanceM).toBeCloseTo(141944.2, 2);
    expect(s.ascentM).toBe(2052);
    expect(s.calories).toBe(2629);
    // elevate computes HR from the records; we read the session message: within 1 bpm.
    expect(Math.abs(s.avgHr! - 148)).toBeLessThanOrEqual(1);
    expect(Math.abs(s.maxHr! - 174)).toBeLessThanOrEqual(1);
    expect(s.streams?.time).toHaveLength(13134);
    expect(s.sources[0]!.device).toEqual({
      manufacturer: 'garmin',
      product: 'edge810',
      serial: '3904096651',
      softwareVersion: '3.6',
    });
  });

  test('elevate__pool-swim.fit: 20 m pool, 39 lengths, ~780 m, moving ~23:10, elapsed ~23:31', () => {
    const s = only('fit/elevate__pool-swim.fit');
    expect(s.subSport).toBe('lap_swimming');
    expect(s.distanceM).toBe(780);
    expect(s.pool?.poolLengthM).toBe(20);
    expect(s.pool?.lengths).toHaveLength(39);
    expect(s.pool?.activeLengths).toBe(39);
    // elevate shows whole seconds ("~"): within 1 s.
    expect(Math.abs(s.movingS - hms(0, 23, 10))).toBeLessThanOrEqual(1);
    expect(Math.abs(s.elapsedS - hms(0, 23, 31))).toBeLessThanOrEqual(1);
    // Our SWOLF, mean of (length seconds + strokes): (1389.238 s + 596 strokes) / 39.
    expect(s.pool?.swolf).toBeCloseTo((1389.238 + 596) / 39, 6);
  });

  test('elevate__spiros-01.fit: 2300 m, 64 lengths, 36 laps, moving 44:02, elapsed 1:06:23', () => {
    const s = only('fit/elevate__spiros-01.fit');
    expect(s.distanceM).toBe(2300);
    expect(s.pool?.poolLengthM).toBe(50);
    expect(s.pool?.lengths).toHaveLength(64);
    expect(s.pool?.activeLengths).toBe(46);
    expect(s.laps).toHaveLength(36);
    // Moving time is the active lengths' time, 2642.113 s; elevate shows 44:02.
    expect(Math.abs(s.movingS - hms(0, 44, 2))).toBeLessThan(0.5);
    expect(Math.abs(s.elapsedS - hms(1, 6, 23))).toBeLessThan(0.5);
    // elevate's swolf['50'] 73.4 is 50 m / avg speed 0.908 m/s x (1 + 20 strokes/min / 60);
    // ours averages the 46 active lengths: (2642.113 s + 806 strokes) / 46.
    expect(s.pool?.swolf).toBeCloseTo((2642.113 + 806) / 46, 6);
    // Rest laps have no moving time.
    expect(s.laps[1]!.movingS).toBe(0);
    expect(s.warnings).toContain("heart rate taken from the chest strap's hr messages (3964 records)");
  });

  test('sports-lib__20181013_kona_ironman.fit: swim, T1, bike, T2, run legs as sports-lib asserts', () => {
    const s = only('fit/sports-lib__20181013_kona_ironman.fit');
    expect(s.sport).toBe('multisport');
    expect(legSports(s)).toEqual(['swimming', 'transition', 'cycling', 'transition', 'running']);
    const [swim, t1, bike, t2, run] = s.legs as [Leg, Leg, Leg, Leg, Leg];
    expect(swim.subSport).toBe('open_water');
    expect(iso(swim.start)).toBe('2018-10-13T17:05:01.000Z');
    // FIT stores distance in 1/100 m and time in 1/1000 s: sports-lib's values exactly.
    expect(swim.distanceM).toBeCloseTo(3933.3, 2);
    expect(swim.elapsedS).toBeCloseTo(3688.603, 3);
    expect(iso(bike.start)).toBe('2018-10-13T18:10:15.000Z');
    expect(bike.distanceM).toBeCloseTo(180301.58, 2);
    expect(bike.elapsedS).toBeCloseTo(17248.55, 3);
    expect(iso(run.start)).toBe('2018-10-13T22:57:45.000Z');
    expect(run.distanceM).toBeCloseTo(42563.91, 2);
    // sports-lib's run duration is the timer time (elapsed is 13141.182 s).
    expect(run.movingS).toBeCloseTo(13092.969, 3);
    // Laps go to the leg they were run in, as each session message counts them.
    expect(s.legs.map((l) => l.laps.length)).toEqual([8, 1, 19, 1, 44]);
    expect(s.laps).toHaveLength(73);
    const legTotal = (f: (l: Leg) => number) => s.legs.reduce((a, l) => a + f(l), 0);
    expect(s.distanceM).toBeCloseTo(
      legTotal((l) => l.distanceM ?? 0),
      6,
    );
    expect(s.elapsedS).toBeCloseTo(
      legTotal((l) => l.elapsedS),
      6,
    );
    expect(t1.elapsedS + t2.elapsedS).toBeCloseTo(225.576 + 0.757, 3);
    expect(s.utcOffsetS).toBe(-10 * 3600);
  });

  test('gc__MultiSport-2019-11-24.fit: swim 3.9 km, bike 179 km, run 34.7 km', () => {
    const s = only('fit/gc__MultiSport-2019-11-24.fit');
    expect(legSports(s)).toEqual(['swimming', 'transition', 'cycling', 'transition', 'running']);
    // GoldenCheetah's description rounds to 0.1 km (1 km for the bike).
    expect(Math.abs(s.legs[0]!.distanceM! / 1000 - 3.9)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(s.legs[2]!.distanceM! / 1000 - 179)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(s.legs[4]!.distanceM! / 1000 - 34.7)).toBeLessThanOrEqual(0.05);
  });

  test('fitparse__event_timestamp.fit: 25 yd pool (22.86 m), 166 lengths, 99 laps', () => {
    const s = only('fit/fitparse__event_timestamp.fit');
    expect(s.pool?.poolLengthM).toBeCloseTo(22.86, 6);
    expect(s.pool?.lengths).toHaveLength(166);
    expect(s.laps).toHaveLength(99);
  });

  test('gc__lap_swim_test_FR920xt.FIT: 133 lengths, 58 laps including rest laps', () => {
    const s = only('fit/gc__lap_swim_test_FR920xt.FIT');
    expect(s.pool?.poolLengthM).toBe(25);
    expect(s.pool?.lengths).toHaveLength(133);
    expect(s.laps).toHaveLength(58);
  });

  test('garmin-sdk__WithGearChangeData.fit: no session message, summary from the records', () => {
    const s = only('fit/garmin-sdk__WithGearChangeData.fit');
    expect(s.warnings).toContain('no session message: summary derived from the records');
    expect(iso(s.start)).toBe('2022-06-22T23:08:37.000Z');
    // First record 23:08:37, last 23:41:35.
    expect(s.elapsedS).toBe(1978);
    // The records' cumulative distance ends at 12466.05 m (1/100 m resolution).
    expect(Math.abs(s.distanceM! - 12466.05)).toBeLessThanOrEqual(0.5);
    expect(s.avgPowerW).toBeGreaterThan(0);
    expect(s.avgHr).toBeGreaterThan(0);
    expect(s.laps).toEqual([]);
  });

  test('garmin-sdk__HrmPluginTestActivity.fit: the strap heart rate merged as the SDK merges it', () => {
    const bytes = fixture('fit/garmin-sdk__HrmPluginTestActivity.fit');
    const s = parseFit(bytes, 'HrmPluginTestActivity.fit').sessions[0]!;
    const sdk = new Decoder(Stream.fromByteArray(Array.from(bytes))).read({ mergeHeartRates: true });
    expect(sdk.errors).toEqual([]);
    const expected = (sdk.messages.recordMesgs ?? []).map((r) => r.heartRate ?? NaN);
    expect(Array.from(s.streams!.heartRate!)).toEqual(expected);
    expect(s.warnings).toContain("heart rate taken from the chest strap's hr messages (310 records)");
    // 121 hrv messages hold 151 intervals (some hold two or three); the
    // device's own placeholders (5 s while the strap lost contact) are kept
    // for HRV analysis to recognise, only unused slots are dropped.
    expect(s.rrIntervalsS).toHaveLength(151);
    expect(Array.from(s.rrIntervalsS!.slice(0, 3))).toEqual([1, 1.033, 1.044].map(Math.fround));
  });

  test('gc__moxy.fit: file_id without a type still imports', () => {
    const s = only('fit/gc__moxy.fit');
    expect(s.sport).toBe('other');
    expect(iso(s.start)).toBe('2014-11-04T03:46:33.000Z');
    expect(s.elapsedS).toBe(348);
    expect(s.laps).toHaveLength(3);
    expect(s.sources[0]!.device?.manufacturer).toBe('moxy');
  });

  test('fit-parser__snorkeling-unknown-sport.fit: a sport outside the model is other', () => {
    const s = only('fit/fit-parser__snorkeling-unknown-sport.fit');
    expect(s.sport).toBe('other');
    expect(s.distanceM).toBe(75);
    expect(s.elapsedS).toBeCloseTo(2111.01, 3);
  });

  test('fitparse__sample_mulitple_header.fit: chained triathlon with the strap hr in later files', () => {
    const s = only('fit/fitparse__sample_mulitple_header.fit');
    expect(legSports(s)).toEqual(['swimming', 'transition', 'cycling', 'transition', 'running']);
    expect(s.warnings.some((w) => w.startsWith("heart rate taken from the chest strap's hr messages"))).toBe(true);
  });

  test('fitparse__activity-large-fenxi2-multisport.fit: seven sessions, one multisport session', () => {
    const s = only('fit/fitparse__activity-large-fenxi2-multisport.fit');
    expect(legSports(s)).toEqual(['other', 'transition', 'running', 'transition', 'running', 'transition', 'cycling']);
    expect(s.laps).toHaveLength(7);
  });

  test('fit-parser__triathlon_summary_first/last.fit: summaries before or after the records read the same', () => {
    const first = only('fit/fit-parser__triathlon_summary_first.fit');
    const last = only('fit/fit-parser__triathlon_summary_last.fit');
    expect(legSports(first)).toEqual(['swimming', 'transition', 'cycling', 'transition', 'running']);
    const summary = ({ streams: _s, sources: _src, id: _id, rrIntervalsS: _rr, ...rest }: Session) => rest;
    expect(summary(first)).toEqual(summary(last));
  });

  test('fitparse__activity-settings.fit: a settings file chained after the activity adds nothing', () => {
    const r = parse('fit/fitparse__activity-settings.fit');
    expect(r.sessions).toHaveLength(1);
    expect(r.warnings).toEqual([]);
    expect(r.sessions[0]!.sport).toBe('running');
  });

  test('fitparse__DeveloperData.fit: records without any time cannot be placed', () => {
    const r = parse('fit/fitparse__DeveloperData.fit');
    expect(r.sessions).toEqual([]);
    expect(r.errors.map((e) => e.code)).toEqual(['no-data']);
    expect(r.errors[0]!.message).toContain('DeveloperData.fit has 3 records but none carries a time');
  });

  test('bad/DERIVED__truncated-60pct: the records before the cut are kept, and the warning says how much', () => {
    const r = parse('bad/DERIVED__truncated-60pct__fitparse__activity-small-fenix2-run.fit');
    expect(r.errors).toEqual([]);
    expect(r.sessions).toHaveLength(1);
    const s = r.sessions[0]!;
    // 1,696 records from 14:45:08Z over 1,713 s before the cut; the full file runs 2,832 s.
    expect(s.streams?.time).toHaveLength(1696);
    expect(s.elapsedS).toBe(1713);
    expect(s.warnings).toContain('no session message: summary derived from the records');
    expect(r.warnings.map((w) => w.code)).toEqual(['truncated']);
    expect(r.warnings[0]!.message).toMatch(/^DERIVED__truncated-60pct__fitparse__activity-small-fenix2-run\.fit: /);
    expect(r.warnings[0]!.message).toContain('The imported session keeps 29 min of recording before the break.');
  });

  test.each([
    ['fitparse__MonitoringFile.fit', 'activity monitoring'],
    ['fitparse__Settings.fit', 'device settings'],
    ['fitparse__WeightScaleSingleUser.fit', 'weight scale'],
  ])('non-activity/%s is reported as %s, not as a failure', (name, words) => {
    const r = parse(`fit/non-activity/${name}`);
    expect(r.sessions).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      {
        file: name,
        code: 'not-activity',
        message: `${name} is not an activity (FIT file type: ${words}): nothing to import`,
      },
    ]);
  });

  // Files whose own data breaks a plausibility rule, and why.
  const EXCEPTIONS: Readonly<Record<string, string>> = {
    // Records carry no timestamp at all: reported as no-data (tested above).
    'fit/fitparse__DeveloperData.fit': 'no time',
    // Forerunner 70 with an unset clock: times count from the FIT epoch (1990).
    'fit/fitparse__compressed-speed-distance.fit': 'clock unset',
    // elevate keeps it because its HR is abnormal (avg 234 bpm): flagged HR_AVG_ABNORMAL.
    'fit/elevate__flagged-hr.fit': 'abnormal heart rate',
  };

  test.each(listFixtures('fit', (p) => /\.fit$/i.test(p) && !p.includes('non-activity/') && !(p in EXCEPTIONS)))(
    '%s yields a plausible session',
    (path) => {
      const r = parse(path);
      expect(r.errors).toEqual([]);
      expect(r.sessions.length).toBeGreaterThanOrEqual(1);
      for (const s of r.sessions) {
        expect(s.start).toBeGreaterThan(Date.UTC(2000, 0, 1));
        expect(s.elapsedS).toBeGreaterThan(0);
        expect(s.movingS).toBeGreaterThanOrEqual(0);
        if (s.avgHr !== null) expect(s.avgHr).toBeGreaterThanOrEqual(30);
        if (s.avgHr !== null) expect(s.avgHr).toBeLessThanOrEqual(230);
        if (s.distanceM !== null) expect(s.distanceM).toBeGreaterThanOrEqual(0);
        if (s.streams)
          for (const [k, v] of Object.entries(s.streams))
            if (ArrayBuffer.isView(v)) expect(v, k).toHaveLength(s.streams.time.length);
      }
    },
  );
});
