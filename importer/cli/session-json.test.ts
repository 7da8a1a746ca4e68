// The --json form is a public interface: these tests pin its exact keys (in
// order) and how values are written, so a change to it is a deliberate one.
import { describe, expect, it } from 'vitest';
import {
  bpm,
  epochMs,
  meters,
  metersPerSecond,
  seconds,
  watts,
  type Lap,
  type Session,
  type Summary,
} from '../../shared/model';
import type { LoadScore } from '../../shared/analytics';
import { sessionJson } from './session-json';

const START = Date.UTC(2024, 5, 1, 6, 0, 0);

const summary: Summary = {
  sport: 'cycling',
  subSport: 'road',
  start: epochMs(START),
  elapsedS: seconds(3600),
  movingS: seconds(3500),
  distanceM: meters(28800.5),
  ascentM: meters(412),
  descentM: meters(405),
  avgHr: bpm(141),
  maxHr: bpm(150),
  avgPowerW: null,
  maxPowerW: null,
  avgCadence: null,
  maxCadence: null,
  avgSpeed: metersPerSecond(8.2),
  maxSpeed: metersPerSecond(9),
  calories: null,
  avgTempC: null,
};
const lap: Lap = { ...summary, trigger: 'distance' };

const session: Session = {
  ...summary,
  avgPowerW: watts(201),
  maxPowerW: watts(250),
  id: 'ab'.repeat(12),
  utcOffsetS: seconds(7200),
  title: 'Morning ride',
  notes: null,
  rpe: null,
  gear: null,
  laps: [lap],
  legs: [],
  sources: [
    { format: 'fit', file: 'export/1001.fit.gz', contentHash: 'ab'.repeat(32), sizeBytes: 1234, device: null },
    {
      format: 'gpx',
      file: 'strava/1001.gpx',
      contentHash: 'cd'.repeat(32),
      sizeBytes: 5678,
      device: { manufacturer: 'garmin', product: 'edge_830', serial: '42', softwareVersion: '9.1' },
    },
  ],
  warnings: ['Heart rate dropped out for 2 min; those samples are empty.'],
  rrIntervalsS: new Float32Array([0.8, 0.81]),
  streams: {
    time: new Float64Array([0, 1, 2]),
    positions: {
      kind: 'semicircles',
      lat: new Int32Array([536870912, 0x7fffffff, -536870912]),
      lon: new Int32Array([0, 0x7fffffff, 1]),
    },
    speed: new Float32Array([8.84, NaN, 9]),
    heartRate: new Float32Array([140, 141, 142]),
    extra: [{ name: 'Ground Time', units: 'ms', values: new Float64Array([251.5, NaN, 250]) }],
  },
};

const SUMMARY_KEYS = [
  'start',
  'sport',
  'subSport',
  'elapsedS',
  'movingS',
  'distanceM',
  'ascentM',
  'descentM',
  'avgHr',
  'maxHr',
  'avgPowerW',
  'maxPowerW',
  'avgCadence',
  'maxCadence',
  'avgSpeed',
  'maxSpeed',
  'calories',
  'avgTempC',
];

