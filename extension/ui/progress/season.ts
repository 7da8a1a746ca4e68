// Seasons as the Progress view offers them: this calendar year, last year, or
// everything. An athlete's season is the year they race in.
import { dayNumber, dayToIsoDate, isoDateToDay } from '../../../shared/analytics';

export type SeasonId = 'this' | 'last' | 'all';

export interface Season {
  readonly id: SeasonId;
  readonly label: string;
  /** Days, inclusive. */
  readonly from: number;
  readonly to: number;
}

export function seasons(today: number): Season[] {
  const year = Number(dayToIsoDate(today).slice(0, 4));
  const start = (y: number) => isoDateToDay(`${y}-01-01`);
  return [
    { id: 'this', label: `This season (${year})`, from: start(year), to: today },
    { id: 'last', label: `Last season (${year - 1})`, from: start(year - 1), to: start(year) - 1 },
    { id: 'all', label: 'All time', from: -Infinity, to: Infinity },
  ];
}

/** The local day of an epoch instant, for a session without a stated offset. */
export const dayOf = (epochMs: number, utcOffsetS: number | null) => dayNumber(epochMs, utcOffsetS);
