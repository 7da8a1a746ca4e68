// Pool swims from FIT `length` messages (one per pool length; length_type
// active or idle = rest at the wall) and session.pool_length, which the
// profile stores in metres whatever pool_length_unit the watch displays.
import { epochMs, meters, seconds, type PoolLength, type PoolSwim } from '../../shared/model';
import { num, snakeCase, str } from './message-fields';
import type { FitMessage } from './types';

export interface IndexedLength {
  /** The length message's message_index, which lap.first_length_index refers to. */
  readonly messageIndex: number | null;
  readonly length: PoolLength;
}

/** Every length message as a PoolLength, in time order. */
export function readLengths(messages: readonly FitMessage[]): IndexedLength[] {
  const out: IndexedLength[] = [];
  for (const m of messages) {
    const start = num(m, 'startTime');
    if (start === null) continue;
    const stroke = str(m, 'swimStroke');
    out.push({
      messageIndex: num(m, 'messageIndex'),
      length: {
        start: epochMs(start),
        elapsedS: seconds(num(m, 'totalElapsedTime') ?? num(m, 'totalTimerTime') ?? 0),
        active: m.lengthType !== 'idle',
        strokes: num(m, 'totalStrokes'),
        stroke: stroke === null ? null : snakeCase(stroke),
      },
    });
  }
  return out.sort((a, b) => a.length.start - b.length.start);
}

/**
 * The lengths of one session, leg or lap: by first_length_index / num_lengths
 * when the message gives them (lap and length start times are rounded to the
 * second and can straddle a boundary), else those starting in [fromMs, toMs).
 */
export function lengthsOf(
  all: readonly IndexedLength[],
  summary: FitMessage | null,
  fromMs: number,
  toMs: number,
): PoolLength[] {
  const first = num(summary ?? undefined, 'firstLengthIndex');
  const count = num(summary ?? undefined, 'numLengths');
  const byIndex = first !== null && count !== null;
  const out: PoolLength[] = [];
  for (const { messageIndex, length } of all) {
    const inside = byIndex
      ? messageIndex !== null && messageIndex >= first && messageIndex < first + count
      : length.start >= fromMs && length.start < toMs;
    if (inside) out.push(length);
  }
  return out;
}

/** Seconds spent swimming: the active lengths' time (rest at the wall is not moving). */
export function activeSeconds(lengths: readonly PoolLength[]): number {
  let s = 0;
  for (const l of lengths) if (l.active) s += l.elapsedS;
  return s;
}

/**
 * SWOLF as we define it: the mean over active lengths that have a stroke
 * count of (length time in seconds + strokes). This is the per-length
 * definition Garmin gives for SWOLF. elevate instead scales session averages
 * to the pool length: L / avgSpeed x (1 + avgCadence / 60) (its
 * ActivityComputer.computeSwimSwolf), which differs when pace varies.
 */
function swolf(lengths: readonly PoolLength[]): number | null {
  let sum = 0;
  let n = 0;
  for (const l of lengths) {
    if (!l.active || l.strokes === null) continue;
    sum += l.elapsedS + l.strokes;
    n++;
  }
  return n > 0 ? sum / n : null;
}

/** The pool swim for a stretch of lengths, or undefined without a pool length or lengths. */
export function buildPoolSwim(poolLengthM: number | null, lengths: readonly PoolLength[]): PoolSwim | undefined {
  if (poolLengthM === null || poolLengthM <= 0 || lengths.length === 0) return undefined;
  let activeLengths = 0;
  for (const l of lengths) if (l.active) activeLengths++;
  return { poolLengthM: meters(poolLengthM), lengths, activeLengths, swolf: swolf(lengths) };
}
