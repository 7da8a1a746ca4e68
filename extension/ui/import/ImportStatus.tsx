// The import's progress and, once it ends, its report: counts and every
// problem by file in plain words (docs/ui.md, "Long work and errors").
import type { ImportIssue } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import { counted } from '../common/plural';
import type { SavedSoFar } from '../../worker/import-protocol';
import type { ImportControls } from './use-import';

interface Counts {
  readonly added: number;
  readonly duplicates: number;
  readonly merged: number;
  readonly errors: number;
}

function CountLine({ counts }: { counts: Counts }) {
  const { number } = useFormat();
  const parts = [
    counted(counts.added, 'session added', 'sessions added', number),
    counted(counts.duplicates, 'duplicate skipped', 'duplicates skipped', number),
    `${number(counts.merged)} merged`,
    counted(counts.errors, 'error', 'errors', number),
  ];
  return <p class="import-counts">{parts.join(' · ')}</p>;
}

function IssueList({ issues, label }: { issues: readonly ImportIssue[]; label: string }) {
  return (
    <ul class="import-issues" aria-label={label}>
      {issues.map((issue, i) => (
        <li key={i}>{issue.message}</li>
      ))}
    </ul>
  );
}

function savingLine(saved: SavedSoFar | undefined, number: (n: number) => string): string {
  if (saved === undefined) return 'Saving to your library…';
  return `Saving to your library… ${number(saved.sessions)} of ${counted(saved.of, 'session', 'sessions', number)} stored`;
}

export function ImportStatus({ controls }: { controls: ImportControls }) {
  const { number } = useFormat();
  const { state } = controls;
  if (state.kind === 'idle') return null;
  const close = (
    <button type="button" onClick={controls.dismiss}>
      Close
    </button>
  );
  if (state.kind === 'running') {
    const { progress, phase } = state;
    const doing =
      phase === 'reading'
        ? 'Reading the files…'
        : phase === 'saving'
          ? savingLine(state.saved, number)
          : progress.currentFile;
    return (
      <section class="import-status" aria-label="Import" aria-live="polite">
        <h2>Importing</h2>
        <progress max={Math.max(progress.filesTotal, 1)} value={progress.filesDone} aria-label="Files imported" />
        <p>
          {number(progress.filesDone)} of {counted(progress.filesTotal, 'file', 'files', number)}
        </p>
        <CountLine
          counts={{
            added: progress.sessionsAdded,
            duplicates: progress.duplicatesSkipped,
            merged: progress.merged,
            errors: progress.errors,
          }}
        />
        <p class="import-current">{doing}</p>
        {controls.queued > 0 && (
          <p class="import-queued">
            {counted(controls.queued, 'more file queued', 'more files queued', number)}: imported right after these
          </p>
        )}
        {phase !== 'saving' && (
          <div class="import-actions">
            <button type="button" onClick={() => controls.cancel()}>
              Cancel import
            </button>
            {controls.queued > 0 && (
              <button type="button" onClick={() => controls.cancel({ dropQueue: true })}>
                Cancel import and queued files
              </button>
            )}
          </div>
        )}
      </section>
    );
  }
  if (state.kind === 'done') {
    const { summary } = state;
    return (
      <section class="import-status" aria-label="Import" aria-live="polite">
        <h2>Import finished</h2>
        <p>
          {number(summary.filesDone)} of {counted(summary.filesTotal, 'file', 'files', number)} read
        </p>
        <CountLine counts={{ ...summary, errors: summary.errors.length }} />
        {(summary.planned ?? 0) > 0 && (
          <p class="import-planned">
            {counted(summary.planned ?? 0, 'planned workout', 'planned workouts', number)} added for today: move or
            export {summary.planned === 1 ? 'it' : 'them'} in Plan.
          </p>
        )}
        {summary.errors.length > 0 && <IssueList issues={summary.errors} label="Errors" />}
        {summary.notes.length > 0 && (
          <details>
            <summary>
              {counted(summary.notes.length, 'note', 'notes', number)} on what was merged, skipped or repaired
            </summary>
            <IssueList issues={summary.notes} label="Notes" />
          </details>
        )}
        {close}
      </section>
    );
  }
  const { earlier } = state;
  return (
    <section class="import-status" aria-label="Import" role="status">
      <p>{state.kind === 'cancelled' ? 'Import cancelled; nothing from it was saved.' : state.message}</p>
      {earlier !== null && (
        <>
          <p>Files imported before it stay saved:</p>
          <CountLine counts={{ ...earlier, errors: earlier.errors.length }} />
          {earlier.errors.length > 0 && <IssueList issues={earlier.errors} label="Errors" />}
        </>
      )}
      {close}
    </section>
  );
}
