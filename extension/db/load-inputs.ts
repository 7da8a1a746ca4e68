// What load scoring reads from a session's samples, with no threshold in it,
// kept on the session row. The analytics score a session from its 1 Hz
// channels (shared/analytics/session/score-load.ts): NP and seconds of power,
// (grade-adjusted) mean speed and seconds moving, TRIMP summed second by
// second over heart rate. None of these depend on FTP, threshold pace or the
// HR range except TRIMP, which needs every second's heart rate: it is kept as
// seconds per distinct reading, from which TRIMP sums exactly for any rest and
// max HR. So Today scores 5,000 sessions as the detail scores one, without
// reading their samples (score-stored.ts).
import { gradeAdjustedSpeed, normalizedPower, toChannels, type Channels } from '../../shared/analytics';
import type { Session } from '../../shared/model';

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

function stretchInputs(c: Channels): StretchInputs {
  const speed = c.speed ? activeStats(c.speed) : null;
  return {
    power: c.power ? { np: normalizedPower(c.power), seconds: activeStats(c.power).seconds } : null,
    speed:
      c.speed && speed
        ? { ...speed, gradeAdjusted: c.distance && c.altitude ? activeStats(gradeAdjustedSpeed(c.speed, c.distance, c.altitude)).mean : null }
        : null,
    heartRate: c.heartRate ? secondsAtEachReading(c.heartRate) : null,
  };
}

/** The inputs of a session with samples, on the same channels and leg slices the analytics use; null without samples. */
export function loadInputsOf(session: Session): LoadInputs | null {
  const { streams } = session;
  if (streams === undefined) return null;
  if (session.legs.length === 0) return [stretchInputs(toChannels(streams))];
  return session.legs.map((leg) => {
    const offsetS = (leg.start - session.start) / 1000;
    return stretchInputs(toChannels(streams, offsetS, offsetS + leg.elapsedS));
  });
}
