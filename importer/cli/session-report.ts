// The human-readable import report: a table of sessions, the totals, and the
// notes and problems per file in plain words.
import { formatDuration, type ImportIssue, type Session } from '../../shared/model';
import { formatKm, formatStart, formatWhole } from './format';
import { renderTable, type Column } from './text-table';

/** An issue as one line that names its file (parsers usually name it in the message already). */
export function issueLine(issue: ImportIssue): string {
  return issue.message.includes(issue.file) ? issue.message : `${issue.file}: ${issue.message}`;
}

function sportLabel(s: Session): string {
  if (s.legs.length > 0) return `${s.sport} (${s.legs.length} legs)`;
  return s.subSport === 'generic' ? s.sport : `${s.sport}/${s.subSport}`;
}

function sourceLabel(s: Session): string {
  const first = s.sources[0]?.file ?? '';
  return s.sources.length > 1 ? `${first} (+${s.sources.length - 1} merged)` : first;
}

/** File-level warnings about any of the session's source files. */
function fileWarnings(s: Session, warnings: readonly ImportIssue[]): ImportIssue[] {
  const files = new Set(s.sources.map((src) => src.file));
  return warnings.filter((w) => files.has(w.file));
}

export function sessionTable(sessions: readonly Session[], warnings: readonly ImportIssue[]): string {
  const columns: Column<Session>[] = [
    { header: 'Start (local, else UTC)', cell: (s) => formatStart(s.start, s.utcOffsetS) },
    { header: 'Sport', cell: sportLabel },
    { header: 'Duration', align: 'right', cell: (s) => formatDuration(s.elapsedS) },
    { header: 'Distance km', align: 'right', cell: (s) => formatKm(s.distanceM) },
    { header: 'Avg HR', align: 'right', cell: (s) => formatWhole(s.avgHr) },
    { header: 'Avg W', align: 'right', cell: (s) => formatWhole(s.avgPowerW) },
    {
      header: 'Warnings',
      align: 'right',
      cell: (s) => String(s.warnings.length + fileWarnings(s, warnings).length),
    },
    { header: 'Source', cell: sourceLabel },
  ];
  return renderTable(columns, sessions);
}

const countCode = (issues: readonly ImportIssue[], code: ImportIssue['code']) =>
  issues.filter((i) => i.code === code).length;

export function totals(sessions: readonly Session[], warnings: readonly ImportIssue[]): string {
  const time = sessions.reduce((sum, s) => sum + s.elapsedS, 0);
  const distance = sessions.reduce((sum, s) => sum + (s.distanceM ?? 0), 0);
  return `${[
    `Sessions: ${sessions.length}`,
    `Total time: ${formatDuration(time)}`,
    `Total distance: ${formatKm(distance)} km`,
    `Duplicates skipped: ${countCode(warnings, 'duplicate')}`,
    `Merged: ${countCode(warnings, 'merged')}`,
  ].join('\n')}\n`;
}

/** Every warning: the sessions' own notes (named by their file and start), then the file-level ones. */
export function warningLines(sessions: readonly Session[], warnings: readonly ImportIssue[]): string[] {
  const notes = sessions.flatMap((s) =>
    s.warnings.map((w) => `${s.sources[0]?.file ?? s.id} (${formatStart(s.start, s.utcOffsetS)}): ${w}`),
  );
  return [...notes, ...warnings.map(issueLine)];
}
