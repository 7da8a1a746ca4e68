import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixture, fixtureMatches } from '../../tests/support/fixtures';
import { makeKnownTrack } from '../../tests/support/known-track';
import { onlySession } from '../../tests/support/only-session';
import { knownTcxLaps, writeKnownTcx } from '../../tests/support/write-tcx';
import { parseTcx } from './parse-tcx';

const utf8 = (s: string) => new TextEncoder().encode(s);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('parseTcx on the known track (laps with totals, TPX and LX extensions)', () => {
  const track = makeKnownTrack({ seconds: 3600, pause: { at: 1200, seconds: 300 } });
  const pts = track.points;
  const { laps: written } = knownTcxLaps(track);
  const session = onlySession(parseTcx(utf8(writeKnownTcx(track, { notes: 'Tempo &amp; hills' })), 'known.tcx'));
  const st = session.streams!;

  it('returns every sample exactly (Float32 channels as Math.fround of the written value)', () => {
    expect(st.time.length).toBe(pts.length);
    pts.forEach((p, i) => {
      expect(st.time[i]).toBe(p.t);
      expect(st.positions!.lat[i]).toBe(p.lat);
      expect(st.positions!.lon[i]).toBe(p.lon);
      expect(st.distance![i]).toBe(p.distance);
      expect(st.altitude![i]).toBe(Math.fround(p.altitude));
      expect(st.speed![i]).toBe(Math.fround(p.speed));
      expect(st.heartRate![i]).toBe(p.hr);
      expect(st.cadence![i]).toBe(p.cadence);
      expect(st.power![i]).toBe(p.power);
    });
  });

  it('takes lap totals from the file', () => {
    expect(session.laps).toHaveLength(written.length);
    session.laps.forEach((lap, k) => {
      const w = written[k]!;
      expect(lap).toMatchObject({
        start: w.startMs,
        movingS: w.totalTimeS,
        distanceM: w.distanceM,
        maxSpeed: w.maxSpeed,
        calories: w.calories,
        avgHr: w.avgHr,
        maxHr: w.maxHr,
        avgCadence: w.avgCadence,
        avgPowerW: w.avgWatts,
        maxPowerW: w.maxWatts,
        trigger: 'time',
      });
      expect(lap.avgSpeed).toBe(w.distanceM / w.totalTimeS);
    });
  });

  it('sums laps into the session and derives what TCX leaves out (ascent)', () => {
    expect(session.sport).toBe('cycling');
    expect(session.start).toBe(track.start);
    expect(session.movingS).toBe(sum(written.map((w) => w.totalTimeS)));
    // The last lap declares 600 s of timer from t=3000, one second past the last point (t=3599).
    expect(session.elapsedS).toBe(3600);
    expect(session.distanceM).toBeCloseTo(pts.at(-1)!.distance, 6);
    expect(session.calories).toBe(sum(written.map((w) => w.calories)));
    expect(session.maxHr).toBe(Math.max(...pts.map((p) => p.hr)));
    expect(session.maxPowerW).toBe(Math.max(...pts.map((p) => p.power)));
    // Moving-time-weighted mean of the lap averages the file declares.
    expect(session.avgHr).toBeCloseTo(sum(written.map((w) => w.avgHr * w.totalTimeS)) / session.movingS, 9);
    expect(session.ascentM).toBeGreaterThan(250);
    expect(session.notes).toBe('Tempo & hills');
    expect(session.sources[0]!.device).toEqual({
      manufacturer: null,
      product: 'SessionsAI test writer',
      serial: '1234',
      softwareVersion: '1.2',
    });
  });

  it('reports empty, non-XML and non-TCX input as errors without throwing', () => {
    expect(parseTcx(new Uint8Array(0), 'a.tcx').errors[0]?.code).toBe('empty-file');
    expect(parseTcx(utf8('<gpx/>'), 'b.tcx').errors[0]?.code).toBe('unknown-format');
    expect(
      parseTcx(utf8('<TrainingCenterDatabase><Courses><Course/></Courses></TrainingCenterDatabase>'), 'c.tcx')
        .warnings[0]?.message,
    ).toContain('1 course');
  });
});

