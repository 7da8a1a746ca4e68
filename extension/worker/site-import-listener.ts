// The background's answer to a site page's messages: import a fetched
// activity, or say which of a site's activities the library has. A message
// not in the protocol's shape, from anyone but our content script on that
// site's page (site-message-sender.ts), or with fields past their caps, is
// not ours and is left alone.
import { SITES, type SiteName } from '../../shared/model';
import { importedActivityIds, type SessionsDb } from '../db';
import { adapterForUrl } from '../sites/registry';
import { importFetched } from './site-import';
import { type MessageSender, senderSite } from './site-message-sender';
import { fromWire, type SiteImportOutcome, type ToBackground, type WireActivity } from './site-import-protocol';

/** The largest file a site may hand over: far above any workout file (a 24-hour FIT is a few MB). */
export const MAX_FILE_BYTES = 64 * 2 ** 20;
const MAX_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4;
/** Caps on the words that travel with a file: a site's title, description and notes, and our own labels. */
const MAX_TEXT = 50_000;
const MAX_LABEL = 500;

const isSite = (value: unknown): value is SiteName => SITES.includes(value as SiteName);
const within = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const textOrNull = (value: unknown) => value === null || within(value, MAX_TEXT);

function isWireActivity(value: unknown): value is WireActivity {
  const v = value as Partial<WireActivity> | null | undefined;
  const d = v?.details;
  return (
    typeof v?.base64 === 'string' &&
    within(v.name, MAX_LABEL) &&
    within(v.via, MAX_LABEL) &&
    (v.note === undefined || within(v.note, MAX_LABEL)) &&
    isSite(v.ref?.site) &&
    within(v.ref.activityId, 100) &&
    within(v.ref.url, 2_000) &&
    typeof d === 'object' &&
    d !== null &&
    textOrNull(d.title) &&
    textOrNull(d.description) &&
    textOrNull(d.gear) &&
    textOrNull(d.privateNote) &&
    (d.rpe === null || (typeof d.rpe === 'number' && d.rpe >= 0 && d.rpe <= 10))
  );
}

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as { type?: unknown; site?: unknown; activity?: unknown } | null | undefined;
  return (
    (m?.type === 'sessionsai:site-known' && isSite(m.site)) ||
    (m?.type === 'sessionsai:site-import' && isWireActivity(m.activity))
  );
}

/** The activity's address is that site's page of that very activity. */
function refIsOnSite({ ref }: WireActivity): boolean {
  const match = adapterForUrl(ref.url);
  return match?.adapter.site === ref.site && match.ref?.activityId === ref.activityId;
}

const messageSite = (message: ToBackground) =>
  message.type === 'sessionsai:site-known' ? message.site : message.activity.ref.site;

async function answer(db: SessionsDb, message: ToBackground): Promise<SiteImportOutcome | string[]> {
  if (message.type === 'sessionsai:site-known') return importedActivityIds(db, message.site);
  if (message.activity.base64.length > MAX_BASE64)
    return {
      kind: 'failed',
      message: `${message.activity.name}: the file is larger than ${MAX_FILE_BYTES / 2 ** 20} MB, more than any workout; nothing was imported`,
    };
  let activity: ReturnType<typeof fromWire>;
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

/**
 * A runtime.onMessage listener (true keeps the answer channel open while the
 * import runs). `extensionId` is runtime.id: only our own content script is answered.
 */
export function siteMessageListener(db: SessionsDb, extensionId: string) {
  return (message: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void): boolean => {
    if (!isToBackground(message)) return false;
    const site = senderSite(sender, extensionId);
    if (site === null || site !== messageSite(message)) return false;
    if (message.type === 'sessionsai:site-import' && !refIsOnSite(message.activity)) return false;
    answer(db, message).then(sendResponse, (error: unknown) =>
      sendResponse({
        kind: 'failed',
        message: `SessionsAI could not read its library (${error instanceof Error ? error.message : String(error)})`,
      }),
    );
    return true;
  };
}
