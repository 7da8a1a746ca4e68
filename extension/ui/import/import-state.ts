// What the import status shows, as a function of the worker's messages.
import type { ImportProgress } from '../../../importer';
import type { ImportIssue } from '../../../shared/model';
import type { FromWorker, ImportPhase, ImportSummary } from '../../worker/import-protocol';

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly phase: ImportPhase; readonly progress: ImportProgress; readonly cancelling: boolean }
  | { readonly kind: 'done'; readonly summary: ImportSummary }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export const IDLE: ImportState = { kind: 'idle' };

export function startedState(filesTotal: number): ImportState {
  return {
    kind: 'running',
    phase: 'reading',
    progress: { filesDone: 0, filesTotal, sessionsAdded: 0, duplicatesSkipped: 0, merged: 0, errors: 0, currentFile: '' },
    cancelling: false,
  };
}

/**
 * The state after a worker message. `collectErrors` are the files the panel
 * could not hand over (a folder entry the browser refused); they join the
 * worker's errors so the athlete sees one list.
 */
export function nextImportState(state: ImportState, message: FromWorker, collectErrors: readonly ImportIssue[]): ImportState {
  switch (message.type) {
    case 'progress':
      return { kind: 'running', phase: message.phase, progress: message.progress, cancelling: state.kind === 'running' && state.cancelling };
    case 'done':
      return {
        kind: 'done',
        summary: {
          ...message.summary,
          filesDone: message.summary.filesDone + collectErrors.length,
          filesTotal: message.summary.filesTotal + collectErrors.length,
          errors: [...collectErrors, ...message.summary.errors],
        },
      };
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'failed':
      return { kind: 'failed', message: message.message };
  }
}
