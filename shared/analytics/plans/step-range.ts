// A step's target in absolute units on the athlete's thresholds of the day:
// what load, compliance, the preview and a device file all need.
import type { Sport } from '../../model';
import type { Thresholds } from '../profile/types';
import { hrZones, powerZones } from '../profile/zones';
import type { StepTarget } from '../../model';

/** The channel a target is held on, and its range in that channel's SI unit (W, bpm, m/s). */
export interface StepRange {
  readonly channel: 'power' | 'heartRate' | 'speed';
  readonly low: number;
  readonly high: number;
}

/** The threshold speed a pace target is measured against: CSS in the water, threshold run speed elsewhere. */
export function thresholdSpeed(t: Thresholds, sport: Sport): number | null {
  return (sport === 'swimming' ? t.swimCss?.value : t.thresholdRunSpeed?.value) ?? null;
}

/** The channel's threshold: FTP, threshold HR or threshold speed. */
export function channelThreshold(channel: StepRange['channel'], t: Thresholds, sport: Sport): number | null {
  if (channel === 'power') return t.ftp?.value ?? null;
  if (channel === 'heartRate') return t.thresholdHr?.value ?? null;
  return thresholdSpeed(t, sport);
}

/**
 * The absolute range of `target`, or null when it needs a threshold the athlete
 * has not set. An open-ended top zone runs from its floor to 10 % above it.
 */
export function stepRange(target: StepTarget, t: Thresholds): StepRange | null {
  switch (target.kind) {
    case 'power':
      return { channel: 'power', low: target.low, high: target.high };
    case 'hr':
      return { channel: 'heartRate', low: target.low, high: target.high };
    case 'pace':
      return { channel: 'speed', low: target.low, high: target.high };
    case 'ftp':
      return scaled('power', t.ftp?.value, target.low, target.high);
    case 'threshold-hr':
      return scaled('heartRate', t.thresholdHr?.value, target.low, target.high);
    case 'power-zone':
      return zoneRange('power', powerZones(t)?.zones, target.zone);
    case 'hr-zone':
      return zoneRange('heartRate', hrZones(t)?.zones, target.zone);
  }
}

function scaled(channel: StepRange['channel'], threshold: number | undefined, low: number, high: number) {
  return threshold === undefined ? null : { channel, low: low * threshold, high: high * threshold };
}

function zoneRange(
  channel: StepRange['channel'],
  zones: readonly { min: number; max: number }[] | undefined,
  zone: number,
): StepRange | null {
  const z = zones?.[zone - 1];
  if (!z) return null;
  return { channel, low: z.min, high: Number.isFinite(z.max) ? z.max : z.min * 1.1 };
}

/** The middle of a range: what a step's load and preview assume the athlete holds. */
export const rangeMid = (r: StepRange) => (r.low + r.high) / 2;

/**
 * How hard a target is, as a fraction of the channel's threshold (1 = threshold):
 * what the preview draws. % FTP and % threshold HR need no threshold; the rest
 * are measured against the day's; null when that threshold is not set.
 */
export function targetIntensity(target: StepTarget, t: Thresholds, sport: Sport): number | null {
  if (target.kind === 'ftp' || target.kind === 'threshold-hr') return (target.low + target.high) / 2;
  const range = stepRange(target, t);
  const threshold = range && channelThreshold(range.channel, t, sport);
  return range && threshold ? rangeMid(range) / threshold : null;
}
