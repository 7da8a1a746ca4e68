// The CLI's JSON form of a Session (`import --json`, one object per line, and
// each of `report --json`'s sessions). This is a public interface: scripts read
// it. Every key is always present (null when absent) and units are SI as in the
// model, times are ISO 8601 UTC. session-json.test.ts pins the exact keys;
// change them only on purpose (adding a key is fine, renaming one is not).
import type { LoadMethod, LoadScore } from '../../shared/analytics';
import {
  latitudeDegrees,
  longitudeDegrees,
  type Lap,
  type Leg,
  type PoolSwim,
  type Session,
  type SourceRef,
  type Streams,
  type Summary,
} from '../../shared/model';
import { channelSourcesJson, type ChannelSourcesJson } from './channel-sources-json';

export interface SummaryJson {
  readonly start: string;
  readonly sport: string;
  readonly subSport: string;
  readonly elapsedS: number;
  readonly movingS: number;
  readonly distanceM: number | null;
  readonly ascentM: number | null;
  readonly descentM: number | null;
  readonly avgHr: number | null;
  readonly maxHr: number | null;
  readonly avgPowerW: number | null;
  readonly maxPowerW: number | null;
  readonly avgCadence: number | null;
  readonly maxCadence: number | null;
  readonly avgSpeed: number | null;
  readonly maxSpeed: number | null;
  readonly calories: number | null;
  readonly avgTempC: number | null;
}

export interface LapJson extends SummaryJson {
  readonly trigger: string | null;
}

export interface PoolJson {
  readonly poolLengthM: number;
  readonly activeLengths: number;
  readonly swolf: number | null;
  readonly lengths: readonly {
    readonly start: string;
    readonly elapsedS: number;
    readonly active: boolean;
    readonly strokes: number | null;
    readonly stroke: string | null;
  }[];
}

export interface LegJson extends SummaryJson {
  readonly laps: readonly LapJson[];
  readonly pool: PoolJson | null;
}

export interface SourceJson {
  readonly format: string;
  readonly file: string;
  readonly contentHash: string;
  readonly sizeBytes: number;
  readonly device: {
    readonly manufacturer: string | null;
    readonly product: string | null;
    readonly serial: string | null;
    readonly softwareVersion: string | null;
  } | null;
}

type Column = readonly (number | null)[];

/** Samples as plain arrays, one per channel, all of one length; null for a missing sample or an absent channel. */
export interface StreamsJson {
  /** Seconds since the session start. */
  readonly time: Column;
  /** Degrees. */
  readonly lat: Column | null;
  readonly lon: Column | null;
  readonly altitude: Column | null;
  readonly distance: Column | null;
  readonly speed: Column | null;
  readonly heartRate: Column | null;
  readonly power: Column | null;
  readonly cadence: Column | null;
  readonly temperature: Column | null;
  readonly extra: readonly { readonly name: string; readonly units: string; readonly values: Column }[];
  /** R-R intervals in seconds (not per sample). */
  readonly rrIntervalsS: Column | null;
}

/** The session's training load and the signal it came from (see the LoadMethod list in shared/analytics). */
export interface LoadJson {
  /** On the TSS scale (one hour at threshold = 100), except 'trimp' and 'session-rpe'; to 0.01. */
  readonly value: number;
  readonly method: LoadMethod;
  /** True when a threshold it used was estimated from the files rather than given. */
  readonly estimated: boolean;
  /** The inputs in plain words: "NP 250 W over 3600 s at FTP 250 W". */
  readonly basis: string;
}

