// Heart rate stored in FIT `hr` messages (HRM-Pro / HRM-Tri swims, where the
// strap buffers beats underwater and the watch writes them afterwards) merged
// onto the record column. This follows @garmin/fitsdk 21.217.0
// src/utils-hr-mesg.js (expandHeartRates, mergeHeartRates) step for step, so
// our records match the SDK's merged records exactly; where the SDK throws on a
// malformed message we skip that message instead.
import { nums, num } from './message-fields';
import type { FitMessage } from './types';

// The SDK carries a value forward across a gap in 250 ms steps for at most 5 s.
const GAP_STEP_S = 0.25;
const GAP_MAX_STEPS = 20;
// event_timestamp rolls over at 2^22 (FIT profile: hr.event_timestamp, 1/1024 s, accumulated from 12-bit components).
const ROLLOVER = 0x400000;

interface HeartRateSamples {
  /** UTC epoch seconds. */
  readonly time: number[];
  readonly bpm: number[];
}

/** Every beat-to-beat heart rate the hr messages hold, on the UTC clock. */
export function expandHeartRates(hrMessages: readonly FitMessage[]): HeartRateSamples {
  const time: number[] = [];
  const bpm: number[] = [];
  let anchorTime: number | null = null;
  let anchorEvent = 0;
  for (const m of hrMessages) {
    const events = nums(m, 'eventTimestamp');
    const values = nums(m, 'filteredBpm');
    const timestamp = num(m, 'timestamp');
    if (timestamp !== null) {
      // An anchor message ties one event_timestamp to the UTC clock.
      if (events.length !== 1) continue;
      anchorTime = timestamp / 1000 + (num(m, 'fractionalTimestamp') ?? 0);
      anchorEvent = events[0]!;
    }
    if (anchorTime === null || events.length !== values.length) continue;
    for (let i = 0; i < events.length; i++) {
      let event = events[i]!;
      if (event < anchorEvent) {
        if (anchorEvent - event <= ROLLOVER) continue;
        event += ROLLOVER;
      }
      const t = anchorTime + (event - anchorEvent);
      const last = time.length - 1;
      if (last >= 0) {
        const previousTime = time[last]!;
        const previousBpm = bpm[last]!;
        let gapMs = Math.abs(t - previousTime) * 1000;
        for (let step = 1; gapMs > GAP_STEP_S * 1000 && step <= GAP_MAX_STEPS; step++) {
          time.push(previousTime + GAP_STEP_S * step);
          bpm.push(previousBpm);
          gapMs -= GAP_STEP_S * 1000;
        }
      }
      time.push(t);
      bpm.push(values[i]!);
    }
  }
  return { time, bpm };
}

/**
 * A copy of the record heart-rate column where each record takes the rounded
 * mean of the hr-message beats since the previous record, as the SDK does.
 * Returns the column and how many records took a value from the hr messages.
 */
export function mergeHeartRates(
  hrMessages: readonly FitMessage[],
  timestampMs: Float64Array,
  heartRate: Float32Array,
): { readonly heartRate: Float32Array; readonly merged: number } {
  const out = Float32Array.from(heartRate);
  const { time, bpm } = expandHeartRates(hrMessages);
  let merged = 0;
  let index = 0;
  let rangeStart: number | null = null;
  for (let r = 0; r < timestampMs.length; r++) {
    const rangeEnd = timestampMs[r]! / 1000;
    if (Number.isNaN(rangeEnd)) continue;
    if (rangeStart === null) rangeStart = rangeEnd;
    if (rangeStart === rangeEnd) {
      rangeStart--;
      index = index >= 1 ? index - 1 : 0;
    }
    let sum = 0;
    let count = 0;
    for (; index < time.length; index++) {
      const t = time[index]!;
      if (t > rangeStart && t <= rangeEnd) {
        sum += bpm[index]!;
        count++;
      } else if (t > rangeEnd) {
        if (count > 0) {
          out[r] = Math.round(sum / count);
          merged++;
        }
        rangeStart = rangeEnd;
        break;
      }
    }
  }
  return { heartRate: out, merged };
}
