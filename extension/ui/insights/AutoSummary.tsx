// "Summarise after import" (issue 5): when an import finishes with new
// sessions, each is summarised without being asked, if the athlete opted in
// (summariseImported checks the settings and consent). The line it shows says
// what happened, so a failure (a bad key, a rate limit) is never silent. The
// AI's code loads when an import has added sessions, not with the panel.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ImportState } from '../import/import-state';
import { useServices } from '../common/services';
import { AiContext } from '../ai-panel/ai-services';

export function AutoSummary({ state }: { state: ImportState }) {
  const { db } = useServices();
  // The AI's services are built when an import has added sessions, not as the panel opens: the page's own open the
  // private values' database and read the extension's storage.
  const provided = useContext(AiContext);
  // The line shown; null while there is nothing to say (no import yet, or summaries are off).
  const [line, setLine] = useState<string | null>(null);
  const addedIds = state.kind === 'done' ? state.summary.addedIds : null;

  useEffect(() => {
    if (addedIds === null || addedIds.length === 0) return;
    const stop = new AbortController();
    setLine('Summarising the new sessions…');
    void (async () => {
      const [{ summariseImported }, { failureMessage }, { pageAiServices }] = await Promise.all([
        import('../../ai/auto-summary'),
        import('../../../shared/ai'),
        import('../ai-panel/ai-context'),
      ]);
      const { area, connect } = provided ?? pageAiServices();
      const outcome = await summariseImported(db, addedIds, { area, connect, signal: stop.signal });
      if (stop.signal.aborted) return;
      setLine(
        outcome.kind === 'off'
          ? null
          : outcome.kind === 'done'
            ? `Summarised ${outcome.summarised} new ${outcome.summarised === 1 ? 'session' : 'sessions'}: open one to read it.`
            : `Summaries after import stopped after ${outcome.summarised}: ${failureMessage(outcome.failure)}`,
      );
    })();
    return () => stop.abort();
  }, [addedIds, db, provided]);

  if (line === null) return null;
  return (
    <p class="auto-summary" role="status">
      {line}
    </p>
  );
}
