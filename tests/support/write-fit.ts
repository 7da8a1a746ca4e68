// Writes the known track as a FIT activity with @garmin/fitsdk's Encoder, the
// way a Garmin device lays one out (FIT SDK "Encoding Activity Files"
// cookbook): file_id, device_info, timer start, records, a timer stop/start
// around the pause, laps, session, activity. Summary values come from the
// track itself (`summarizePoints`), so a test knows every value exactly.
import {
  Encoder,
  Profile,
  type ActivityMesg,
  type DeviceInfoMesg,
  type EventMesg,
  type FileIdMesg,
  type LapMesg,
  type Mesg,
  type RecordMesg,
  type SessionMesg,
} from '@garmin/fitsdk';
import type { KnownPoint, KnownTrack } from './known-track';

export interface WriteFitOptions {
  /** Number of laps, splitting the points evenly (default 1). */
  readonly laps?: number;
  /** UTC offset written as activity.local_timestamp - activity.timestamp (default +2 h). */
  readonly utcOffsetS?: number;
  /** The recording device, in file_id and the creator's device_info (default KNOWN_DEVICE). */
  readonly device?: { readonly manufacturer: FileIdMesg['manufacturer']; readonly product: number };
  /** Further device_info messages: the sensors paired (a chest strap, a power meter, the wrist sensor). */
  readonly sensors?: readonly DeviceInfoMesg[];
  /** Rewrites each record before it is written: drop a field for a dropout, repeat a value for a flat-line. */
  readonly record?: (record: RecordMesg, point: KnownPoint) => RecordMesg;
}

/** The summary FIT would carry for a run of points, before FIT's scaling. */
export interface PointsSummary {
  readonly start: number;
  readonly elapsedS: number;
  readonly timerS: number;
  readonly distanceM: number;
  readonly ascentM: number;
  readonly descentM: number;
  readonly avgHr: number;
  readonly maxHr: number;
  readonly avgPowerW: number;
  readonly maxPowerW: number;
  readonly avgCadence: number;
  readonly maxCadence: number;
  readonly avgSpeed: number;
  readonly maxSpeed: number;
  readonly avgTempC: number;
}

export const KNOWN_DEVICE = {
  manufacturer: 'development',
  product: 4242,
  serialNumber: 123456789,
  softwareVersion: 5.12,
} as const;
export const KNOWN_CALORIES = 321;

const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;

export function toSemicircles(degrees: number): number {
  return Math.round(degrees * SEMICIRCLES_PER_DEGREE);
}

