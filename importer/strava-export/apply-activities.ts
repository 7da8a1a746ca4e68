// What a Strava export knows about each activity (the name and description
// the athlete typed, gear, type, commute flag, perceived exertion) laid onto
// the session parsed from the activity's file. The athlete's own words win
// over whatever the device wrote.
import type { ImportIssue, Session } from '../../shared/model';
import type { SessionSet } from '../dedup/session-set';
import type { StravaActivity } from './activities-csv';
import { stravaSport } from './strava-sport';

function notesOf(a: StravaActivity): string | null {
  const parts = [a.description, a.privateNote === null ? null : `Private note: ${a.privateNote}`].filter(
    (p) => p !== null,
  );
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/** The session with what the export's row says about it. */
export function applyActivity(s: Session, a: StravaActivity): Session {
  const mapped = a.type === null ? null : stravaSport(a.type);
  // An unknown Strava type says less than the file's own sport.
  const sport = mapped !== null && (mapped.sport !== 'other' || s.sport === 'other') ? mapped.sport : s.sport;
  const subSport = a.commute ? 'commuting' : (mapped?.subSport ?? (sport === s.sport ? s.subSport : 'generic'));
  return {
    ...s,
    sport,
    subSport,
    title: a.name ?? s.title,
    notes: notesOf(a) ?? s.notes,
    rpe: a.perceivedExertion ?? s.rpe,
    gear: a.gear ?? s.gear,
  };
}

function label(a: StravaActivity): string {
  const when = [a.type, a.date === '' ? null : a.date].filter((p) => p !== null).join(' on ');
  return `activity ${a.id}${a.name === null ? '' : ` "${a.name}"`}${when === '' ? '' : ` (${when})`}`;
}

/**
 * Applies every row of `csvFile` to the session of the file it names,
 * resolved from the CSV's folder. Returns warnings for rows without a file
 * (manual entries) and rows whose file is not in the export.
 */
export function applyStravaActivities(
  csvFile: string,
  activities: readonly StravaActivity[],
  sessions: SessionSet,
  seenFiles: ReadonlySet<string>,
): ImportIssue[] {
  const root = csvFile.slice(0, csvFile.lastIndexOf('/') + 1);
  const warnings: ImportIssue[] = [];
  for (const a of activities) {
    if (a.filename === null) {
      warnings.push({
        file: csvFile,
        code: 'no-data',
        message: `${csvFile}: ${label(a)} has no file (a manual entry on Strava): nothing to import for it`,
      });
      continue;
    }
    const path = root + a.filename;
    if (sessions.sessionOf(path) !== undefined) {
      sessions.updateSessionOf(path, (s) => applyActivity(s, a));
    } else if (!seenFiles.has(path)) {
      warnings.push({
        file: csvFile,
        code: 'missing-file',
        message: `${csvFile}: ${label(a)} names ${a.filename}, which is not in the export: its name and details were not applied`,
      });
    }
  }
  return warnings;
}
