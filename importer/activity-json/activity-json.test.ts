import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/model';
import { makeKnownTrack } from '../../tests/support/known-track';
import { onlySession } from '../../tests/support/only-session';
import { detectFormat } from '../detect';
import { importFiles } from '../import-files';
import { parseActivityJson } from './parse-activity-json';
import { KNOWN_REF, knownTrackDocument, NO_SUMMARY } from './test-support';
import { activityJson } from './write-activity-json';

const utf8 = (s: string) => new TextEncoder().encode(s);
const FILE = 'strava 12345678901.activity.json';

describe('activity-json round trip', () => {
  const track = makeKnownTrack({ seconds: 1800 });
  const stated = { elapsedS: 1805, movingS: 1790, distanceM: 14_321.5, ascentM: 87, calories: 412 };
  const doc = knownTrackDocument(track, { summary: stated });
  const bytes = activityJson(doc);
  const session = onlySession(parseActivityJson(bytes, FILE));
  const st = session.streams!;

  it('is recognised from its bytes', () => {
    expect(detectFormat(bytes)).toEqual({ format: 'activity-json' });
  });

  it('returns every sample exactly', () => {
    expect(st.time.length).toBe(track.points.length);
    expect(st.positions?.kind).toBe('degrees');
    track.points.forEach((p, i) => {
      expect(st.time[i]).toBe(p.t);
      expect(st.positions!.lat[i]).toBe(p.lat);
      expect(st.positions!.lon[i]).toBe(p.lon);
      expect(st.distance![i]).toBe(p.distance);
      expect(st.altitude![i]).toBe(Math.fround(p.altitude));
      expect(st.speed![i]).toBe(Math.fround(p.speed));
      expect(st.heartRate![i]).toBe(p.hr);
      expect(st.power![i]).toBe(p.power);
      expect(st.cadence![i]).toBe(p.cadence);
      expect(st.temperature![i]).toBe(p.temperature);
    });
  });

  it('keeps the totals the site states over the derived ones, and derives what it does not state', () => {
    expect(session.start).toBe(track.start);
    expect(session.sport).toBe('cycling');
    expect(session.subSport).toBe('road');
    expect(session.utcOffsetS).toBe(7200);
    expect(session.elapsedS).toBe(1805);
    expect(session.movingS).toBe(1790);
    expect(session.distanceM).toBe(14_321.5);
    expect(session.ascentM).toBe(87);
    expect(session.calories).toBe(412);
    expect(session.avgSpeed).toBe(14_321.5 / 1790);
    expect(session.maxHr).toBe(Math.max(...track.points.map((p) => p.hr)));
    expect(session.maxPowerW).toBe(Math.max(...track.points.map((p) => p.power)));
  });

  it('names its source as the site activity it came from', () => {
    expect(session.sources).toEqual([
      {
        format: 'activity-json',
        file: FILE,
        contentHash: sha256Hex(bytes),
        sizeBytes: bytes.length,
        device: null,
        site: KNOWN_REF,
      },
    ]);
    expect(session.title).toBeNull();
    expect(session.warnings).toEqual([]);
  });

  it('writes the same bytes for the same activity, whatever order the object was built in', () => {
    const { format, version, site, sport, subSport, siteSport, start, utcOffsetS, streams } = doc;
    const summary = { calories: 412, ascentM: 87, distanceM: 14_321.5, movingS: 1790, elapsedS: 1805 };
    const shuffled = { streams, summary, utcOffsetS, start, siteSport, subSport, sport, site, version, format };
    expect(activityJson(shuffled)).toEqual(bytes);
    expect(new TextDecoder().decode(bytes).startsWith('{"format":"sessionsai.activity","version":1,')).toBe(true);
  });

  it('imports the same bytes twice as one session and one duplicate', async () => {
    const result = await importFiles([
      { name: 'first.activity.json', bytes },
      { name: 'again.activity.json', bytes },
    ]);
    expect(result.sessions).toHaveLength(1);
    expect(result.warnings.map((w) => [w.file, w.code])).toEqual([['again.activity.json', 'duplicate']]);
  });
});

