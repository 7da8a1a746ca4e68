// The Sessions view: the list, or the invitation to import while the library
// is empty. Part of the panel's frame because it puts together the sessions
// list and the first-run invitation, which live in folders of their own.
import { countSessions } from '../db';
import type { ViewProps } from './common/view-props';
import { useLiveQuery } from './common/use-live-query';
import { useServices } from './common/services';
import { useViewState } from './common/view-state';
import { EmptyState } from './EmptyState';
import { useStartImport } from './import/start-import';
import { NO_FILTER, type FilterInput } from './sessions/session-filter';
import { SessionsView } from './sessions/SessionsView';

export function SessionsPage({ onOpenSession }: ViewProps) {
  const { db } = useServices();
  const startImport = useStartImport();
  const [filter, setFilter] = useViewState<FilterInput>('sessions.filter', NO_FILTER);
  const total = useLiveQuery(() => countSessions(db, {}), [db]);
  if (total.value === undefined) return null;
  if (total.value === 0) return <EmptyState onFiles={startImport} />;
  return <SessionsView filter={filter} onFilter={setFilter} onOpen={onOpenSession} />;
}
