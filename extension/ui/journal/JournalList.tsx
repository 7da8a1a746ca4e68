// Every reflection, newest first, searched by words: the athlete's journal,
// where each can be edited or deleted.
import { useState } from 'preact/hooks';
import { isoDateToDay, MS_PER_DAY } from '../../../shared/analytics/common/day';
import { listReflections } from '../../db/first-screen';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useDebounced } from '../common/use-debounced';
import { useLiveQuery } from '../common/use-live-query';
import { ReflectionItem } from './ReflectionItem';

export function JournalList({ onOpenSession }: { onOpenSession: (id: string) => void }) {
  const { db } = useServices();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search, 200);
  const found = useLiveQuery(() => listReflections(db, settled), [db, settled]);
  return (
    <details class="journal-list">
      <summary>Journal</summary>
      <label>
        <span>Search your reflections</span>
        <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
      </label>
      {found.error && <p role="alert">Your reflections could not be read: {found.error.message}</p>}
      {found.value?.length === 0 && (
        <p>{settled.trim() === '' ? 'No reflections yet.' : 'No reflection has those words.'}</p>
      )}
      <ul>
        {(found.value ?? []).map((note) => (
          <ReflectionItem
            key={note.id}
            note={note}
            before={<strong>{note.date === null ? '' : format.date(isoDateToDay(note.date) * MS_PER_DAY, 0)}</strong>}
            after={
              note.sessionId !== null && (
                <button type="button" class="link" onClick={() => onOpenSession(note.sessionId!)}>
                  Open the session
                </button>
              )
            }
          />
        ))}
      </ul>
    </details>
  );
}
