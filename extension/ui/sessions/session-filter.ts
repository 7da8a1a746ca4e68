// The list's filter as the athlete sets it (dates as the date inputs give
// them) and as the database reads it (epoch ms).
import type { Sport } from '../../../shared/model';
import type { SessionFilter } from '../../db';

export interface FilterInput {
  readonly sport: Sport | '';
  /** 'YYYY-MM-DD' or '' */
  readonly from: string;
  /** 'YYYY-MM-DD' or '', inclusive: the whole day counts. */
  readonly to: string;
  readonly search: string;
}

export const NO_FILTER: FilterInput = { sport: '', from: '', to: '', search: '' };

/** Local midnight of a 'YYYY-MM-DD' day, `addDays` later. */
function localMidnight(day: string, addDays: number): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays).getTime();
}

export function toSessionFilter(input: FilterInput): SessionFilter {
  const from = localMidnight(input.from, 0);
  const to = localMidnight(input.to, 1);
  const search = input.search.trim();
  return {
    ...(input.sport !== '' && { sport: input.sport }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    ...(search !== '' && { search }),
  };
}

export function isFiltered(input: FilterInput): boolean {
  return input.sport !== '' || input.from !== '' || input.to !== '' || input.search.trim() !== '';
}
