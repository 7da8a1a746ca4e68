import type { Sport } from '../../model';
import { dayToIsoDate } from '../common/day';
import { ACUTE_DAYS, ATL_FACTOR, CHRONIC_DAYS, CTL_FACTOR, MONOTONY_DAYS, RAMP_DAYS } from './pmc';

/** What the daily series need of a session: stored with its summary, so no samples are read. */
export interface LoadEntry {
  readonly id: string;
  /** Local day number (see common/day.ts). */
  readonly day: number;
  readonly load: number;
  readonly sport: Sport;
  readonly movingS: number;
  readonly distanceM: number | null;
}

/** One day of the fitness/fatigue picture. NaN where a value is not defined yet. */
export interface DayRow {
  readonly day: number;
  readonly date: string;
  readonly load: number;
  /** Fitness: 42-day exponentially weighted load. */
  readonly ctl: number;
  /** Fatigue: 7-day exponentially weighted load. */
  readonly atl: number;
  /** Form, shown the following day: yesterday's CTL - yesterday's ATL (GoldenCheetah's default, PMCData sb_[day+1]). */
  readonly tsb: number;
  /** CTL today - CTL 7 days ago. */
  readonly rampRate: number;
  /** Mean load of the last 7 days / mean of the last 28 (Gabbett 2016); NaN before 28 days of history. */
  readonly acwrRolling: number;
  /** ATL / CTL, the exponentially weighted ratio intervals.icu shows. */
  readonly acwrEwma: number;
  /** Foster: mean / SD of the last 7 daily loads; NaN when every day was the same. */
  readonly monotony: number;
  /** Foster: weekly load x monotony. */
  readonly strain: number;
}

const SERIES = ['load', 'ctl', 'atl', 'tsb', 'ramp', 'acwrRolling', 'acwrEwma', 'monotony', 'strain'] as const;
type SeriesName = (typeof SERIES)[number];

/**
 * Daily load and everything derived from it, kept in typed arrays indexed by
 * day - firstDay. Adding, changing or removing one session re-derives the series
 * from that session's day forward only: every value on day d depends on days <= d.
 */
export class TrainingLog {
  private readonly entries = new Map<string, LoadEntry>();
  private series: Record<SeriesName, Float64Array>;
  private first = 0;
  private days = 0;
  private endDay: number | null;

  private constructor(endDay: number | null) {
    this.endDay = endDay;
    this.series = allocate(0);
  }

  /** Builds the log from stored entries in one pass. `endDay` extends the series past the last session (to today). */
  static fromEntries(entries: Iterable<LoadEntry>, options: { endDay?: number } = {}): TrainingLog {
    const log = new TrainingLog(options.endDay ?? null);
    let min = Infinity;
    let max = -Infinity;
    for (const e of entries) {
      log.entries.set(e.id, e);
      if (e.day < min) min = e.day;
      if (e.day > max) max = e.day;
    }
    if (log.entries.size === 0) return log;
    log.resize(min, Math.max(max, log.endDay ?? max));
    for (const e of log.entries.values()) log.series.load[e.day - log.first]! += e.load;
    log.recomputeFrom(0);
    return log;
  }

  /**
   * Builds the log from stored daily totals (`loads[i]` is day `firstDay + i`), as fromEntries would from the
   * sessions behind them. It holds no sessions: `size` is 0 and `entry` finds none.
   */
  static fromDailyLoads(firstDay: number, loads: ArrayLike<number>, options: { endDay?: number } = {}): TrainingLog {
    const log = new TrainingLog(options.endDay ?? null);
    if (loads.length === 0) return log;
    log.resize(firstDay, Math.max(firstDay + loads.length - 1, log.endDay ?? -Infinity));
    log.series.load.set(loads);
    log.recomputeFrom(0);
    return log;
  }

  /** The daily load totals, first day first: what fromDailyLoads takes back. */
  dailyLoads(): Float64Array {
    return this.series.load.slice(0, this.days);
  }

  get firstDay(): number {
    return this.first;
  }

  get lastDay(): number {
    return this.first + this.days - 1;
  }

  get size(): number {
    return this.entries.size;
  }

  entry(id: string): LoadEntry | undefined {
    return this.entries.get(id);
  }

  allEntries(): IterableIterator<LoadEntry> {
    return this.entries.values();
  }

  /** Adds a session or replaces the one with the same id. */
  upsert(entry: LoadEntry): void {
    const old = this.entries.get(entry.id);
    this.entries.set(entry.id, entry);
    const dirty =
      this.days === 0
        ? this.resize(entry.day, Math.max(entry.day, this.endDay ?? entry.day))
        : this.resize(Math.min(this.first, entry.day), Math.max(this.lastDay, entry.day));
    if (old) this.series.load[old.day - this.first]! -= old.load;
    this.series.load[entry.day - this.first]! += entry.load;
    this.recomputeFrom(Math.min(dirty, entry.day - this.first, old ? old.day - this.first : Infinity));
  }

  /** Removes a session; false when the id is unknown. */
  remove(id: string): boolean {
    const old = this.entries.get(id);
    if (!old) return false;
    this.entries.delete(id);
    this.series.load[old.day - this.first]! -= old.load;
    this.recomputeFrom(old.day - this.first);
    return true;
  }