describe('activity-json without everything', () => {
  it('writes unknown numbers and missing samples as null, read back as missing', () => {
    const track = makeKnownTrack({ seconds: 3 });
    const doc = knownTrackDocument(track, {
      streams: { time: [0, 1, 2], heartRate: [120, NaN, 122] },
      summary: { ...NO_SUMMARY, calories: NaN },
    });
    const bytes = activityJson(doc);
    expect(new TextDecoder().decode(bytes)).toContain('"calories":null');
    expect(new TextDecoder().decode(bytes)).toContain('"heartRate":[120,null,122]');
    const s = onlySession(parseActivityJson(bytes, FILE));
    expect(Array.from(s.streams!.heartRate!)).toEqual([120, NaN, 122]);
    expect(s.streams!.positions).toBeUndefined();
    expect(s.distanceM).toBeNull();
  });

  it('imports an activity without samples (a manual entry) from its stated totals', () => {
    const doc = knownTrackDocument(makeKnownTrack({ seconds: 2 }), {
      streams: { time: [] },
      summary: { ...NO_SUMMARY, elapsedS: 3600, distanceM: 10_000 },
    });
    const s = onlySession(parseActivityJson(activityJson(doc), FILE));
    expect(s.streams).toBeUndefined();
    expect([s.elapsedS, s.movingS, s.distanceM, s.avgSpeed]).toEqual([3600, 3600, 10_000, 10_000 / 3600]);
  });

  it('says so when there are neither samples nor a duration', () => {
    const doc = knownTrackDocument(makeKnownTrack({ seconds: 2 }), { streams: { time: [] } });
    expect(parseActivityJson(activityJson(doc), FILE).errors).toEqual([
      {
        file: FILE,
        code: 'no-data',
        message: `${FILE}: the Strava activity 12345678901 has no samples and no duration: there is nothing to import.`,
      },
    ]);
  });

  it('keeps a sport SessionsAI has no name for as Other, saying what the site called it', () => {
    const doc = knownTrackDocument(makeKnownTrack({ seconds: 600 }), {
      sport: 'other',
      subSport: 'generic',
      siteSport: 'Golf',
    });
    const s = onlySession(parseActivityJson(activityJson(doc), FILE));
    expect(s.sport).toBe('other');
    expect(s.warnings).toEqual([
      'Strava calls this sport "Golf", which SessionsAI has no sport for: it is kept as Other.',
    ]);
  });
});

describe('activity-json that cannot be read', () => {
  const good = JSON.parse(
    new TextDecoder().decode(activityJson(knownTrackDocument(makeKnownTrack({ seconds: 3 })))),
  ) as Record<string, unknown>;
  const read = (json: unknown) => parseActivityJson(utf8(JSON.stringify(json)), FILE);

  it('names the file and the field that is wrong', () => {
    const result = read({ ...good, streams: { time: [0, 1, 2], heartRate: [1, 2] } });
    expect(result.sessions).toEqual([]);
    expect(result.errors).toEqual([
      {
        file: FILE,
        code: 'corrupt',
        message: `${FILE}: "streams.heartRate" has 2 samples but "streams.time" has 3. Nothing was imported from it.`,
      },
    ]);
    expect(read({ ...good, streams: { time: [0, 2, 1] } }).errors[0]?.message).toBe(
      `${FILE}: "streams.time" goes backwards at sample 3 (2 s then 1 s). Nothing was imported from it.`,
    );
    expect(read({ ...good, sport: 'quidditch' }).errors[0]?.message).toBe(
      `${FILE}: "sport" "quidditch" is not one of SessionsAI's sports. Nothing was imported from it.`,
    );
  });

  it('refuses a version it does not read, saying to update', () => {
    expect(read({ ...good, version: 2 }).errors).toEqual([
      {
        file: FILE,
        code: 'unsupported',
        message: `${FILE}: it is a SessionsAI activity document of version 2, but this SessionsAI reads only version 1: update SessionsAI to import it. Nothing was imported from it.`,
      },
    ]);
  });

  it('says when the bytes are not JSON', () => {
    const result = parseActivityJson(utf8('{"format":"sessionsai.activity",'), FILE);
    expect(result.errors[0]?.code).toBe('corrupt');
    expect(result.errors[0]?.message.startsWith(`${FILE}: it is not valid UTF-8 JSON (`)).toBe(true);
  });
});
