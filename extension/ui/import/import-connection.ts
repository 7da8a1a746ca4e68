// How the panel talks to an import worker: one connection per import.
import type { FromWorker, ToWorker } from '../../worker/import-protocol';

export interface ImportConnection {
  send(message: ToWorker): void;
  /** Ends the worker; its memory (every file read) goes with it. */
  close(): void;
}

export type ConnectImport = (onMessage: (message: FromWorker) => void) => ImportConnection;

/** Starts the import Web Worker (bundled by Vite from this URL pattern). */
export const connectImportWorker: ConnectImport = (onMessage) => {
  const worker = new Worker(new URL('../../worker/import-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  worker.onerror = (event) =>
    onMessage({
      type: 'failed',
      message: `The import stopped unexpectedly (${event.message || 'the worker failed to start'}); nothing from it was saved`,
    });
  return { send: (message) => worker.postMessage(message), close: () => worker.terminate() };
};
