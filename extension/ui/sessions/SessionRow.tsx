import { formatDuration } from '../../../shared/model';
import { isManual, type SessionRow as Row } from '../../db';
import { useFormat } from '../common/format-context';
import { sessionTitle } from '../common/session-title';
import { sportLabel } from '../common/sport-label';

/** One session in the list: title and date, then sport, duration, distance and pace or speed. */
export function SessionRow({ session, onOpen }: { session: Row; onOpen: (id: string) => void }) {
  const format = useFormat();
  const numbers = [sportLabel(session.sport), formatDuration(session.elapsedS)];
  if (session.distanceM !== null) numbers.push(format.distance(session.distanceM, session.sport));
  if (session.avgSpeed !== null) numbers.push(format.speedFor(session.avgSpeed, session.sport));
  if (isManual(session)) numbers.push('logged by hand');
  return (
    <button type="button" class="session-row" onClick={() => onOpen(session.id)}>
      <span class="session-row-top">
        <span class="session-row-title">{sessionTitle(session)}</span>
        <span class="session-row-date">{format.date(session.start, session.utcOffsetS)}</span>
      </span>
      <span class="session-row-numbers">{numbers.join(' · ')}</span>
    </button>
  );
}
