// The panel's side of an import: start a worker, follow it, cancel it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CollectedFiles } from './collect-files';
import type { ConnectImport, ImportConnection } from './import-connection';
import { IDLE, nextImportState, startedState, type ImportState } from './import-state';

export interface ImportControls {
  readonly state: ImportState;
  /** Starts importing; ignored while an import runs (the status says one is running). */
  start(collected: CollectedFiles): void;
  cancel(): void;
  /** Hides a finished import's report. */
  dismiss(): void;
}

export function useImport(connect: ConnectImport): ImportControls {
  const [state, setState] = useState<ImportState>(IDLE);
  const connection = useRef<ImportConnection | null>(null);
  useEffect(() => () => connection.current?.close(), []);

  const start = useCallback(
    (collected: CollectedFiles) => {
      if (connection.current !== null) return;
      const { files, errors } = collected;
      if (files.length === 0) {
        if (errors.length > 0) setState({ kind: 'done', summary: { filesDone: errors.length, filesTotal: errors.length, added: 0, merged: 0, duplicates: 0, errors, notes: [] } });
        return;
      }
      setState(startedState(files.length));
      const opened = connect((message) => {
        setState((current) => nextImportState(current, message, errors));
        if (message.type !== 'progress') {
          opened.close();
          connection.current = null;
        }
      });
      connection.current = opened;
      opened.send({ type: 'start', files });
    },
    [connect],
  );

  const cancel = useCallback(() => {
    connection.current?.send({ type: 'cancel' });
    setState((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
  }, []);

  const dismiss = useCallback(() => setState((current) => (current.kind === 'running' ? current : IDLE)), []);

  return { state, start, cancel, dismiss };
}
