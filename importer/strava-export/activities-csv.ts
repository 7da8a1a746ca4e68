// The rows of a Strava bulk export's activities.csv that say something about
// a workout beyond its file. The header repeats names ("Elapsed Time",
// "Distance", "Commute", ... appear twice, once as shown on the site and once
// as a plain number), so a value is the first non-empty column of its name.
import { parseCsv } from './csv';

export interface StravaActivity {
  readonly id: string;
  readonly date: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly description: string | null;
  readonly privateNote: string | null;
  readonly gear: string | null;
  /** Path of the activity file relative to the export's root ("activities/1001.fit.gz"), or null for a manual entry. */
  readonly filename: string | null;
  readonly commute: boolean;
  /** Strava's perceived exertion, 1-10. */
  readonly perceivedExertion: number | null;
}

export type ActivitiesCsv =
  | { readonly kind: 'ok'; readonly activities: readonly StravaActivity[]; readonly complete: boolean }
  | { readonly kind: 'failed'; readonly reason: string };

const REQUIRED = ['Activity ID', 'Filename'] as const;

function columnsByName(header: readonly string[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  header.forEach((name, i) => {
    const key = name.trim();
    columns.set(key, [...(columns.get(key) ?? []), i]);
  });
  return columns;
}

/** True for Strava's spellings of yes in the two Commute columns ("true", "1", "1.0"). */
function isYes(value: string | null): boolean {
  return value !== null && /^(true|1(\.0+)?)$/i.test(value);
}

function exertion(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : null;
}

/** Reads activities.csv text. Never throws. */
export function readActivitiesCsv(text: string): ActivitiesCsv {
  const { rows, complete } = parseCsv(text);
  const header = rows[0];
  if (header === undefined) return { kind: 'failed', reason: 'it is empty' };
  const columns = columnsByName(header);
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    return { kind: 'failed', reason: `its header has no ${missing.map((m) => `"${m}"`).join(' or ')} column` };
  }
  const activities: StravaActivity[] = [];
  for (const row of rows.slice(1)) {
    if (row.length === 1 && row[0] === '') continue; // a blank line
    const value = (name: string): string | null => {
      for (const i of columns.get(name) ?? []) {
        const v = row[i]?.trim();
        if (v) return v;
      }
      return null;
    };
    activities.push({
      id: value('Activity ID') ?? '',
      date: value('Activity Date') ?? '',
      name: value('Activity Name'),
      type: value('Activity Type'),
      description: value('Activity Description'),
      privateNote: value('Activity Private Note'),
      gear: value('Activity Gear') ?? value('Gear') ?? value('Bike'),
      filename: value('Filename'),
      commute: isYes(value('Commute')),
      perceivedExertion: exertion(value('Perceived Exertion')),
    });
  }
  return { kind: 'ok', activities, complete };
}
