import type { Session, Streams } from '../../model';
import { percentile } from '../common/stats';
import { dayToIsoDate, dayNumber } from '../common/day';
import { toChannels } from '../session/channels';
import { bestWindowMean } from '../session/best-window';
import { bestEffortsByDistance } from '../session/best-efforts';
import type { ThresholdEntry, ThresholdKey } from './types';

/**
 * Thresholds estimated from the athlete's own data when none is set, each marked
 * `estimated: true` with how it was made, and in force from the first session.
 * Every estimate is the usual field-test rule applied to the best effort found:
 * - FTP: 95 % of the best 20-minute power (Allen & Coggan's 20-minute test).
 * - Threshold HR: the best 20-minute average HR (Friel's LTHR test takes the
 *   last 20 minutes of a 30-minute solo effort).
 * - Max HR: the highest 99th percentile of any session's HR samples (so one spike
 *   from a strap does not set it), else the highest session maximum.
 * - Resting HR: the 5th percentile of daily resting HR readings when given.
 * - Threshold run speed: the best 30-minute average speed on foot (Friel's 30-minute run test).
 * - Swim critical speed: (400 - 200) / (t400 - t200) from the best 400 m and 200 m
 *   swum (Swim Smooth's CSS test).
 */
export interface EstimateInput {
  readonly sessions: readonly Session[];
  /** Samples by session id, when stored apart from the sessions. */
  readonly streams?: ReadonlyMap<string, Streams>;
  /** Daily resting HR readings (wellness), bpm. */
  readonly restingHrs?: readonly number[];
}

const TWENTY_MIN_S = 1200;
const THIRTY_MIN_S = 1800;

interface Best {
  value: number;
  session: Session;
}

export function estimateThresholds(input: EstimateInput): ThresholdEntry[] {
  const { sessions } = input;
  if (sessions.length === 0) return [];
  const from = Math.min(...sessions.map((s) => s.start));
  const out: ThresholdEntry[] = [];
  const add = (key: ThresholdKey, value: number, how: string) => out.push({ key, value, from, estimated: true, how });
  const on = (s: Session) => dayToIsoDate(dayNumber(s.start, s.utcOffsetS));

  let power20: Best | null = null;
  let hr20: Best | null = null;
  let hr99: Best | null = null;
  let run30: Best | null = null;
  let css: Best | null = null;
  const better = (b: Best | null, value: number, session: Session, lower = false) =>
    b === null || (lower ? value < b.value : value > b.value) ? { value, session } : b;

  for (const s of sessions) {
    const streams = input.streams?.get(s.id) ?? s.streams;
    if (!streams) continue;
    const c = toChannels(streams);
    if (c.power) {
      const b = bestWindowMean(c.power, TWENTY_MIN_S, 'zero');
      if (b) power20 = better(power20, b.value, s);
    }
    if (c.heartRate) {
      const b = bestWindowMean(c.heartRate, TWENTY_MIN_S, 'break');
      if (b) hr20 = better(hr20, b.value, s);
      const p99 = percentile(c.heartRate, 99);
      if (!Number.isNaN(p99)) hr99 = better(hr99, p99, s);
    }
    if (c.distance && (s.sport === 'running' || s.sport === 'walking' || s.sport === 'hiking')) {
      const b = bestWindowMean(c.speed!, THIRTY_MIN_S, 'break');
      if (b) run30 = better(run30, b.value, s);
    }
    if (streams.distance && s.sport === 'swimming') {
      const [e200, e400] = bestEffortsByDistance(streams.time, streams.distance, [200, 400]);
      if (e200 && e400 && e400.seconds > e200.seconds) css = better(css, 200 / (e400.seconds - e200.seconds), s);
    }
  }

  if (power20)
    add(
      'ftp',
      0.95 * power20.value,
      `95% of the best 20-minute power, ${Math.round(power20.value)} W on ${on(power20.session)}`,
    );
  if (hr20) add('thresholdHr', hr20.value, `best 20-minute average heart rate, on ${on(hr20.session)}`);
  if (hr99) {
    add('maxHr', hr99.value, `highest 99th-percentile heart rate of a session, on ${on(hr99.session)}`);
  } else {
    const top = sessions.reduce<Best | null>((b, s) => (s.maxHr === null ? b : better(b, s.maxHr, s)), null);
    if (top) add('maxHr', top.value, `highest heart rate recorded, on ${on(top.session)}`);
  }
  if (input.restingHrs && input.restingHrs.length > 0) {
    add(
      'restHr',
      percentile(input.restingHrs, 5),
      `5th percentile of ${input.restingHrs.length} daily resting heart rates`,
    );
  }
  if (run30) add('thresholdRunSpeed', run30.value, `best 30-minute average speed on foot, on ${on(run30.session)}`);
  if (css) add('swimCss', css.value, `critical swim speed from the best 200 m and 400 m, on ${on(css.session)}`);
  return out;
}