describe('sessionJson', () => {
  it('has exactly these keys, in this order', () => {
    const json = sessionJson(session, { streams: false, load: null });
    expect(Object.keys(json)).toEqual([
      'id',
      'title',
      ...SUMMARY_KEYS,
      'utcOffsetS',
      'notes',
      'rpe',
      'gear',
      'laps',
      'legs',
      'pool',
      'source',
      'sources',
      'warnings',
      'load',
      'channelSources',
    ]);
    expect(Object.keys(json.laps[0]!)).toEqual([...SUMMARY_KEYS, 'trigger']);
    expect(Object.keys(json.source!)).toEqual(['format', 'file', 'contentHash', 'sizeBytes', 'device']);
    expect(Object.keys(json.sources[1]!.device!)).toEqual(['manufacturer', 'product', 'serial', 'softwareVersion']);
  });

  it('writes the load with its method, whether a threshold was estimated, and its basis; the value to 0.01', () => {
    const load: LoadScore = {
      value: 100.004999,
      method: 'power-tss',
      basis: 'NP 250 W over 3600 s at FTP 250 W',
      estimated: true,
    };
    const json = sessionJson(session, { streams: false, load });
    expect(Object.keys(json.load!)).toEqual(['value', 'method', 'estimated', 'basis']);
    expect(json.load).toEqual({
      value: 100,
      method: 'power-tss',
      estimated: true,
      basis: 'NP 250 W over 3600 s at FTP 250 W',
    });
    expect(sessionJson(session, { streams: false, load: null }).load).toBeNull();
  });

  it('writes the start as ISO 8601 UTC, absent values as null, and the first source apart', () => {
    const json = sessionJson(session, { streams: false, load: null });
    expect(json.start).toBe('2024-06-01T06:00:00.000Z');
    expect(json.sport).toBe('cycling');
    expect(json.avgPowerW).toBe(201);
    expect(json.laps[0]!.avgPowerW).toBeNull();
    expect(json.laps[0]!.trigger).toBe('distance');
    expect(json.pool).toBeNull();
    expect(json.source).toEqual({
      format: 'fit',
      file: 'export/1001.fit.gz',
      contentHash: 'ab'.repeat(32),
      sizeBytes: 1234,
      device: null,
    });
    expect(json.sources.map((s) => s.file)).toEqual(['export/1001.fit.gz', 'strava/1001.gpx']);
    expect(json.warnings).toEqual(['Heart rate dropped out for 2 min; those samples are empty.']);
    expect('streams' in json).toBe(false);
  });

  it('names the file each channel and summary value came from in a merged session, null for one source', () => {
    const [fit, gpx] = [session.sources[0]!, session.sources[1]!];
    const merged: Session = {
      ...session,
      channelSources: {
        channels: { heartRate: gpx.contentHash, speed: fit.contentHash, positions: fit.contentHash },
        options: { heartRate: [gpx.contentHash, fit.contentHash] },
        summary: { avgHr: gpx.contentHash, maxHr: gpx.contentHash, distanceM: fit.contentHash },
      },
      channelPicks: { heartRate: gpx.contentHash },
    };
    const json = sessionJson(merged, { streams: false, load: null }).channelSources!;
    expect(json.channels).toEqual({
      heartRate: 'strava/1001.gpx',
      power: null,
      cadence: null,
      speed: 'export/1001.fit.gz',
      positions: 'export/1001.fit.gz',
      altitude: null,
      temperature: null,
    });
    expect(Object.keys(json.summary)).toEqual(SUMMARY_KEYS.slice(5));
    expect([json.summary.avgHr, json.summary.distanceM, json.summary.avgSpeed]).toEqual([
      'strava/1001.gpx',
      'export/1001.fit.gz',
      null,
    ]);
    expect(json.picked).toEqual(['heartRate']);
    expect(sessionJson(session, { streams: false, load: null }).channelSources).toBeNull();
  });

  it('adds legs with their laps and pool for a multisport session', () => {
    const swim = { ...summary, sport: 'swimming' as const, subSport: 'open_water' as const, laps: [lap] };
    const json = sessionJson(
      { ...session, sport: 'multisport', legs: [swim, { ...summary, laps: [] }] },
      { streams: false, load: null },
    );
    expect(json.legs).toHaveLength(2);
    expect(Object.keys(json.legs[0]!)).toEqual([...SUMMARY_KEYS, 'laps', 'pool']);
    expect(json.legs[0]!.sport).toBe('swimming');
    expect(json.legs[0]!.laps).toHaveLength(1);
  });

  it('writes a pool swim with its lengths', () => {
    const pool = {
      poolLengthM: meters(25),
      activeLengths: 1,
      swolf: 38,
      lengths: [
        { start: epochMs(START), elapsedS: seconds(22), active: true, strokes: 16, stroke: 'freestyle' },
        { start: epochMs(START + 22_000), elapsedS: seconds(30), active: false, strokes: null, stroke: null },
      ],
    };
    const json = sessionJson({ ...session, pool }, { streams: false, load: null });
    expect(json.pool).toEqual({
      poolLengthM: 25,
      activeLengths: 1,
      swolf: 38,
      lengths: [
        { start: '2024-06-01T06:00:00.000Z', elapsedS: 22, active: true, strokes: 16, stroke: 'freestyle' },
        { start: '2024-06-01T06:00:22.000Z', elapsedS: 30, active: false, strokes: null, stroke: null },
      ],
    });
  });

  it('with streams, writes every channel as a plain array: degrees, null for gaps and absent channels, no float32 noise', () => {
    const { streams } = sessionJson(session, { streams: true, load: null });
    expect(Object.keys(streams!)).toEqual([
      'time',
      'lat',
      'lon',
      'altitude',
      'distance',
      'speed',
      'heartRate',
      'power',
      'cadence',
      'temperature',
      'extra',
      'rrIntervalsS',
    ]);
    expect(streams!.time).toEqual([0, 1, 2]);
    // 2^29 semicircles = 45 degrees (semicircles x 180 / 2^31, FIT protocol).
    expect(streams!.lat).toEqual([45, null, -45]);
    expect(streams!.lon).toEqual([0, null, 180 / 2 ** 31]);
    // Float32 8.84 is 8.84000015258789 as a double; the JSON says 8.84.
    expect(streams!.speed).toEqual([8.84, null, 9]);
    expect(streams!.heartRate).toEqual([140, 141, 142]);
    expect(streams!.altitude).toBeNull();
    expect(streams!.power).toBeNull();
    expect(streams!.extra).toEqual([{ name: 'Ground Time', units: 'ms', values: [251.5, null, 250] }]);
    expect(streams!.rrIntervalsS).toEqual([0.8, 0.81]);
  });

  it('writes streams as null for a session without samples', () => {
    expect(sessionJson({ ...session, streams: undefined }, { streams: true, load: null }).streams).toBeNull();
  });

  it('keeps degrees positions (GPX/TCX) as they are', () => {
    const positions = {
      kind: 'degrees' as const,
      lat: new Float64Array([45.123456789012]),
      lon: new Float64Array([NaN]),
    };
    const { streams } = sessionJson(
      { ...session, streams: { time: new Float64Array([0]), positions } },
      { streams: true, load: null },
    );
    expect(streams!.lat).toEqual([45.123456789012]);
    expect(streams!.lon).toEqual([null]);
  });
});
