// Settings → Account: how this browser's library stands with the account, in words.
import type { HeldChange, SyncStatus } from '../sync';

const PHASE_WORDS: Readonly<Record<SyncStatus['phase'], string>> = {
  idle: '',
  uploading: 'Uploading this browser’s changes…',
  downloading: 'Downloading changes from your other devices…',
  files: 'Fetching samples and original files…',
};

/** Rows that belong to no session, in words. */
const TABLE_WORDS: Readonly<Record<string, string>> = {
  sources: 'an original file',
  wellness: 'your wellness log',
  plans: 'your plan',
  notes: 'your notes',
  profile: 'your profile',
  settings: 'your settings',
  insights: 'your AI insights',
};

/** The session a held change belongs to, by title and start, or what else it is. */
function heldName(change: HeldChange, locale: string | undefined): string {
  const { session } = change;
  if (session === null) return `A change to ${TABLE_WORDS[change.table] ?? `your ${change.table}`}`;
  const start = new Date(session.start).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const name = session.title === null ? `The session of ${start}` : `The session “${session.title}” of ${start}`;
  return change.table === 'streams' ? `${name} (its samples)` : name;
}

export function SyncLine({ status, locale }: { status: SyncStatus; locale?: string }) {
  const when =
    status.lastSyncedAt === null
      ? 'Not synced yet.'
      : `Last synced ${new Date(status.lastSyncedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}.`;
  const waiting =
    status.waiting === 0
      ? 'Nothing waiting.'
      : `${status.waiting} ${status.waiting === 1 ? 'change' : 'changes'} waiting to sync.`;
  return (
    <div class="sync-line" aria-live="polite">
      <p>
        {when} {waiting}
      </p>
      {status.phase !== 'idle' && (
        <p>
          {PHASE_WORDS[status.phase]}
          {status.phase === 'uploading' && status.filesUploaded > 0 && ` ${status.filesUploaded} files sent.`}
          {status.phase === 'downloading' &&
            status.head !== null &&
            ` Change ${Math.min(status.pulledThrough, status.head)} of ${status.head}.`}
        </p>
      )}
      {status.held.length > 0 && (
        <ul class="sync-held" role="alert">
          {status.held.map((change) => (
            <li key={`${change.table}:${change.rowId}`}>
              {heldName(change, locale)} stays in this browser, not synced: {change.reason}.
            </li>
          ))}
        </ul>
      )}
      {status.failure !== null && <p role="alert">{status.failure.message}</p>}
    </div>
  );
}
