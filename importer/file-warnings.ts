import type { ImportIssue, Session } from '../shared/model';

/**
 * The sessions with the warnings about the file they came from added to their
 * own, so a session shown or exported alone still says that its file was
 * damaged (a header that lies about its size, a wrong checksum, a cap applied).
 */
export function withFileWarnings(sessions: Session[], issues: readonly ImportIssue[]): Session[] {
  if (issues.length === 0) return sessions;
  const messages = issues.map((i) => i.message);
  return sessions.map((s) => ({ ...s, warnings: [...s.warnings, ...messages] }));
}
