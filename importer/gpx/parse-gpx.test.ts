import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixture, fixtureMatches } from '../../tests/support/fixtures';
import { makeKnownTrack } from '../../tests/support/known-track';
import { onlySession } from '../../tests/support/only-session';
import { writeKnownGpx } from '../../tests/support/write-gpx';
import { HYSTERESIS_M } from '../derive';
import { parseGpx } from './parse-gpx';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseGpx on the known track (GPX 1.1, TrackPointExtension)', () => {
  const track = makeKnownTrack({ seconds: 3600, pause: { at: 1200, seconds: 300 } });
  const pts = track.points;
  const session = onlySession(parseGpx(utf8(writeKnownGpx(track, { type: 'cycling' })), 'known.gpx'));
  const st = session.streams!;

  it('returns every sample exactly (Float32 channels as Math.fround of the written value)', () => {
    expect(st.time.length).toBe(pts.length);
    expect(session.start).toBe(track.start);
    expect(st.positions?.kind).toBe('degrees');
    pts.forEach((p, i) => {
      expect(st.time[i]).toBe(p.t);
      expect(st.positions!.lat[i]).toBe(p.lat);
      expect(st.positions!.lon[i]).toBe(p.lon);
      expect(st.altitude![i]).toBe(Math.fround(p.altitude));
      expect(st.heartRate![i]).toBe(p.hr);
      expect(st.cadence![i]).toBe(p.cadence);
      expect(st.power![i]).toBe(p.power);
      expect(st.temperature![i]).toBe(p.temperature);
    });
  });

  it('derives distance, moving time without the pause, ascent, averages and maxima', () => {
    expect(session.sport).toBe('cycling');
    expect(session.elapsedS).toBe(3599);
    expect(session.movingS).toBe(3599 - 301);
    // Haversine along a meridian is exact; the known distance sums the same steps (< 1 mm of float error).
    expect(session.distanceM).toBeCloseTo(pts.at(-1)!.distance, 3);
    const afterPause = pts.findIndex((p) => p.t >= 1500);
    const moving = pts.filter((_, i) => i !== 0 && i !== afterPause);
    expect(session.avgHr).toBeCloseTo(moving.reduce((a, p) => a + p.hr, 0) / moving.length, 9);
    expect(session.maxHr).toBe(Math.max(...pts.map((p) => p.hr)));
    expect(session.avgPowerW).toBeCloseTo(moving.reduce((a, p) => a + p.power, 0) / moving.length, 9);
    expect(session.maxPowerW).toBe(Math.max(...pts.map((p) => p.power)));
    expect(session.avgCadence).toBe(90);
    expect(session.avgTempC).toBe(20);
    // The sinusoid rises 50 -> 150 m every 20 minutes: the sum of the sampled rises, less at most the
    // hysteresis at each end of each of the 4 climbs (Float32 altitudes add < 1e-4 m).
    let rise = 0;
    for (let i = 1; i < pts.length; i++) rise += Math.max(0, pts[i]!.altitude - pts[i - 1]!.altitude);
    expect(session.ascentM!).toBeLessThanOrEqual(rise + 1e-3);
    expect(session.ascentM!).toBeGreaterThanOrEqual(rise - 4 * 2 * HYSTERESIS_M);
  });

  it('keeps source and title; laps and legs are empty for GPX', () => {
    expect(session.title).toBe('Known track');
    expect(session.sources[0]).toMatchObject({
      format: 'gpx',
      file: 'known.gpx',
      device: { product: 'SessionsAI test writer' },
    });
    expect(session.laps).toEqual([]);
    expect(session.legs).toEqual([]);
  });

  it('does not count distance across a new track segment', () => {
    const split = onlySession(parseGpx(utf8(writeKnownGpx(track, { segmentAtPause: true })), 'split.gpx'));
    const firstAfter = pts.find((p) => p.t >= 1500)!;
    const lastBefore = pts.filter((p) => p.t < 1200).at(-1)!;
    expect(split.distanceM).toBeCloseTo(pts.at(-1)!.distance - (firstAfter.distance - lastBefore.distance), 3);
  });

  it('maps Strava numbers and names in <type>', () => {
    const sport = (type: string) =>
      onlySession(parseGpx(utf8(writeKnownGpx(makeKnownTrack({ seconds: 60 }), { type })), 't.gpx')).sport;
    expect(sport('9')).toBe('running');
    expect(sport('16')).toBe('swimming');
    expect(sport('Trail Running')).toBe('running');
    expect(sport('jkljkl')).toBe('other');
  });

  it('reports empty, non-XML and non-GPX input as errors without throwing', () => {
    expect(parseGpx(new Uint8Array(0), 'a.gpx').errors[0]?.code).toBe('empty-file');
    expect(parseGpx(Uint8Array.of(14, 16, 0x2d, 0x08, 1, 2), 'b.gpx').errors[0]?.code).toBe('unknown-format');
    const tcx = parseGpx(utf8('<TrainingCenterDatabase/>'), 'c.gpx');
    expect(tcx.errors[0]).toMatchObject({ file: 'c.gpx', code: 'unknown-format' });
    expect(tcx.errors[0]!.message).toContain('<TrainingCenterDatabase>');
  });
});

