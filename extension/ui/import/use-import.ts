// The panel's side of an import: start a worker, follow it, cancel it. Files
// dropped or picked while one runs wait in a queue and are imported right
// after it, as another batch of the same import. Cancel ends the worker
// outright: one stuck inside a single file never reads a message, and it has
// saved nothing before saving begins (the next batch gets a fresh one).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ImportSummary } from '../../worker/import-protocol';
import type { CollectedFiles } from './collect-files';
import type { ConnectImport, ImportConnection } from './import-connection';
import { combineSummaries, IDLE, nextImportState, startedState, type ImportState } from './import-state';

export interface ImportControls {
  readonly state: ImportState;
  /** Files waiting for the running import to end (those the browser refused to hand over count too). */
  readonly queued: number;
  /** Starts importing, or queues the files while an import runs. */
  start(collected: CollectedFiles): void;
  /**
   * Cancels the running import by ending its worker (once it is saving, the
   * save finishes whole instead); the queued files are imported next unless `dropQueue`.
   */
  cancel(options?: { readonly dropQueue: boolean }): void;
  /** Hides a finished import's report. */
  dismiss(): void;
}

const NOTHING: CollectedFiles = { files: [], errors: [] };

const together = (a: CollectedFiles, b: CollectedFiles): CollectedFiles => ({
  files: [...a.files, ...b.files],
  errors: [...a.errors, ...b.errors],
});

/** The report of a batch the panel could hand none of to the worker: only the files it could not read. */
function unreadOnly(collected: CollectedFiles): ImportSummary {
  const { errors } = collected;
  return {
    filesDone: errors.length,
    filesTotal: errors.length,
    added: 0,
    addedIds: [],
    merged: 0,
    duplicates: 0,
    errors,
    notes: [],
  };
}

function queuedNotImported(files: number): string {
  return `The ${files === 1 ? 'file' : `${files} files`} dropped meanwhile ${files === 1 ? 'was' : 'were'} not imported: drop ${files === 1 ? 'it' : 'them'} again.`;
}

export function useImport(connect: ConnectImport): ImportControls {
  const [state, setState] = useState<ImportState>(IDLE);
  const [queued, setQueued] = useState(0);
  const connection = useRef<ImportConnection | null>(null);
  /** Ends the running batch as `ended` (its worker too); null when none runs. */
  const finishBatch = useRef<((ended: ImportState) => void) | null>(null);
  /** Whether the running batch is saving: past that, cancel lets the save finish. */
  const saving = useRef(false);
  const queue = useRef<CollectedFiles>(NOTHING);
  /** What earlier batches of the running import saved. */
  const earlier = useRef<ImportSummary | null>(null);
  useEffect(() => () => connection.current?.close(), []);

  const setQueue = (next: CollectedFiles) => {
    queue.current = next;
    setQueued(next.files.length + next.errors.length);
  };

  /** Runs one batch; when it ends, the queue (if any) is the next batch. */
  const run = useCallback(
    (collected: CollectedFiles) => {
      const { files, errors } = collected;
      const end = (ended: ImportState) => {
        const next = queue.current;
        const waiting = next.files.length + next.errors.length;
        if (waiting === 0 || ended.kind === 'failed') {
          // A failure (storage refusing writes) would fail the queue too: it is dropped, and the athlete told.
          setState(
            ended.kind === 'failed' && waiting > 0
              ? { ...ended, message: `${ended.message} ${queuedNotImported(waiting)}` }
              : ended,
          );
          setQueue(NOTHING);
          earlier.current = null;
          return;
        }
        // A cancelled batch saved nothing; what came before it still counts.
        if (ended.kind === 'done') earlier.current = ended.summary;
        setQueue(NOTHING);
        run(next);
      };
      if (files.length === 0) {
        end({ kind: 'done', summary: combineSummaries(earlier.current, unreadOnly(collected)) });
        return;
      }
      setState(startedState(files.length, earlier.current));
      const carried = earlier.current;
      saving.current = false;
      let opened: ImportConnection | null = null;
      // Once only: a message the ended worker had already posted changes nothing.
      const finish = (ended: ImportState) => {
        if (finishBatch.current !== finish) return;
        finishBatch.current = null;
        opened?.close();
        connection.current = null;
        end(ended);
      };
      finishBatch.current = finish;
      opened = connect((message) => {
        if (finishBatch.current !== finish) return;
        if (message.type === 'progress') {
          saving.current = message.phase === 'saving';
          setState(nextImportState(message, errors, carried));
          return;
        }
        finish(nextImportState(message, errors, carried));
      });
      connection.current = opened;
      opened.send({ type: 'start', files });
    },
    [connect],
  );

  const start = useCallback(
    (collected: CollectedFiles) => {
      if (collected.files.length + collected.errors.length === 0) return;
      if (connection.current !== null) setQueue(together(queue.current, collected));
      else run(collected);
    },
    [run],
  );

  const cancel = useCallback((options?: { readonly dropQueue: boolean }) => {
    if (options?.dropQueue) setQueue(NOTHING);
    // A save under way runs to its end (a transaction per chunk of files), and the worker reports it (the panel hides Cancel then).
    if (saving.current) return;
    finishBatch.current?.({ kind: 'cancelled', earlier: earlier.current });
  }, []);

  const dismiss = useCallback(() => setState((current) => (current.kind === 'running' ? current : IDLE)), []);

  return { state, queued, start, cancel, dismiss };
}