export interface SessionJson extends SummaryJson {
  readonly id: string;
  readonly title: string | null;
  readonly utcOffsetS: number | null;
  readonly notes: string | null;
  readonly rpe: number | null;
  readonly gear: string | null;
  readonly laps: readonly LapJson[];
  readonly legs: readonly LegJson[];
  readonly pool: PoolJson | null;
  /** The first source; `sources` lists all of them when a workout arrived from several. */
  readonly source: SourceJson | null;
  readonly sources: readonly SourceJson[];
  readonly warnings: readonly string[];
  /** Null when nothing could score the session (no thresholds for its signals, no RPE). */
  readonly load: LoadJson | null;
  /** Which file each channel and summary value came from when sources were merged; null for one source. */
  readonly channelSources: ChannelSourcesJson | null;
  /** Only with --streams. */
  readonly streams?: StreamsJson | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Derived numbers (loads, fitness) to 0.01: finer is noise, and the JSON stays readable. */
export const hundredths = (v: number): number => Math.round(v * 100) / 100;

const loadJson = (load: LoadScore | null): LoadJson | null =>
  load && { value: hundredths(load.value), method: load.method, estimated: load.estimated, basis: load.basis };

function summaryJson(s: Summary): SummaryJson {
  return {
    start: iso(s.start),
    sport: s.sport,
    subSport: s.subSport,
    elapsedS: s.elapsedS,
    movingS: s.movingS,
    distanceM: s.distanceM,
    ascentM: s.ascentM,
    descentM: s.descentM,
    avgHr: s.avgHr,
    maxHr: s.maxHr,
    avgPowerW: s.avgPowerW,
    maxPowerW: s.maxPowerW,
    avgCadence: s.avgCadence,
    maxCadence: s.maxCadence,
    avgSpeed: s.avgSpeed,
    maxSpeed: s.maxSpeed,
    calories: s.calories,
    avgTempC: s.avgTempC,
  };
}

const lapJson = (lap: Lap): LapJson => ({ ...summaryJson(lap), trigger: lap.trigger });

function poolJson(pool: PoolSwim | undefined): PoolJson | null {
  if (!pool) return null;
  return {
    poolLengthM: pool.poolLengthM,
    activeLengths: pool.activeLengths,
    swolf: pool.swolf,
    lengths: pool.lengths.map((l) => ({
      start: iso(l.start),
      elapsedS: l.elapsedS,
      active: l.active,
      strokes: l.strokes,
      stroke: l.stroke,
    })),
  };
}

const legJson = (leg: Leg): LegJson => ({ ...summaryJson(leg), laps: leg.laps.map(lapJson), pool: poolJson(leg.pool) });

function sourceJson(s: SourceRef): SourceJson {
  return {
    format: s.format,
    file: s.file,
    contentHash: s.contentHash,
    sizeBytes: s.sizeBytes,
    device: s.device && {
      manufacturer: s.device.manufacturer,
      product: s.device.product,
      serial: s.device.serial,
      softwareVersion: s.device.softwareVersion,
    },
  };
}

const nullIfNaN = (v: number) => (Number.isNaN(v) ? null : v);
const float64Column = (values: Float64Array): Column => Array.from(values, nullIfNaN);

// A Float32 sample printed as a double shows float noise (8.84 -> 8.84000015258789).
// Print the shortest decimal that reads back as the same float32 instead:
// at most 9 significant digits always suffice (IEEE 754-2008, section 5.12.2).
function shortestFloat32(v: number): number {
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(v.toPrecision(digits));
    if (Math.fround(candidate) === v) return candidate;
  }
  return Number(v.toPrecision(9));
}

const float32Column = (values: Float32Array): Column =>
  Array.from(values, (v) => (Number.isNaN(v) ? null : shortestFloat32(v)));

const optional32 = (values: Float32Array | undefined): Column | null => (values ? float32Column(values) : null);

function streamsJson(streams: Streams, rr: Float32Array | undefined): StreamsJson {
  const p = streams.positions;
  const n = streams.time.length;
  const degrees = (at: typeof latitudeDegrees) => (p ? Array.from({ length: n }, (_, i) => nullIfNaN(at(p, i))) : null);
  return {
    time: float64Column(streams.time),
    lat: degrees(latitudeDegrees),
    lon: degrees(longitudeDegrees),
    altitude: optional32(streams.altitude),
    distance: streams.distance ? float64Column(streams.distance) : null,
    speed: optional32(streams.speed),
    heartRate: optional32(streams.heartRate),
    power: optional32(streams.power),
    cadence: optional32(streams.cadence),
    temperature: optional32(streams.temperature),
    extra: (streams.extra ?? []).map((c) => ({ name: c.name, units: c.units, values: float64Column(c.values) })),
    rrIntervalsS: optional32(rr),
  };
}

export interface SessionJsonOptions {
  /** Add the samples (`streams`, null when the session has none). */
  readonly streams: boolean;
  /** The session's load, scored by the caller (it needs the athlete's thresholds). */
  readonly load: LoadScore | null;
}

export function sessionJson(s: Session, options: SessionJsonOptions): SessionJson {
  const json: SessionJson = {
    id: s.id,
    title: s.title,
    ...summaryJson(s),
    utcOffsetS: s.utcOffsetS,
    notes: s.notes,
    rpe: s.rpe,
    gear: s.gear,
    laps: s.laps.map(lapJson),
    legs: s.legs.map(legJson),
    pool: poolJson(s.pool),
    source: s.sources[0] ? sourceJson(s.sources[0]) : null,
    sources: s.sources.map(sourceJson),
    warnings: [...s.warnings],
    load: loadJson(options.load),
    channelSources: channelSourcesJson(s),
  };
  if (!options.streams) return json;
  return { ...json, streams: s.streams ? streamsJson(s.streams, s.rrIntervalsS) : null };
}
