// What the Plan view reads for the weeks on screen: the live plans, and the
// sessions done on those days in the shape plan matching compares.
import { dayNumber, dayToIsoDate, type DoneSession } from '../../../shared/analytics';
import { listSessions, readAthleteProfile, scoreStoredSession, type PlanRow, type SessionsDb } from '../../db';

const MS_PER_DAY = 86_400_000;
/** A session's local day may differ from its UTC day by up to 14 h (UTC-12 to UTC+14): read a day beyond each end, then keep the days shown. */
const OFFSET_MARGIN_MS = MS_PER_DAY;
/** No cap on the rows read: IndexedDB's getAll count is a WebIDL [EnforceRange] unsigned long, at most 2^32 - 1. */
const ALL_ROWS = 2 ** 32 - 1;

export interface PlanWeeksData {
  readonly plans: readonly PlanRow[];
  readonly done: readonly DoneSession[];
  /** Titles of the done sessions by id, for their labels in the calendar. */
  readonly titles: ReadonlyMap<string, string | null>;
}

/** Plans and done sessions for the days `firstDay` to `lastDay` (day numbers, inclusive). */
export async function readPlanWeeks(db: SessionsDb, firstDay: number, lastDay: number): Promise<PlanWeeksData> {
  const [plans, rows, athlete] = await Promise.all([
    db.plans
      .where('date')
      .between(dayToIsoDate(firstDay), dayToIsoDate(lastDay), true, true)
      .filter((p) => p.deletedAt === null)
      .toArray(),
    listSessions(db, {
      from: firstDay * MS_PER_DAY - OFFSET_MARGIN_MS,
      to: (lastDay + 1) * MS_PER_DAY + OFFSET_MARGIN_MS,
      limit: ALL_ROWS,
    }),
    readAthleteProfile(db),
  ]);
  const done: DoneSession[] = [];
  const titles = new Map<string, string | null>();
  for (const row of rows) {
    const day = dayNumber(row.start, row.utcOffsetS);
    if (day < firstDay || day > lastDay) continue;
    // Scored from the row's stored load inputs, as Today and the detail score it (no samples read).
    const load = scoreStoredSession(row, athlete)?.value ?? null;
    done.push({ id: row.id, day, sport: row.sport, movingS: row.movingS, distanceM: row.distanceM, load });
    titles.set(row.id, row.title);
  }
  return { plans, done, titles };
}
