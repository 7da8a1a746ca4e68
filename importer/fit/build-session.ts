// One Session from one activity FIT file (plus any hr-only files chained
// after it): summary, legs, laps, pool lengths, streams, R-R intervals,
// device and the notes an athlete should read about how it was put together.
import {
  seconds,
  sessionId,
  type Leg,
  type Session,
  type SourceRef,
  type Streams,
  type Summary,
} from '../../shared/model';
import type { DerivableField } from '../derive';
import { buildLeg, type LegContext, type TimeRange } from './build-leg';
import { readLengths } from './build-pool-swim';
import { buildRrIntervals } from './build-rr-intervals';
import { buildStreams } from './build-streams';
import { combineLegs } from './combine-legs';
import { deriveFromRecords } from './derive-from-records';
import { dropStrayRecords } from './drop-stray-records';
import { mapDevice } from './map-device';
import { mapSensors } from './map-sensors';
import { mapSport, mapSubSport } from './map-sport';
import { mergeHeartRates } from './merge-hr-messages';
import { num, str } from './message-fields';
import type { FitMessage, FitRecordColumns } from './types';

/** The messages of one activity: its records, R-R intervals and every other message by name. */
export interface ActivityMessages {
  readonly records: FitRecordColumns;
  readonly rrIntervals: Float32Array;
  readonly messages: Readonly<Record<string, readonly FitMessage[]>>;
}

export interface SessionSource {
  readonly file: string;
  readonly contentHash: string;
  readonly sizeBytes: number;
  /** Which activity of the file this is (0 for the first), for the session id. */
  readonly index: number;
}

const EVERYTHING: TimeRange = { fromMs: -Infinity, toMs: Infinity };

const FIELD_WORDS: Readonly<Record<DerivableField, string>> = {
  movingS: 'moving time',
  distanceM: 'distance',
  ascentM: 'ascent',
  descentM: 'descent',
  avgHr: 'average heart rate',
  maxHr: 'maximum heart rate',
  avgPowerW: 'average power',
  maxPowerW: 'maximum power',
  avgCadence: 'average cadence',
  maxCadence: 'maximum cadence',
  avgSpeed: 'average speed',
  maxSpeed: 'maximum speed',
  calories: 'calories',
  avgTempC: 'average temperature',
};

function byStart(messages: readonly FitMessage[]): FitMessage[] {
  return [...messages].sort((a, b) => (num(a, 'startTime') ?? 0) - (num(b, 'startTime') ?? 0));
}

/**
 * Leg i owns the laps and lengths from its start until the next leg starts
 * (a leg's start + elapsed can end before the next leg begins when the timer
 * was paused, and its laps still belong to it); the first leg also owns
 * anything before it, the last anything after.
 */
function legRange(sessions: readonly FitMessage[], i: number): TimeRange {
  return {
    fromMs: i === 0 ? -Infinity : (num(sessions[i], 'startTime') ?? -Infinity),
    toMs: num(sessions[i + 1], 'startTime') ?? Infinity,
  };
}

/** The first and last record timestamps, or null when no record has one. */
function recordSpan(timestamp: Float64Array): TimeRange | null {
  let fromMs = Infinity;
  let toMs = -Infinity;
  for (let i = 0; i < timestamp.length; i++) {
    const t = timestamp[i]!;
    if (t < fromMs) fromMs = t;
    if (t > toMs) toMs = t;
  }
  return fromMs <= toMs ? { fromMs, toMs } : null;
}

// Time zones are whole quarter hours within UTC-12..UTC+14; a
// local_timestamp a few seconds off the UTC one is rounded to its zone, and
// anything outside that range (Zwift and clock-less devices write counters
// there) is not an offset at all.
const QUARTER_HOUR_S = 900;
const MIN_OFFSET_S = -12 * 3600;
const MAX_OFFSET_S = 14 * 3600;

/**
 * activity.local_timestamp is the local wall clock at activity.timestamp
 * (FIT profile, message "activity"); the reader gives both as epoch ms on
 * their own clocks, so their difference is the UTC offset.
 */
