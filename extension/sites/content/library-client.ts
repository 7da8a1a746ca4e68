// The page's way to the library: runtime messages to the background, which
// owns the database and runs the importer (worker/site-import-protocol.ts).
import type { SiteName } from '../../../shared/model';
import { toWire, type SiteImportOutcome, type ToBackground } from '../../worker/site-import-protocol';
import type { Library } from './import-activity';

/** chrome.runtime.sendMessage, which resolves with the background's answer. */
export type SendMessage = (message: ToBackground) => Promise<unknown>;

export function libraryClient(send: SendMessage): Library {
  return {
    async importedIds(site: SiteName) {
      const ids = await send({ type: 'sessionsai:site-known', site });
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    },
    async importActivity(activity) {
      const outcome = (await send({ type: 'sessionsai:site-import', activity: toWire(activity) })) as
        | SiteImportOutcome
        | undefined;
      return (
        outcome ?? {
          kind: 'failed',
          message: 'SessionsAI did not answer (it may have just been updated): reload the page and try again.',
        }
      );
    },
  };
}
