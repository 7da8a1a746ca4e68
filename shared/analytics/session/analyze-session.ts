import type { Session, Streams } from '../../model';
import { thresholdsAt } from '../profile/thresholds-at';
import type { AthleteProfile } from '../profile/types';
import { hrrZones, hrZones, paceZones, powerZones } from '../profile/zones';
import type { ZoneSet } from '../profile/zones';
import { activeMean, toChannels } from './channels';
import type { Channels } from './channels';
import { aerobicDecoupling, efficiencyFactor } from './efficiency';
import { bestDistanceInTime, bestEffortsByDistance } from './best-efforts';
import type { DistanceEffort } from './best-efforts';
import { findClimbs } from './climbs';
import type { Climb } from './climbs';
import { normalizedPower } from './normalized-power';
import { meanMaximalPower } from './power-curve';
import type { CurvePoint } from './power-curve';
import { isFootSport, scoreSession } from './score-load';
import type { LoadOptions, LoadScore } from './score-load';
import { timeInZones } from './time-in-zones';

/** Durations for "farthest in a given time": 12 min (Cooper), 30 min, 1 h. */
export const DISTANCE_IN_TIME_S: readonly number[] = [720, 1800, 3600];

export interface ZoneTime {
  readonly zones: ZoneSet;
  /** Seconds per zone, in the order of zones.zones. */
  readonly seconds: readonly number[];
}

/** Everything computed for one session; absent values are null, never 0. */
export interface SessionAnalysis {
  readonly sessionId: string;
  readonly load: LoadScore | null;
  readonly normalizedPower: number | null;
  readonly intensityFactor: number | null;
  readonly variabilityIndex: number | null;
  readonly efficiencyFactor: number | null;
  /**
   * The means VI and EF divide by, W and bpm: of the recorded seconds with a value. A device's own averages in the
   * summary may count stopped or missing seconds otherwise, so the detail names these beside VI and EF.
   */
  readonly meanPower: number | null;
  readonly meanHeartRate: number | null;
  /** Percent; positive means output per beat fell in the second half. */
  readonly decouplingPct: number | null;
  readonly timeInZones: readonly ZoneTime[];
  readonly powerCurve: readonly CurvePoint[];
  readonly bestEfforts: readonly DistanceEffort[];
  readonly distanceInTime: readonly { durationS: number; distanceM: number }[];
  readonly climbs: readonly Climb[];
}

/** Analyses one session with the thresholds in force on its date. */
export function analyzeSession(
  session: Session,
  profile: AthleteProfile,
  options: LoadOptions & { readonly streams?: Streams } = {},
): SessionAnalysis {
  const streams = options.streams ?? session.streams ?? null;
  const t = thresholdsAt(profile, session.start, session.sport);
  const load = scoreSession(session, profile, options);
  const base: SessionAnalysis = {
    sessionId: session.id,
    load,
    normalizedPower: null,
    intensityFactor: null,
    variabilityIndex: null,
    efficiencyFactor: null,
    meanPower: null,
    meanHeartRate: null,
    decouplingPct: null,
    timeInZones: [],
    powerCurve: [],
    bestEfforts: [],
    distanceInTime: [],
    climbs: [],
  };
  if (!streams) return base;
  const c = toChannels(streams);
  const np = c.power ? normalizedPower(c.power) : null;
  const avgPower = c.power ? activeMean(c.power) : NaN;
  const avgHr = c.heartRate ? activeMean(c.heartRate) : NaN;
  const ftp = t.ftp?.value ?? null;
  const output = c.power
    ? { values: c.power, kind: 'power' as const }
    : c.speed
      ? { values: c.speed, kind: 'speed' as const }
      : null;
  return {
    ...base,
    normalizedPower: np,
    intensityFactor: np !== null && ftp ? np / ftp : null,
    variabilityIndex: np !== null && avgPower > 0 ? np / avgPower : null,
    efficiencyFactor: output && c.heartRate ? efficiencyFactor(output.values, c.heartRate, output.kind) : null,
    meanPower: Number.isNaN(avgPower) ? null : avgPower,
    meanHeartRate: Number.isNaN(avgHr) ? null : avgHr,
    decouplingPct: output && c.heartRate ? aerobicDecoupling(output.values, c.heartRate) : null,
    timeInZones: zoneTimes(c, [
      powerZones(t, profile.zoneOverrides),
      hrZones(t, profile.zoneOverrides),
      hrrZones(t, profile.zoneOverrides),
      isFootSport(session.sport) ? paceZones(t, profile.zoneOverrides) : null,
    ]),
    powerCurve: c.power ? meanMaximalPower(c.power) : [],
    bestEfforts: streams.distance ? bestEffortsByDistance(streams.time, streams.distance) : [],
    distanceInTime: c.distance ? bestDistanceInTime(c.distance, DISTANCE_IN_TIME_S) : [],
    climbs: c.altitude ? findClimbs(c.altitude) : [],
  };
}

function zoneTimes(c: Channels, sets: readonly (ZoneSet | null)[]): ZoneTime[] {
  const out: ZoneTime[] = [];
  for (const zones of sets) {
    if (!zones) continue;
    const channel = zones.model === 'power' ? c.power : zones.model === 'pace' ? c.speed : c.heartRate;
    if (channel) out.push({ zones, seconds: timeInZones(channel, zones.zones) });
  }
  return out;
}
