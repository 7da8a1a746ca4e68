// What the import status shows, as a function of the worker's messages.
// Files dropped while an import runs are imported right after it, as one
// more batch of the same import: progress and the final report count every
// batch, carried over in `earlier`.
import type { ImportProgress } from '../../../importer';
import type { ImportIssue } from '../../../shared/model';
import type { FromWorker, ImportPhase, ImportSummary, SavedSoFar } from '../../worker/import-protocol';

export type ImportState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly phase: ImportPhase;
      readonly progress: ImportProgress;
      /** While saving: this batch's sessions stored so far. */
      readonly saved?: SavedSoFar;
    }
  | { readonly kind: 'done'; readonly summary: ImportSummary }
  /** `earlier`: what batches before the cancelled one saved (they stay saved). */
  | { readonly kind: 'cancelled'; readonly earlier: ImportSummary | null }
  | { readonly kind: 'failed'; readonly message: string; readonly earlier: ImportSummary | null };

export const IDLE: ImportState = { kind: 'idle' };

/** Both reports as one: counts added up, problems listed in order. */
export function combineSummaries(earlier: ImportSummary | null, later: ImportSummary): ImportSummary {
  if (earlier === null) return later;
  return {
    filesDone: earlier.filesDone + later.filesDone,
    filesTotal: earlier.filesTotal + later.filesTotal,
    added: earlier.added + later.added,
    addedIds: [...earlier.addedIds, ...later.addedIds],
    merged: earlier.merged + later.merged,
    duplicates: earlier.duplicates + later.duplicates,
    errors: [...earlier.errors, ...later.errors],
    notes: [...earlier.notes, ...later.notes],
    planned: (earlier.planned ?? 0) + (later.planned ?? 0),
  };
}

function withEarlier(progress: ImportProgress, earlier: ImportSummary | null): ImportProgress {
  if (earlier === null) return progress;
  return {
    ...progress,
    filesDone: earlier.filesDone + progress.filesDone,
    filesTotal: earlier.filesTotal + progress.filesTotal,
    sessionsAdded: earlier.added + progress.sessionsAdded,
    duplicatesSkipped: earlier.duplicates + progress.duplicatesSkipped,
    merged: earlier.merged + progress.merged,
    errors: earlier.errors.length + progress.errors,
  };
}

export function startedState(filesTotal: number, earlier: ImportSummary | null = null): ImportState {
  const progress = {
    filesDone: 0,
    filesTotal,
    sessionsAdded: 0,
    duplicatesSkipped: 0,
    merged: 0,
    errors: 0,
    currentFile: '',
  };
  return { kind: 'running', phase: 'reading', progress: withEarlier(progress, earlier) };
}

/**
 * The state after a worker message. `collectErrors` are the files the panel
 * could not hand over (a folder entry the browser refused); they join the
 * worker's errors so the athlete sees one list.
 */
export function nextImportState(
  message: FromWorker,
  collectErrors: readonly ImportIssue[],
  earlier: ImportSummary | null = null,
): ImportState {
  switch (message.type) {
    case 'progress':
      return {
        kind: 'running',
        phase: message.phase,
        progress: withEarlier(message.progress, earlier),
        ...(message.saved && { saved: message.saved }),
      };
    case 'done':
      return {
        kind: 'done',
        summary: combineSummaries(earlier, {
          ...message.summary,
          filesDone: message.summary.filesDone + collectErrors.length,
          filesTotal: message.summary.filesTotal + collectErrors.length,
          errors: [...collectErrors, ...message.summary.errors],
        }),
      };
    case 'failed':
      return { kind: 'failed', message: message.message, earlier };
  }
}