  /** Extends (never shrinks) the series to `day`, so fitness keeps decaying up to today. */
  extendTo(day: number): void {
    this.endDay = Math.max(this.endDay ?? day, day);
    if (this.days === 0 || day <= this.lastDay) return;
    this.recomputeFrom(this.resize(this.first, day));
  }

  /** The row for one day; null outside the series. */
  row(day: number): DayRow | null {
    const i = day - this.first;
    if (i < 0 || i >= this.days) return null;
    const s = this.series;
    return {
      day,
      date: dayToIsoDate(day),
      load: s.load[i]!,
      ctl: s.ctl[i]!,
      atl: s.atl[i]!,
      tsb: s.tsb[i]!,
      rampRate: s.ramp[i]!,
      acwrRolling: s.acwrRolling[i]!,
      acwrEwma: s.acwrEwma[i]!,
      monotony: s.monotony[i]!,
      strain: s.strain[i]!,
    };
  }

  /** Rows from `from` to `to` inclusive (default: the whole series). */
  rows(from = this.first, to = this.lastDay): DayRow[] {
    const out: DayRow[] = [];
    for (let d = Math.max(from, this.first); d <= Math.min(to, this.lastDay); d++) out.push(this.row(d)!);
    return out;
  }

  /** Re-derives every series from index i0 to the end; O(days - i0). */
  private recomputeFrom(i0: number): void {
    const { load, ctl, atl, tsb, ramp, acwrRolling, acwrEwma, monotony, strain } = this.series;
    const start = Math.max(0, i0);
    if (start >= this.days) return;
    let acute = windowSum(load, start - 1, ACUTE_DAYS);
    let chronic = windowSum(load, start - 1, CHRONIC_DAYS);
    let week = windowSum(load, start - 1, MONOTONY_DAYS);
    let weekSq = windowSumSq(load, start - 1, MONOTONY_DAYS);
    for (let i = start; i < this.days; i++) {
      const l = load[i]!;
      const prevCtl = i > 0 ? ctl[i - 1]! : 0;
      const prevAtl = i > 0 ? atl[i - 1]! : 0;
      ctl[i] = prevCtl + (l - prevCtl) * CTL_FACTOR;
      atl[i] = prevAtl + (l - prevAtl) * ATL_FACTOR;
      tsb[i] = prevCtl - prevAtl;
      ramp[i] = ctl[i]! - (i >= RAMP_DAYS ? ctl[i - RAMP_DAYS]! : 0);
      acute += l - at(load, i - ACUTE_DAYS);
      chronic += l - at(load, i - CHRONIC_DAYS);
      week += l - at(load, i - MONOTONY_DAYS);
      weekSq += l * l - at(load, i - MONOTONY_DAYS) ** 2;
      acwrRolling[i] = i >= CHRONIC_DAYS - 1 && chronic > 0 ? acute / ACUTE_DAYS / (chronic / CHRONIC_DAYS) : NaN;
      acwrEwma[i] = ctl[i]! > 0 ? atl[i]! / ctl[i]! : NaN;
      const mean = week / MONOTONY_DAYS;
      const variance = weekSq / MONOTONY_DAYS - mean * mean;
      // Below a hundredth of a load unit of spread the days are the same: monotony is undefined, not huge.
      const sd = variance > 1e-4 ? Math.sqrt(variance) : NaN;
      monotony[i] = mean / sd;
      strain[i] = week * monotony[i]!;
    }
  }

  /**
   * Makes the arrays cover [firstDay, lastDay], keeping what is computed; capacity
   * doubles so appending day after day stays cheap. Returns the first index whose
   * derived values are now stale: 0 after growing to the left (indices moved),
   * else the first new day.
   */
  private resize(firstDay: number, lastDay: number): number {
    const days = lastDay - firstDay + 1;
    const shift = this.first - firstDay;
    const oldDays = this.days;
    if (this.days > 0 && shift === 0 && days <= oldDays) return Infinity;
    if (shift !== 0 || days > this.series.load.length) {
      const next = allocate(Math.max(days, this.series.load.length * 2));
      if (oldDays > 0) for (const name of SERIES) next[name].set(this.series[name].subarray(0, oldDays), shift);
      this.series = next;
    }
    this.first = firstDay;
    this.days = days;
    return oldDays === 0 || shift !== 0 ? 0 : oldDays;
  }
}

function allocate(capacity: number): Record<SeriesName, Float64Array> {
  const s = {} as Record<SeriesName, Float64Array>;
  for (const name of SERIES) s[name] = new Float64Array(capacity);
  return s;
}

function at(a: Float64Array, i: number): number {
  return i >= 0 ? a[i]! : 0;
}

/** Sum of the `n` days ending at index `end` (days before the start count as 0). */
function windowSum(a: Float64Array, end: number, n: number): number {
  let s = 0;
  for (let i = Math.max(0, end - n + 1); i <= end; i++) s += a[i]!;
  return s;
}

function windowSumSq(a: Float64Array, end: number, n: number): number {
  let s = 0;
  for (let i = Math.max(0, end - n + 1); i <= end; i++) s += a[i]! * a[i]!;
  return s;
}
