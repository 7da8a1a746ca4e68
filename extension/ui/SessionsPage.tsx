// The Sessions view: the list, or the invitation to import while the library
// is empty. Part of the panel's frame because it puts together the sessions
// list and the first-run invitation, which live in folders of their own.
import type { ViewProps } from './common/view-props';
import { useViewState } from './common/view-state';
import { EmptyState } from './EmptyState';
import { useStartImport } from './import/start-import';
import { NO_FILTER, type FilterInput } from './sessions/session-filter';
import { SessionsView } from './sessions/SessionsView';

export function SessionsPage({ onOpenSession }: ViewProps) {
  const startImport = useStartImport();
  const [filter, setFilter] = useViewState<FilterInput>('sessions.filter', NO_FILTER);
  // The list counts the library itself, with its first rows: counting here first cost a round trip and a render.
  return (
    <SessionsView
      filter={filter}
      onFilter={setFilter}
      onOpen={onOpenSession}
      empty={<EmptyState onFiles={startImport} />}
    />
  );
}
