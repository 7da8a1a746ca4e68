// The import worker's logic, apart from the Worker global so tests drive it
// directly: read the files, run the importer with progress, save the result
// (save-in-chunks.ts: a transaction per chunk of files), report in plain words.
// The panel cancels by ending the worker (which may be stuck inside one file)
// only before saving begins, so nothing is saved from a cancelled import.
import { importFiles, type ImportInput, type ImportProgress } from '../../importer';
import { refreshStaleEstimates, type SessionsDb } from '../db';
import type { FileToImport, FromWorker, ToWorker } from './import-protocol';
import { SavedInPart, saveInChunks } from './save-in-chunks';
import { applySiteOrigins } from './site-origins';
import { WorkoutFiles } from './source-bytes';

export interface ImportHandlerDeps {
  readonly db: SessionsDb;
  readonly post: (message: FromWorker) => void;
  /** The importer; replaceable so a test can hold an import open. */
  readonly importFiles?: typeof importFiles;
}

function noProgress(filesTotal: number): ImportProgress {
  return { filesDone: 0, filesTotal, sessionsAdded: 0, duplicatesSkipped: 0, merged: 0, errors: 0, currentFile: '' };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Every file's read, issued together (awaited one by one, each would wait for its own round trip to the browser's
 * file reader) and handed to the importer as it goes, which parses the files read while the rest arrive; a file
 * that cannot be read becomes its error and the rest go on. `picked` collects each file by the buffer it was read into.
 */
function readAhead(files: readonly FileToImport[]): { inputs: ImportInput[]; picked: Map<ArrayBufferLike, Blob> } {
  const picked = new Map<ArrayBufferLike, Blob>();
  const inputs = files.map(({ name, blob }) => {
    const bytes = blob.arrayBuffer().then((buffer) => {
      picked.set(buffer, blob);
      return new Uint8Array(buffer);
    });
    // Reads the importer never reaches (the import failed first) must not reject unhandled.
    bytes.catch(() => undefined);
    return { name, bytes };
  });
  return { inputs, picked };
}

/** Why the import failed, and what of it was kept. */
function failedMessage(error: unknown): string {
  if (!(error instanceof SavedInPart) || error.saved.added + error.saved.merged === 0)
    return `The import could not be saved, so nothing from it was kept: ${reasonOf(error)}`;
  const { added, merged } = error.saved;
  return `The import stopped while saving (${reasonOf(error)}): ${added} new and ${merged} merged sessions from the files saved before it were kept; the rest was not saved. Import the same files again to add what is missing: those already saved are skipped.`;
}

/** Returns the function that handles every message the panel sends. One import runs at a time. */
export function createImportHandler(deps: ImportHandlerDeps): (message: ToWorker) => Promise<void> {
  const run = deps.importFiles ?? importFiles;
  let running = false;

  async function start(files: readonly FileToImport[]): Promise<void> {
    running = true;
    let last = noProgress(files.length);
    try {
      deps.post({ type: 'progress', phase: 'reading', progress: last });
      const read = readAhead(files);
      const originals = new WorkoutFiles(read.picked);
      const result = await run(read.inputs, {
        onWorkoutFile: originals.add,
        onProgress: (progress) => {
          last = progress;
          deps.post({ type: 'progress', phase: 'parsing', progress });
        },
      });
      const sessions = applySiteOrigins(result.sessions, files, originals);
      // Past this point the panel no longer cancels: each file is saved whole or not at all.
      const of = sessions.length;
      deps.post({ type: 'progress', phase: 'saving', progress: last, saved: { sessions: 0, of } });
      const saved = await saveInChunks(deps.db, { ...result, sessions }, originals.sourcesOf(sessions), (_, stored) =>
        deps.post({ type: 'progress', phase: 'saving', progress: last, saved: { sessions: stored, of } }),
      );
      // Thresholds not set are estimated from the whole library again, so loads have a threshold from the first import;
      // once, whether the worker or the panel (use-fresh-estimates.ts) gets there first.
      // A failure here is not the import's: Today finds the estimates stale and tries again, saying why if it fails.
      if (saved.added + saved.merged > 0) await refreshStaleEstimates(deps.db).catch(() => undefined);
      deps.post({
        type: 'done',
        summary: {
          filesDone: last.filesDone,
          filesTotal: last.filesTotal,
          added: saved.added,
          addedIds: saved.addedIds,
          merged: last.merged + saved.merged,
          duplicates: last.duplicatesSkipped + saved.duplicates,
          errors: result.errors,
          notes: [...result.warnings, ...saved.issues],
          ...(saved.plannedIds.length > 0 && { planned: saved.plannedIds.length }),
        },
      });
    } catch (error) {
      deps.post({ type: 'failed', message: failedMessage(error) });
    } finally {
      running = false;
    }
  }

  return async (message) => {
    if (running) {
      deps.post({
        type: 'failed',
        message: 'An import is already running; wait for it to finish or cancel it first',
      });
      return;
    }
    return start(message.files);
  };
}
