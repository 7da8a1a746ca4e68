// "Summarise after import" (issue 5): when an import finishes with new
// sessions, each is summarised without being asked, if the athlete opted in
// (summariseImported checks the settings and consent). The line it shows says
// what happened, so a failure (a bad key, a rate limit) is never silent.
import { useEffect, useState } from 'preact/hooks';
import { failureMessage } from '../../../shared/ai';
import { summariseImported, type AutoSummaryOutcome } from '../../ai/auto-summary';
import type { ImportState } from '../import/import-state';
import { useServices } from '../common/services';
import { useAi } from '../ai-panel/ai-context';

export function AutoSummary({ state }: { state: ImportState }) {
  const { db } = useServices();
  const { area, connect } = useAi();
  const [outcome, setOutcome] = useState<AutoSummaryOutcome | 'running' | null>(null);
  const addedIds = state.kind === 'done' ? state.summary.addedIds : null;

  useEffect(() => {
    if (addedIds === null || addedIds.length === 0) return;
    const stop = new AbortController();
    setOutcome('running');
    void summariseImported(db, addedIds, { area, connect, signal: stop.signal }).then((o) => {
      if (!stop.signal.aborted) setOutcome(o);
    });
    return () => stop.abort();
  }, [addedIds, db, area, connect]);

  if (outcome === null || (outcome !== 'running' && outcome.kind === 'off')) return null;
  return (
    <p class="auto-summary" role="status">
      {outcome === 'running'
        ? 'Summarising the new sessions…'
        : outcome.kind === 'done'
          ? `Summarised ${outcome.summarised} new ${outcome.summarised === 1 ? 'session' : 'sessions'}: open one to read it.`
          : `Summaries after import stopped after ${outcome.summarised}: ${failureMessage(outcome.failure)}`}
    </p>
  );
}
