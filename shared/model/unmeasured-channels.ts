// A device with no sensor paired may still record the channel, as zeros: a bike
// computer writes "power 0" every second with no power meter, an indoor app
// 0 bpm with no strap. A channel with no non-zero value measured nothing, so it
// is no channel: left out of the samples and its averages and maxima cleared,
// so load, thresholds, curves and the choice between two recordings never see
// it. Zeros in a channel that has readings stay: a coasting cyclist's 0 W is real.
import type { Lap, Leg, Session, Summary } from './session';
import type { Streams } from './streams';

/** The channels a device fills with zeros when nothing measures them, and the summary values that follow each. */
const ZERO_WHEN_UNMEASURED = {
  heartRate: ['avgHr', 'maxHr'],
  power: ['avgPowerW', 'maxPowerW'],
  cadence: ['avgCadence', 'maxCadence'],
  speed: ['avgSpeed', 'maxSpeed'],
} as const satisfies Record<string, readonly (keyof Summary)[]>;

type ZeroChannel = keyof typeof ZERO_WHEN_UNMEASURED;
const ZERO_CHANNELS = Object.keys(ZERO_WHEN_UNMEASURED) as ZeroChannel[];

function hasReading(values: Float32Array): boolean {
  for (const v of values) if (v !== 0 && !Number.isNaN(v)) return true;
  return false;
}

/** `streams` without the channels that hold no non-zero value (the same object when there are none). */
export function withoutUnmeasuredChannels(streams: Streams): Streams {
  const empty = ZERO_CHANNELS.filter((c) => {
    const values = streams[c];
    return values !== undefined && !hasReading(values);
  });
  if (empty.length === 0) return streams;
  const kept: { -readonly [K in keyof Streams]: Streams[K] } = { ...streams };
  for (const c of empty) delete kept[c];
  return kept;
}

function cleared<T extends Summary>(summary: T, fields: readonly (keyof Summary)[]): T {
  if (fields.every((f) => summary[f] !== 0)) return summary;
  const out: Record<keyof Summary, unknown> = { ...summary };
  for (const f of fields) if (out[f] === 0) out[f] = null;
  return out as T;
}

/**
 * The session without its unmeasured channels: their samples dropped, and, for a channel it then has no samples
 * of and whose summary says nothing above 0, the zeros in its summary, legs and laps cleared. The same object
 * when there is nothing to drop.
 */
export function dropUnmeasuredChannels(session: Session): Session {
  const streams = session.streams && withoutUnmeasuredChannels(session.streams);
  const fields = ZERO_CHANNELS.filter(
    (c) => streams?.[c] === undefined && ZERO_WHEN_UNMEASURED[c].every((f) => (session[f] ?? 0) === 0),
  ).flatMap((c) => ZERO_WHEN_UNMEASURED[c]);
  const summaries: readonly Summary[] = [
    session,
    ...session.laps,
    ...session.legs.flatMap((leg) => [leg, ...leg.laps]),
  ];
  if (streams === session.streams && !summaries.some((s) => fields.some((f) => s[f] === 0))) return session;
  const laps = (all: readonly Lap[]) => all.map((lap) => cleared(lap, fields));
  const legs: Leg[] = session.legs.map((leg) => ({ ...cleared(leg, fields), laps: laps(leg.laps) }));
  return {
    ...cleared(session, fields),
    laps: laps(session.laps),
    legs,
    ...(streams && { streams }),
  };
}