function utcOffsetS(activity: FitMessage | undefined): number | null {
  const local = num(activity, 'localTimestamp');
  const utc = num(activity, 'timestamp');
  if (local === null || utc === null) return null;
  const offset = Math.round((local - utc) / 1000 / QUARTER_HOUR_S) * QUARTER_HOUR_S;
  return offset >= MIN_OFFSET_S && offset <= MAX_OFFSET_S ? offset : null;
}

function derivedNote(fields: readonly DerivableField[], hasSessionMessage: boolean): string | null {
  if (!hasSessionMessage) return 'no session message: summary derived from the records';
  if (fields.length === 0) return null;
  return `${fields.map((f) => FIELD_WORDS[f]).join(', ')} derived from the records (the session message leaves them out)`;
}

/** The session in an activity, or null when it holds neither records with times nor a session message. */
export function buildSession(activity: ActivityMessages, source: SessionSource): Session | null {
  const { messages } = activity;
  const { records, dropped } = dropStrayRecords(activity.records);
  const get = (name: string) => messages[name] ?? [];
  const sessions = byStart(get('session'));
  const span = recordSpan(records.timestamp);
  const start = num(sessions[0], 'startTime') ?? span?.fromMs ?? null;
  if (start === null) return null;
  const warnings: string[] = [];
  if (dropped > 0) warnings.push(`${dropped} record(s) with impossible timestamps (damaged data) were left out`);

  const hr = get('hr');
  const merged = hr.length > 0 ? mergeHeartRates(hr, records.timestamp, records.heartRate) : null;
  if (merged && merged.merged > 0) {
    warnings.push(`heart rate taken from the chest strap's hr messages (${merged.merged} records)`);
  }
  const streams: Streams | undefined =
    records.length > 0
      ? buildStreams(records, start, merged && merged.merged > 0 ? merged.heartRate : null)
      : undefined;

  const sportMessage = get('sport')[0];
  const ctx: LegContext = {
    sport: mapSport(str(sportMessage, 'sport'), str(sportMessage, 'subSport')),
    subSport: mapSubSport(str(sportMessage, 'subSport')),
    laps: get('lap'),
    events: get('event'),
    lengths: readLengths(get('length')),
    derive: streams ? deriveFromRecords(streams, start) : () => null,
  };
  const recorded = span ?? { fromMs: start, toMs: start };

  let summary: Summary;
  let legs: Leg[] = [];
  let laps: Leg['laps'];
  let pool: Leg['pool'];
  if (sessions.length > 1) {
    legs = sessions.map((m, i) => buildLeg(m, legRange(sessions, i), recorded, ctx).leg);
    summary = combineLegs(legs);
    laps = legs.flatMap((l) => l.laps);
  } else {
    const built = buildLeg(sessions[0] ?? null, EVERYTHING, recorded, ctx);
    ({ laps, pool, ...summary } = built.leg);
    const note = derivedNote(built.derivedFields, sessions.length > 0);
    if (note) warnings.push(note);
  }
  if (summary.sport === 'other' && sessions.length === 0 && !sportMessage) {
    warnings.push('the file names no sport');
  }

  const rrIntervalsS = buildRrIntervals(activity.rrIntervals);
  const offset = utcOffsetS(get('activity')[0]);
  const sensors = mapSensors(get('deviceInfo'));
  const sourceRef: SourceRef = {
    format: 'fit',
    file: source.file,
    contentHash: source.contentHash,
    sizeBytes: source.sizeBytes,
    device: mapDevice(get('fileId')[0], get('deviceInfo')),
    ...(sensors && { sensors }),
  };
  return {
    ...summary,
    id: sessionId(source.contentHash, source.index),
    utcOffsetS: offset === null ? null : seconds(offset),
    title: null,
    notes: null,
    rpe: null,
    gear: null,
    laps,
    legs,
    ...(pool && { pool }),
    ...(rrIntervalsS && { rrIntervalsS }),
    sources: [sourceRef],
    warnings,
    ...(streams && { streams }),
  };
}