describeWithFixtures('parseGpx on the fixtures', () => {
  it('elevate__open-water-swim.gpx: elevate distance ~2536 m, moving ~55:43, elapsed 1:14:47', () => {
    const s = onlySession(parseGpx(fixture('gpx/elevate__open-water-swim.gpx'), 'swim.gpx'));
    expect(s.sport).toBe('swimming'); // Strava <type>16</type>
    expect(s.title).toBe('Morning Swim Suadiye');
    expect(s.elapsedS).toBe(74 * 60 + 47);
    // Haversine over the same points; elevate's own sum differs by 2 m. Tolerance 0.5%.
    expect(Math.abs(s.distanceM! - 2536)).toBeLessThan(0.005 * 2536);
    // Our 0.3 m/s rule lands on elevate's 55:43; allow a minute for rules that differ at stop edges.
    expect(Math.abs(s.movingS - (55 * 60 + 43))).toBeLessThanOrEqual(60);
    expect(s.maxHr).toBe(
      Math.max(...fixtureMatches('gpx/elevate__open-water-swim.gpx', /<gpxtpx:hr>(\d+)</g).map(Number)),
    );
  });

  it('gc__MetadataOnly.gpx: no session, a no-data warning', () => {
    const r = parseGpx(fixture('gpx/gc__MetadataOnly.gpx'), 'm.gpx');
    expect(r.sessions).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toMatchObject([{ code: 'no-data' }]);
    expect(r.warnings[0]!.message).toContain('metadata only');
  });

  it('gc__Move_2014_01_16_19_48_44.gpx: millisecond times, gpxdata distance and temperature', () => {
    const path = 'gpx/gc__Move_2014_01_16_19_48_44.gpx';
    const s = onlySession(parseGpx(fixture(path), 'move.gpx'));
    expect(s.start).toBe(Date.parse('2014-01-16T18:48:44.340Z'));
    expect(s.streams!.time.length).toBe(669);
    expect(s.distanceM).toBe(
      Number(fixtureMatches(path, /<gpxdata:distance>([^<]+)</g).at(-1)) -
        Number(fixtureMatches(path, /<gpxdata:distance>([^<]+)</g)[0]),
    );
    expect(s.streams!.temperature![0]).toBe(20.5);
  });

  it('gpxpy__Mojstrovka.gpx: 1901 placeholder times give no 100-year session, and say why', () => {
    const r = parseGpx(fixture('gpx/gpxpy__Mojstrovka.gpx'), 'moj.gpx');
    expect(r.sessions).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.code).toBe('no-data');
    expect(r.warnings[0]!.message).toContain('184 points');
    expect(r.warnings[0]!.message).toContain('placeholders');
  });

  it('gpxpy__cerknicko-jezero.gpx: one session per timed track, every timed point kept', () => {
    const path = 'gpx/gpxpy__cerknicko-jezero.gpx';
    const r = parseGpx(fixture(path), 'c.gpx');
    expect(r.errors).toEqual([]);
    // 8 tracks, the first empty; the rest all timed (296 points in all, manifest).
    expect(fixtureMatches(path, /<trk>()/g)).toHaveLength(8);
    expect(r.sessions).toHaveLength(7);
    expect(r.sessions.reduce((n, s) => n + s.streams!.time.length, 0)).toBe(296);
    expect(r.sessions[0]!.start).toBe(
      Date.parse(fixtureMatches(path, /<trkpt[^>]*>\s*<ele>[^<]*<\/ele>\s*<time>([^<]+)</g)[0]!),
    );
    expect(new Set(r.sessions.map((s) => s.id)).size).toBe(7);
  });

  it('gpxpy__cerknicko-without-times.gpx: tracks without times are paths, not activities', () => {
    const r = parseGpx(fixture('gpx/gpxpy__cerknicko-without-times.gpx'), 'c.gpx');
    expect(r.sessions).toEqual([]);
    expect(r.warnings.every((w) => w.code === 'no-data')).toBe(true);
    expect(r.warnings.some((w) => w.message.includes('only 5 with recording times'))).toBe(true);
  });

  for (const version of ['1.0', '1.1']) {
    it(`gpxpy__gpx${version}_with_all_fields.gpx: reads every field without error; a one-point track is no activity`, () => {
      const r = parseGpx(fixture(`gpx/gpxpy__gpx${version}_with_all_fields.gpx`), 'all.gpx');
      expect(r.errors).toEqual([]);
      expect(r.sessions).toEqual([]);
      expect(r.warnings.map((w) => w.code)).toEqual(['no-data', 'no-data']);
      expect(r.warnings[0]!.message).toContain('2013-01-01T12:00:04.000Z');
    });
  }

  it('gpxpy__korita-zbevnica.gpx: 4 tracks -> 2 sessions (the timed ones), 2 warnings', () => {
    const r = parseGpx(fixture('gpx/gpxpy__korita-zbevnica.gpx'), 'k.gpx');
    expect(r.sessions.map((s) => [s.title, s.streams!.time.length])).toEqual([
      ['ACTIVE LOG', 176],
      ['ACTIVE LOG #2', 337],
    ]);
    expect(r.sessions[0]!.start).toBe(Date.parse('2010-10-03T09:36:30Z'));
    expect(r.sessions[0]!.elapsedS).toBe(
      (Date.parse('2010-10-03T10:52:22Z') - Date.parse('2010-10-03T09:36:30Z')) / 1000,
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('track 1 ("03-OCT-10") has no points'),
      expect.stringContaining('track 2 ("03-OCT-10 #2") has 358 points but no recording times'),
    ]);
  });

  it('gpxpy__route.gpx: a route, no recorded track', () => {
    const r = parseGpx(fixture('gpx/gpxpy__route.gpx'), 'r.gpx');
    expect(r.sessions).toEqual([]);
    expect(r.warnings).toMatchObject([{ code: 'no-data' }]);
    expect(r.warnings[0]!.message).toContain('a route (55 route points) but no recorded track');
  });

  it('gpxpy__track-with-empty-segment.gpx: the empty segment changes nothing', () => {
    const s = onlySession(parseGpx(fixture('gpx/gpxpy__track-with-empty-segment.gpx'), 't.gpx'));
    expect(s.streams!.time.length).toBe(9);
    expect(s.elapsedS).toBe(
      (Date.parse(fixtureMatches('gpx/gpxpy__track-with-empty-segment.gpx', /<time>([^<]+)</g).at(-1)!) - s.start) /
        1000,
    );
  });

  it('gpxpy__unicode_with_bom.gpx: the BOM is read past; a lone waypoint is not an activity', () => {
    const r = parseGpx(fixture('gpx/gpxpy__unicode_with_bom.gpx'), 'u.gpx');
    expect(r.errors).toEqual([]);
    expect(r.warnings[0]!.message).toContain('1 waypoint but no recorded track');
  });

  it('sports-lib__amazfit.gpx: running with HR (ns3: prefix)', () => {
    const path = 'gpx/sports-lib__amazfit.gpx';
    const s = onlySession(parseGpx(fixture(path), 'a.gpx'));
    const hr = fixtureMatches(path, /<ns3:hr>(\d+)</g).map(Number);
    expect(s.sport).toBe('running');
    expect(s.streams!.time.length).toBe(1216);
    expect(Array.from(s.streams!.heartRate!)).toEqual(hr);
    expect(s.maxHr).toBe(Math.max(...hr));
    expect(s.sources[0]!.device?.product).toBe('Huami Amazfit Sports Watch');
  });

  it('togeojson__apple_watch_route.gpx: speed from extensions', () => {
    const path = 'gpx/togeojson__apple_watch_route.gpx';
    const s = onlySession(parseGpx(fixture(path), 'a.gpx'));
    const speed = fixtureMatches(path, /<speed>([^<]+)</g).map(Number);
    expect(s.streams!.time.length).toBe(44);
    expect(Array.from(s.streams!.speed!)).toEqual(speed.map(Math.fround));
    expect(s.maxSpeed).toBe(Math.fround(Math.max(...speed)));
  });

  it('togeojson__blue_hills.gpx: CDATA names, 3 timed tracks', () => {
    const path = 'gpx/togeojson__blue_hills.gpx';
    const r = parseGpx(fixture(path), 'b.gpx');
    expect(r.errors).toEqual([]);
    expect(r.sessions.map((s) => s.title)).toEqual(fixtureMatches(path, /<trk>\s*<name><!\[CDATA\[([^\]]*)\]\]>/g));
    expect(r.sessions.reduce((n, s) => n + s.streams!.time.length, 0)).toBe(fixtureMatches(path, /<trkpt()/g).length);
  });

  it('togeojson__empty_ele.gpx: empty <ele/> is a missing value; two points at one instant are no activity', () => {
    const r = parseGpx(fixture('gpx/togeojson__empty_ele.gpx'), 'e.gpx');
    expect(r.sessions).toEqual([]);
    expect(r.warnings[0]!.message).toContain('2 timed points, all at 2007-05-11T15:22:06.000Z');
  });

  it('togeojson__empty_trk.gpx: an empty track is no-data', () => {
    const r = parseGpx(fixture('gpx/togeojson__empty_trk.gpx'), 'e.gpx');
    expect(r.sessions).toEqual([]);
    expect(r.warnings).toMatchObject([{ code: 'no-data', message: expect.stringContaining('has no points') }]);
  });

  it('togeojson__missing_hr.gpx: 16 points, 9 with HR, NaN where HR is missing', () => {
    const s = onlySession(parseGpx(fixture('gpx/togeojson__missing_hr.gpx'), 'm.gpx'));
    const hr = Array.from(s.streams!.heartRate!);
    expect(hr).toHaveLength(16);
    expect(hr.filter((v) => !Number.isNaN(v))).toHaveLength(9);
    expect(s.maxHr).toBe(
      Math.max(...fixtureMatches('gpx/togeojson__missing_hr.gpx', /<gpxtpx:hr>(\d+)</g).map(Number)),
    );
  });

  it('togeojson__run.gpx: Garmin Connect run, 206 points with HR', () => {
    const path = 'gpx/togeojson__run.gpx';
    const s = onlySession(parseGpx(fixture(path), 'r.gpx'));
    const hr = fixtureMatches(path, /<gpxtpx:hr>(\d+)</g).map(Number);
    expect(s.streams!.time.length).toBe(206);
    expect(Array.from(s.streams!.heartRate!)).toEqual(hr);
    expect(s.streams!.positions!.lon[0]).toBe(-77.02016168273985);
    expect(s.elapsedS).toBe((Date.parse('2012-10-24T23:45:28.000Z') - Date.parse('2012-10-24T23:29:40.000Z')) / 1000);
  });

  it('togeojson__run_gpxtpx.gpx: Strava run with HR', () => {
    const path = 'gpx/togeojson__run_gpxtpx.gpx';
    const s = onlySession(parseGpx(fixture(path), 'r.gpx'));
    expect(Array.from(s.streams!.heartRate!)).toEqual(fixtureMatches(path, /<gpxtpx:hr>(\d+)</g).map(Number));
    expect(s.title).toBe('Greeting SF with a dumb, dumb route');
  });

  it('bad/DERIVED__truncated-xml__togeojson__run.gpx: keeps the complete points and says the file ends early', () => {
    const path = 'bad/DERIVED__truncated-xml__togeojson__run.gpx';
    const r = parseGpx(fixture(path), 'cut.gpx');
    const complete = fixtureMatches(path, /<\/trkpt>()/g).length;
    expect(r.sessions).toHaveLength(1);
    expect(r.sessions[0]!.streams!.time.length).toBe(complete);
    expect(r.warnings).toMatchObject([{ file: 'cut.gpx', code: 'truncated' }]);
    expect(r.warnings[0]!.message).toContain(`kept the ${complete} timed track points`);
    expect(r.sessions[0]!.warnings.join(' ')).toContain('ends early');
  });

  it('bad/DERIVED__empty.gpx: empty-file error', () => {
    expect(parseGpx(fixture('bad/DERIVED__empty.gpx'), 'e.gpx').errors).toMatchObject([
      { code: 'empty-file', file: 'e.gpx' },
    ]);
  });

  it('bad/DERIVED__truncated-60pct__fitparse__activity-small-fenix2-run.fit read as GPX: unknown-format', () => {
    const r = parseGpx(fixture('bad/DERIVED__truncated-60pct__fitparse__activity-small-fenix2-run.fit'), 'x.fit');
    expect(r.sessions).toEqual([]);
    expect(r.errors).toMatchObject([{ code: 'unknown-format' }]);
  });
});
