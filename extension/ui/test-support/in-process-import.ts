// The import worker's handler run in the test's own thread, its messages
// delivered a task later as a Worker's would be (test support only).
import type { SessionsDb } from '../../db';
import { createImportHandler } from '../../worker/import-handler';
import type { ConnectImport } from '../import/import-connection';

export function inProcessImport(db: SessionsDb): ConnectImport {
  return (onMessage) => {
    const handle = createImportHandler({ db, post: (message) => setTimeout(() => onMessage(message), 0) });
    return { send: (message) => void handle(message), close: () => undefined };
  };
}
