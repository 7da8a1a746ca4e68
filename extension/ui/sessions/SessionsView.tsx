// The list of every session, newest first, filtered and searched.
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { useFormat } from '../common/format-context';
import { ManualSessionForm } from '../manual/ManualSessionForm';
import { counted } from '../common/plural';
import { useServices } from '../common/services';
import { useDebounced } from '../common/use-debounced';
import { SessionFilters } from './SessionFilters';
import { SessionRow } from './SessionRow';
import { readAthleteProfile } from '../../db/first-screen';
import { useLiveQuery } from '../common/use-live-query';
import { toSessionFilter, type FilterInput } from './session-filter';
import { useSessionWindow } from './use-session-window';
import { VirtualList } from './VirtualList';

/** Pixels; matches .virtual-row in side-panel.css. */
export const SESSION_ROW_HEIGHT = 60;

export interface SessionsViewProps {
  readonly filter: FilterInput;
  readonly onFilter: (next: FilterInput) => void;
  readonly onOpen: (id: string) => void;
  /** Shown instead of the list while the library holds no session. */
  readonly empty: VNode;
}

export function SessionsView({ filter, onFilter, onOpen, empty }: SessionsViewProps) {
  const { db } = useServices();
  const { number } = useFormat();
  const settled = useDebounced(filter, 200);
  const [adding, setAdding] = useState(false);
  const sessions = useSessionWindow(db, toSessionFilter(settled));
  // Rows are scored as Today scores them: the thresholds set, else those estimated from the library.
  const profile = useLiveQuery(() => readAthleteProfile(db), [db]);
  // The list appears with its first rows, scored: drawn on the count alone it showed blank rows, then rows without
  // their load, a render and a layout each before the first row an athlete can read.
  const firstRead = sessions.rowsRead && (profile.value !== undefined || profile.error !== null);
  // Nothing until the library is counted: a first import's invitation, or the list, never one then the other. A count
  // that fails says so below, with the filters still there to try again.
  if (sessions.stored === undefined && sessions.error === null) return null;
  if (sessions.stored === 0) return empty;
  // Nor the list's header before its first rows (unless they cannot be read): drawn on the counts, it cost a layout
  // and a paint of their own, which the rows, read meanwhile, then waited behind.
  if (!firstRead && sessions.error === null) return null;
  return (
    <section class="sessions-view" aria-label="Sessions">
      <details class="manual-add" onToggle={(e) => setAdding(e.currentTarget.open)}>
        <summary>Log a workout without a file</summary>
        {/* Built when opened: the list's first render, which opening the panel waits for, leaves its fields out. */}
        {adding && <ManualSessionForm />}
      </details>
      <SessionFilters value={filter} onChange={onFilter} />
      {sessions.error && (
        <p role="alert">The sessions could not be read from this browser's storage: {sessions.error.message}</p>
      )}
      <p class="session-count" aria-live="polite">
        {sessions.count !== undefined
          ? counted(sessions.count, 'session', 'sessions', number)
          : sessions.error === null && 'Loading…'}
      </p>
      {sessions.count !== undefined && firstRead && (
        <VirtualList
          count={sessions.count}
          rowHeight={SESSION_ROW_HEIGHT}
          label="Sessions, newest first"
          onRange={sessions.onRange}
          renderRow={(i) => {
            const row = sessions.rowAt(i);
            return row ? (
              <SessionRow session={row} profile={profile.value} onOpen={onOpen} />
            ) : (
              <div class="session-row placeholder" />
            );
          }}
        />
      )}
    </section>
  );
}
