// Budget periods in UTC: every athlete's day restarts at 00:00 UTC and their
// month on the 1st at 00:00 UTC, wherever they train.

export interface Periods {
  /** 'YYYY-MM-DD' */
  readonly day: string;
  /** 'YYYY-MM' */
  readonly month: string;
  /** Epoch ms the day's budget starts again. */
  readonly dayResetsAt: number;
  /** Epoch ms the month's budget starts again. */
  readonly monthResetsAt: number;
}

export function periodsAt(epochMs: number): Periods {
  const at = new Date(epochMs);
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  return {
    day: at.toISOString().slice(0, 10),
    month: at.toISOString().slice(0, 7),
    dayResetsAt: Date.UTC(year, month, at.getUTCDate() + 1),
    monthResetsAt: Date.UTC(year, month + 1, 1),
  };
}
