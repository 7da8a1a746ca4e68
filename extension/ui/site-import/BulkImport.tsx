// "Import all listed activities" on the athlete's activity list: progress
// (done of total, added, already there, failed), cancel, resume, and why it
// stopped. The import itself runs in the page (sites/bulk/run-bulk.ts); this
// shows the state it saves after every activity.
import { useEffect, useState } from 'preact/hooks';
import { isRunningNow, type SavedBulkState } from '../../sites/bulk/bulk-store';
import type { SitePage } from '../../sites/site-adapter';
import { useFormat } from '../common/format-context';
import { counted } from '../common/plural';
import type { SiteTabs } from './site-tabs';

function Progress({ state }: { state: SavedBulkState }) {
  const { number } = useFormat();
  const { done, total, added, already, failed } = state.counts;
  return (
    <>
      <progress max={Math.max(total, 1)} value={done} aria-label="Activities imported" />
      <p>
        {number(done)} of {counted(total, 'activity', 'activities', number)}
        {state.morePages && state.status !== 'finished' ? ' listed so far' : ''}
      </p>
      <p class="import-counts">{`${number(added)} added · ${number(already)} already there · ${number(failed)} failed`}</p>
    </>
  );
}

function ending(state: SavedBulkState, running: boolean): string | null {
  if (running) return null;
  switch (state.status) {
    case 'finished':
      return 'Finished.';
    case 'cancelled':
      return 'Cancelled: resume to go on where it stopped.';
    case 'stopped':
      return state.message;
    case 'running':
      return 'Interrupted: the page was closed or left before the import finished. Resume to go on where it stopped.';
  }
}

export function BulkImport({ tabs, tabId, adapter }: { tabs: SiteTabs; tabId: number; adapter: SitePage }) {
  const { number } = useFormat();
  const [state, setState] = useState<SavedBulkState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void tabs.loadBulk(adapter.site).then((saved) => current && setState(saved));
    const unwatch = tabs.watchBulk(adapter.site, setState);
    return () => {
      current = false;
      unwatch();
    };
  }, [tabs, adapter]);

  const ask = async (message: Parameters<SiteTabs['send']>[1]) => {
    setProblem(null);
    try {
      const answer = (await tabs.send(tabId, message)) as { started?: boolean; message?: string } | undefined;
      if (answer?.started === false)
        setProblem(answer.message ?? `The ${adapter.label} page refused to start the import.`);
    } catch {
      setProblem(`SessionsAI could not reach the ${adapter.label} page: reload it and try again.`);
    }
  };

  const running = state !== null && isRunningNow(state, Date.now());
  const resumable = !running && state !== null && state.status !== 'finished';
  const words = state === null ? null : ending(state, running);
  return (
    <div class="site-bulk" aria-live="polite">
      <h2>{running ? `Importing your ${adapter.label} activities` : `Your ${adapter.label} activities`}</h2>
      {state !== null && <Progress state={state} />}
      {words !== null && <p role={state?.status === 'stopped' ? 'alert' : undefined}>{words}</p>}
      {problem !== null && <p role="alert">{problem}</p>}
      {state !== null && state.failures.length > 0 && (
        <details>
          <summary>
            {counted(state.failures.length, 'activity was not imported', 'activities were not imported', number)}
          </summary>
          <ul class="import-issues">
            {state.failures.map((failure, i) => (
              <li key={i}>{failure}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="site-import-actions">
        {running && (
          <button type="button" onClick={() => void ask({ type: 'sessionsai:bulk-cancel' })}>
            Cancel
          </button>
        )}
        {resumable && (
          <button type="button" onClick={() => void ask({ type: 'sessionsai:bulk-start', resume: true })}>
            Resume
          </button>
        )}
        {!running && (
          <button type="button" onClick={() => void ask({ type: 'sessionsai:bulk-start', resume: false })}>
            {resumable ? 'Start over' : 'Import all listed activities'}
          </button>
        )}
      </div>
    </div>
  );
}
