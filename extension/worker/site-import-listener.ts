// The background's answer to a site page's messages: import a fetched
// activity, or say which of a site's activities the library has. A message
// not in the protocol's shape is not ours and is left alone.
import { SITES, type SiteName } from '../../shared/model';
import { importedActivityIds, type SessionsDb } from '../db';
import { importFetched } from './site-import';
import { fromWire, type SiteImportOutcome, type ToBackground, type WireActivity } from './site-import-protocol';

const isSite = (value: unknown): value is SiteName => SITES.includes(value as SiteName);

function isWireActivity(value: unknown): value is WireActivity {
  const v = value as Partial<WireActivity> | null | undefined;
  return (
    typeof v?.base64 === 'string' &&
    typeof v.name === 'string' &&
    typeof v.via === 'string' &&
    isSite(v.ref?.site) &&
    typeof v.ref.activityId === 'string' &&
    typeof v.details === 'object' &&
    v.details !== null
  );
}

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as { type?: unknown; site?: unknown; activity?: unknown } | null | undefined;
  return (
    (m?.type === 'sessionsai:site-known' && isSite(m.site)) ||
    (m?.type === 'sessionsai:site-import' && isWireActivity(m.activity))
  );
}

async function answer(db: SessionsDb, message: ToBackground): Promise<SiteImportOutcome | string[]> {
  if (message.type === 'sessionsai:site-known') return importedActivityIds(db, message.site);
  let activity;
  try {
    activity = fromWire(message.activity);
  } catch {
    return {
      kind: 'failed',
      message: `${message.activity.name}: the page sent the activity garbled; reload the page and try again`,
    };
  }
  return importFetched(db, activity);
}

/** A chrome.runtime.onMessage listener (true keeps the answer channel open while the import runs). */
export function siteMessageListener(db: SessionsDb) {
  return (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
    if (!isToBackground(message)) return false;
    answer(db, message).then(sendResponse, (error: unknown) =>
      sendResponse({
        kind: 'failed',
        message: `SessionsAI could not read its library (${error instanceof Error ? error.message : String(error)})`,
      }),
    );
    return true;
  };
}
