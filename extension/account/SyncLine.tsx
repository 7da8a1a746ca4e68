// Settings → Account: how this browser's library stands with the account, in words.
import type { SyncStatus } from '../sync';

const PHASE_WORDS: Readonly<Record<SyncStatus['phase'], string>> = {
  idle: '',
  uploading: 'Uploading this browser’s changes…',
  downloading: 'Downloading changes from your other devices…',
  files: 'Fetching samples and original files…',
};

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
      {status.tooLarge.length > 0 && (
        <p>
          {status.tooLarge.length} {status.tooLarge.length === 1 ? 'item is' : 'items are'} too large to sync and stay
          in this browser.
        </p>
      )}
      {status.failure !== null && <p role="alert">{status.failure.message}</p>}
    </div>
  );
}
