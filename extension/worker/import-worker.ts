// The import Web Worker: parsing and saving happen here, off the panel's
// thread, so a large archive never freezes the panel.
import { openDatabase } from '../db';
import { createImportHandler } from './import-handler';
import type { FromWorker, ToWorker } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createImportHandler({ db: openDatabase(), post: (message: FromWorker) => scope.postMessage(message) });
scope.onmessage = (event: MessageEvent<ToWorker>) => void handle(event.data);
