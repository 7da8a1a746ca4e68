// The sessions behind one verified number, each opening its detail.
import { getSessions } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { sessionTitle } from '../common/session-title';
import { useLiveQuery } from '../common/use-live-query';

export interface SessionLinksProps {
  readonly number: string;
  readonly sessionIds: readonly string[];
  /** Absent where no session can be opened from here: the sessions are then named only. */
  readonly onOpenSession?: (id: string) => void;
}

export function SessionLinks({ number, sessionIds, onOpenSession }: SessionLinksProps) {
  const { db } = useServices();
  const format = useFormat();
  const rows = useLiveQuery(() => getSessions(db, sessionIds), [db, sessionIds.join()]);
  if (rows.value === undefined) return null;
  return (
    <div class="ai-sources">
      <p>
        {number} comes from{' '}
        {rows.value.length === 1 ? 'this session' : `these ${format.number(rows.value.length)} sessions`}:
      </p>
      <ul>
        {rows.value.map((row) => {
          const name = `${sessionTitle(row)}, ${format.date(row.start, row.utcOffsetS)}`;
          return (
            <li key={row.id}>
              {onOpenSession ? (
                <button type="button" class="link-button" onClick={() => onOpenSession(row.id)}>
                  {name}
                </button>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
