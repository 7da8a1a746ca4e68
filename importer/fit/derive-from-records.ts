// Summary values from the records of a time range, through importer/derive,
// for whatever a session or lap message leaves out (or for a file with no
// session message at all).
import { epochMs, type Streams } from '../../shared/model';
import { rangeSummarizer, type RangeSummarizer } from '../derive';
import type { DeriveValues } from './build-summary';

/** In an ascending column, the first index with time >= t, or with time > t when `after`. */
function bound(time: Float64Array, t: number, after: boolean): number {
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = time[mid]!;
    if (v < t || (after && v === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isAscending(time: Float64Array): boolean {
  for (let i = 1; i < time.length; i++) if (!(time[i]! >= time[i - 1]!)) return false;
  return true;
}

/** Inclusive [first, last] sample indices with time in [from, to], or null when none is. */
function indexRange(time: Float64Array, ascending: boolean, from: number, to: number): [number, number] | null {
  if (ascending) {
    const first = bound(time, from, false);
    const last = bound(time, to, true) - 1;
    return first <= last ? [first, last] : null;
  }
  // Devices whose clock jumps back: scan, keeping the outermost samples in range.
  let first = -1;
  let last = -1;
  for (let i = 0; i < time.length; i++) {
    const t = time[i]!;
    if (t < from || t > to) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

/** Derives over `streams` (time in seconds since `startMs`); the summarizer is built on first use. */
export function deriveFromRecords(streams: Streams, startMs: number): DeriveValues {
  let summarizer: RangeSummarizer | null = null;
  let ascending: boolean | null = null;
  const { time } = streams;
  return (fromMs, toMs, fields) => {
    ascending ??= isAscending(time);
    const range = indexRange(time, ascending, (fromMs - startMs) / 1000, (toMs - startMs) / 1000);
    if (!range) return null;
    summarizer ??= rangeSummarizer(streams, epochMs(startMs));
    return summarizer.values(range[0], range[1], fields);
  };
}
