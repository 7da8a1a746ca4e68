// Under a streaming or failed answer: Stop while it streams; after a failure,
// what went wrong in plain words and Retry.
import { failureMessage } from '../../../shared/ai';
import type { StreamedRun } from './use-streamed-run';

export function RunControls({ run }: { run: StreamedRun }) {
  const { state } = run;
  if (state.phase === 'streaming')
    return (
      <div class="ai-actions">
        <button type="button" onClick={run.stop}>
          Stop
        </button>
      </div>
    );
  if (state.phase !== 'failed') return null;
  return (
    <div class="ai-failure">
      <p role="alert">{failureMessage(state.failure)}</p>
      <button type="button" onClick={run.retry}>
        Retry
      </button>
    </div>
  );
}
