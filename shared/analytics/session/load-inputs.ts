// What load scoring reads from a session's samples, with no threshold in it:
// NP and seconds of power, (grade-adjusted) mean speed and seconds moving, and
// for TRIMP, which needs every second's heart rate, the seconds spent at each
// distinct reading (TRIMP sums exactly from them for any rest and max HR).
// score-load.ts scores from these alone, so the extension keeps them on each
// session row and scores 5,000 sessions without reading their samples.
import type { Session, Streams } from '../../model';
import { stretchChannels, type Channels } from './channels';
import { gradeAdjustedSpeed } from './grade-adjusted';
import { normalizedPower } from './normalized-power';

/** The inputs of one stretch the analytics score on its own: a whole session, or one multisport leg. */
export interface StretchInputs {
  /** Present when there is a power channel: NP (null under 30 s of power) and seconds with power. */
  readonly power: { readonly np: number | null; readonly seconds: number } | null;
  /**
   * Present when there is a speed channel (or distance to derive it): seconds moving, their mean
   * speed, and the mean grade-adjusted speed when distance and altitude were both recorded.
   */
  readonly speed: { readonly seconds: number; readonly mean: number; readonly gradeAdjusted: number | null } | null;
  /** Present when there is a heart-rate channel: how many seconds were spent at each distinct reading. */
  readonly heartRate: { readonly bpm: Float32Array; readonly seconds: Uint32Array } | null;
}

/** One entry for a session, or one per leg, in order, for a multisport session (the analytics score legs apart). */
export type LoadInputs = readonly StretchInputs[];

function activeStats(values: Float32Array): { seconds: number; mean: number } {
  let sum = 0;
  let seconds = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    seconds++;
  }
  return { seconds, mean: seconds === 0 ? NaN : sum / seconds };
}

function secondsAtEachReading(hr: Float32Array): { bpm: Float32Array; seconds: Uint32Array } {
  const counts = new Map<number, number>();
  for (const v of hr) if (!Number.isNaN(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const bpm = Float32Array.from(counts.keys()).sort();
  return { bpm, seconds: Uint32Array.from(bpm, (v) => counts.get(v)!) };
}

/** No samples: scored from the summary. */
export const NO_SAMPLES: StretchInputs = { power: null, speed: null, heartRate: null };

export function stretchInputs(c: Channels): StretchInputs {
  const speed = c.speed ? activeStats(c.speed) : null;
  return {
    power: c.power ? { np: normalizedPower(c.power), seconds: activeStats(c.power).seconds } : null,
    speed:
      c.speed && speed
        ? {
            ...speed,
            gradeAdjusted:
              c.distance && c.altitude ? activeStats(gradeAdjustedSpeed(c.speed, c.distance, c.altitude)).mean : null,
          }
        : null,
    heartRate: c.heartRate ? secondsAtEachReading(c.heartRate) : null,
  };
}

/**
 * The inputs of a session with samples (its own or `streams`), one per multisport leg; null without samples.
 * `channels` are the stretches' channels when already worked out (stretchChannels).
 */
export function loadInputsOf(
  session: Session,
  streams: Streams | undefined = session.streams,
  channels: readonly Channels[] | undefined = streams && stretchChannels(session, streams),
): LoadInputs | null {
  if (channels === undefined) return null;
  return channels.map(stretchInputs);
}