describeWithFixtures('parseTcx on the fixtures', () => {
  const laps = (path: string, tag: string) =>
    fixtureMatches(
      path,
      new RegExp(`<Lap [^>]*>\\s*(?:<[^L][^>]*>[^<]*</[^>]*>\\s*)*?<${tag}>([^<]+)</${tag}>`, 'g'),
    ).map(Number);

  it('gc__10kUNLP2014-Garmin15.tcx: a 10 km race, 11 laps, distance from the laps', () => {
    const path = 'tcx/gc__10kUNLP2014-Garmin15.tcx';
    const s = onlySession(parseTcx(fixture(path), '10k.tcx'));
    expect(s.sport).toBe('running');
    expect(s.start).toBe(Date.parse('2014-10-11T18:08:45.000Z'));
    expect(s.laps).toHaveLength(11);
    expect(s.distanceM).toBeCloseTo(sum(laps(path, 'DistanceMeters')), 6);
    expect(Math.abs(s.distanceM! - 10_000)).toBeLessThan(100); // a 10 km race, GPS-measured
    expect(s.movingS).toBeCloseTo(sum(laps(path, 'TotalTimeSeconds')), 6);
    expect(s.sources[0]!.device?.product).toBe('Forerunner 15');
  });

  it('gc__2008_12_28_08_13_27.tcx: altitudes below sea level kept; no HR or power channel', () => {
    const s = onlySession(parseTcx(fixture('tcx/gc__2008_12_28_08_13_27.tcx'), 'a.tcx'));
    expect(Math.min(...Array.from(s.streams!.altitude!).filter((v) => !Number.isNaN(v)))).toBeLessThan(0);
    expect(s.streams!.heartRate).toBeUndefined();
    expect(s.streams!.power).toBeUndefined();
    expect(s.sport).toBe('cycling');
  });

  it('gc__2009_01_09_11_13_14.tcx: missing HR and power stay absent, not zero', () => {
    const s = onlySession(parseTcx(fixture('tcx/gc__2009_01_09_11_13_14.tcx'), 'a.tcx'));
    expect(s.avgHr).toBeNull();
    expect(s.avgPowerW).toBeNull();
    expect(s.streams!.altitude).toBeDefined();
  });

  it('gc__2009_09_19_09_22_42.tcx: smart recording (irregular intervals) with power, HR, cadence', () => {
    const s = onlySession(parseTcx(fixture('tcx/gc__2009_09_19_09_22_42.tcx'), 'a.tcx'));
    const t = s.streams!.time;
    const gaps = new Set<number>();
    for (let i = 1; i < t.length; i++) gaps.add(t[i]! - t[i - 1]!);
    expect(gaps.size).toBeGreaterThan(2);
    expect(s.streams!.power && s.streams!.heartRate && s.streams!.cadence).toBeDefined();
  });

  it('gc__2020-02-05_17-25-14_Training-with-Notes.tcx: the notes are kept', () => {
    const s = onlySession(parseTcx(fixture('tcx/gc__2020-02-05_17-25-14_Training-with-Notes.tcx'), 'n.tcx'));
    expect(s.notes).toBe('- immer noch den Muskelkater in beiden Oberschenkeln (Unterseite)');
    expect(s.sources[0]!.device?.product).toBe('Polar Vantage V');
  });

  it('gc__activity_165850259_multi-session.tcx: one multisport session, legs Running, Biking, Running, Biking', () => {
    const path = 'tcx/gc__activity_165850259_multi-session.tcx';
    const s = onlySession(parseTcx(fixture(path), 'm.tcx'));
    expect(s.sport).toBe('multisport');
    expect(s.legs.map((l) => l.sport)).toEqual(['running', 'cycling', 'running', 'cycling']);
    expect(s.legs.map((l) => l.start)).toEqual(
      fixtureMatches(path, /<Activity [^>]*>\s*<Id>([^<]+)</g).map(Date.parse),
    );
    expect(s.movingS).toBeCloseTo(sum(fixtureMatches(path, /<TotalTimeSeconds>([^<]+)</g).map(Number)), 6);
    // The legs were recorded days apart: the session says so.
    expect(s.warnings.some((w) => w.includes('recorded apart'))).toBe(true);
  });

  it('gc__argmac_Garmin_FR910XT_2015_01_31_10_17_02.tcx: swim with 8 laps, 85 trackpoints, no HR', () => {
    const s = onlySession(parseTcx(fixture('tcx/gc__argmac_Garmin_FR910XT_2015_01_31_10_17_02.tcx'), 's.tcx'));
    expect(s.laps).toHaveLength(8);
    expect(s.streams!.time.length).toBe(85);
    expect(s.streams!.heartRate).toBeUndefined();
    expect(s.avgHr).toBeNull();
    expect(s.sport).toBe('other');
  });

  it('sports-lib__unknown_example.tcx: Suunto, 32 laps', () => {
    const s = onlySession(parseTcx(fixture('tcx/sports-lib__unknown_example.tcx'), 'u.tcx'));
    expect(s.laps).toHaveLength(32);
    expect(s.sport).toBe('running');
    expect(s.sources[0]!.device?.product).toBe('Suunto Spartan Ultra');
  });

  it('togeojson__garmin_connect.tcx: lap power from LX, watts per point from ns3:TPX', () => {
    const path = 'tcx/togeojson__garmin_connect.tcx';
    const s = onlySession(parseTcx(fixture(path), 'g.tcx'));
    expect(s.laps[0]!.avgPowerW).toBe(Number(fixtureMatches(path, /<ns3:AvgWatts>([^<]+)</g)[0]));
    expect(Array.from(s.streams!.power!).filter((v) => !Number.isNaN(v))).toEqual(
      fixtureMatches(path, /<ns3:Watts>([^<]+)</g).map(Number),
    );
  });

  it('togeojson__sample.tcx: a non-ISO Author build time does not matter', () => {
    const s = onlySession(parseTcx(fixture('tcx/togeojson__sample.tcx'), 's.tcx'));
    expect(s.start).toBe(Date.parse('2007-08-07T02:42:41Z'));
    expect(s.distanceM).toBe(8348.5039063);
  });

  it('togeojson__tour_hr.tcx: times with a +01:00 offset', () => {
    const s = onlySession(parseTcx(fixture('tcx/togeojson__tour_hr.tcx'), 't.tcx'));
    expect(s.start).toBe(Date.parse('2020-12-27T15:43:49.000+01:00'));
    expect(s.streams!.time[0]).toBe((Date.parse('2020-12-27T15:59:36.000+01:00') - s.start) / 1000);
    expect(s.sources[0]!.device?.product).toBe('Fitbit Versa');
  });

  it('bad/DERIVED__truncated-xml__togeojson__sample.tcx: keeps the points before the break and says so', () => {
    const path = 'bad/DERIVED__truncated-xml__togeojson__sample.tcx';
    const r = parseTcx(fixture(path), 'cut.tcx');
    const complete = fixtureMatches(path, /<\/Trackpoint>()/g).length;
    expect(r.sessions).toHaveLength(1);
    expect(r.sessions[0]!.streams!.time.length).toBe(complete);
    expect(r.warnings).toMatchObject([{ code: 'truncated', file: 'cut.tcx' }]);
    expect(r.warnings[0]!.message).toContain(`${complete} track points before the break`);
  });
});
