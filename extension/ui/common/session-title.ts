import type { Session } from '../../../shared/model';
import { sportLabel } from './sport-label';

/** The session's own title, or its sport when the file gave none. */
export function sessionTitle(session: Pick<Session, 'title' | 'sport'>): string {
  const title = session.title?.trim();
  return title ? title : sportLabel(session.sport);
}