/** One known point as the fields of a FIT record message. */
export function knownRecord(track: KnownTrack, p: KnownPoint): RecordMesg {
  return {
    timestamp: new Date(track.start + p.t * 1000),
    positionLat: toSemicircles(p.lat),
    positionLong: toSemicircles(p.lon),
    enhancedAltitude: p.altitude,
    distance: p.distance,
    enhancedSpeed: p.speed,
    heartRate: p.hr,
    power: p.power,
    cadence: p.cadence,
    temperature: p.temperature,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Summary of points[from..to): elapsed runs to the next lap's first point
 * (or to the last point), and the timer excludes the track's pause.
 */
export function summarizePoints(track: KnownTrack, from: number, to: number): PointsSummary {
  const pts = track.points.slice(from, to);
  const first = pts[0]!;
  const end = track.points[to] ?? pts[pts.length - 1]!;
  const elapsedS = end.t - first.t;
  const pause = track.pause;
  const paused = pause && pause.at >= first.t && pause.at < end.t ? pause.seconds : 0;
  const all = track.points.slice(from, Math.min(to + 1, track.points.length));
  let ascentM = 0;
  let descentM = 0;
  for (let i = 1; i < all.length; i++) {
    const d = all[i]!.altitude - all[i - 1]!.altitude;
    if (d > 0) ascentM += d;
    else descentM -= d;
  }
  const timerS = elapsedS - paused;
  const distanceM = end.distance - first.distance;
  const max = (f: (p: KnownPoint) => number) => Math.max(...pts.map(f));
  return {
    start: track.start + first.t * 1000,
    elapsedS,
    timerS,
    distanceM,
    ascentM,
    descentM,
    avgHr: mean(pts.map((p) => p.hr)),
    maxHr: max((p) => p.hr),
    avgPowerW: mean(pts.map((p) => p.power)),
    maxPowerW: max((p) => p.power),
    avgCadence: mean(pts.map((p) => p.cadence)),
    maxCadence: max((p) => p.cadence),
    avgSpeed: distanceM / timerS,
    maxSpeed: max((p) => p.speed),
    avgTempC: mean(pts.map((p) => p.temperature)),
  };
}

/** Lap boundaries as point indices: [0, b1, ..., points.length]. */
export function lapBounds(track: KnownTrack, laps: number): number[] {
  const n = track.points.length;
  return Array.from({ length: laps + 1 }, (_, i) => Math.round((i * n) / laps));
}

function summaryFields(s: PointsSummary) {
  return {
    startTime: new Date(s.start),
    totalElapsedTime: s.elapsedS,
    totalTimerTime: s.timerS,
    totalDistance: s.distanceM,
    totalAscent: Math.round(s.ascentM),
    totalDescent: Math.round(s.descentM),
    avgHeartRate: Math.round(s.avgHr),
    maxHeartRate: s.maxHr,
    avgPower: Math.round(s.avgPowerW),
    maxPower: s.maxPowerW,
    avgCadence: Math.round(s.avgCadence),
    maxCadence: s.maxCadence,
    enhancedAvgSpeed: s.avgSpeed,
    enhancedMaxSpeed: s.maxSpeed,
    avgTemperature: Math.round(s.avgTempC),
  };
}

/** FIT bytes for the track. */
export function writeKnownTrackFit(track: KnownTrack, options: WriteFitOptions = {}): Uint8Array {
  const laps = options.laps ?? 1;
  const utcOffsetS = options.utcOffsetS ?? 7200;
  const at = (t: number) => new Date(track.start + t * 1000);
  const last = track.points[track.points.length - 1]!;
  const sub = track.sport === 'cycling' ? 'road' : 'trail';
  const M = Profile.MesgNum;
  const e = new Encoder();
  const put = <T extends Mesg>(mesgNum: number, mesg: T) => e.onMesg(mesgNum, mesg);
  const device = options.device ?? KNOWN_DEVICE;
  const record = options.record ?? ((r: RecordMesg) => r);
  put<FileIdMesg>(M.FILE_ID!, {
    type: 'activity',
    manufacturer: device.manufacturer,
    product: device.product,
    serialNumber: KNOWN_DEVICE.serialNumber,
    timeCreated: at(0),
  });
  put<DeviceInfoMesg>(M.DEVICE_INFO!, {
    timestamp: at(0),
    deviceIndex: 'creator',
    manufacturer: device.manufacturer,
    product: device.product,
    serialNumber: KNOWN_DEVICE.serialNumber,
    softwareVersion: KNOWN_DEVICE.softwareVersion,
  });
  for (const sensor of options.sensors ?? []) put<DeviceInfoMesg>(M.DEVICE_INFO!, { timestamp: at(0), ...sensor });
  const timer = (t: number, eventType: EventMesg['eventType']) =>
    put<EventMesg>(M.EVENT!, { timestamp: at(t), event: 'timer', eventType });
  timer(0, 'start');
  for (const p of track.points) {
    if (track.pause && p.t === track.pause.at + track.pause.seconds) timer(p.t, 'start');
    put<RecordMesg>(M.RECORD!, record(knownRecord(track, p), p));
    if (track.pause && p.t === track.pause.at - 1) timer(track.pause.at, 'stop');
  }
  timer(last.t, 'stopAll');
  const bounds = lapBounds(track, laps);
  for (let i = 0; i < laps; i++) {
    const s = summarizePoints(track, bounds[i]!, bounds[i + 1]!);
    put<LapMesg>(M.LAP!, {
      timestamp: new Date(s.start + s.elapsedS * 1000),
      messageIndex: i,
      event: 'lap',
      eventType: 'stop',
      lapTrigger: i === laps - 1 ? 'sessionEnd' : 'distance',
      sport: track.sport,
      ...summaryFields(s),
    });
  }
  const whole = summarizePoints(track, 0, track.points.length);
  put<SessionMesg>(M.SESSION!, {
    timestamp: at(last.t),
    messageIndex: 0,
    event: 'lap',
    eventType: 'stop',
    sport: track.sport,
    subSport: sub,
    firstLapIndex: 0,
    numLaps: laps,
    totalCalories: KNOWN_CALORIES,
    ...summaryFields(whole),
  });
  // local_timestamp is a local_date_time: seconds since the FIT epoch on the local clock (FIT profile).
  const localTimestamp = (track.start + last.t * 1000 - 631065600000) / 1000 + utcOffsetS;
  put<ActivityMesg>(M.ACTIVITY!, {
    timestamp: at(last.t),
    totalTimerTime: whole.timerS,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    localTimestamp,
  });
  return e.close();
}
