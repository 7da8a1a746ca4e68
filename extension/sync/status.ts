// What the settings show about sync: when it last finished, what is waiting,
// and what went wrong, in words.
import type { SyncFailureKind } from './transport';

export interface SyncFailure {
  readonly kind: SyncFailureKind;
  readonly message: string;
}

/** A change that stays on this device, which row and why: the rest of the library syncs without it. */
export interface HeldChange {
  readonly table: string;
  readonly rowId: string;
  /** The session it belongs to (a session's summary or samples), to name it; null for other rows. */
  readonly session: { readonly title: string | null; readonly start: number } | null;
  /** Why, in words. */
  readonly reason: string;
}

export interface SyncStatus {
  /** What the engine is doing now. */
  readonly phase: 'idle' | 'uploading' | 'downloading' | 'files';
  /** Epoch ms of the last sync that finished, or null. */
  readonly lastSyncedAt: number | null;
  /** Local changes not yet on the server. */
  readonly waiting: number;
  /** The change number this device has pulled through, and the server's latest when known: download progress. */
  readonly pulledThrough: number;
  readonly head: number | null;
  /** Samples and original files uploaded in the current sync, for upload progress. */
  readonly filesUploaded: number;
  /** Changes this sync could not send (too large, or refused by the server): they stay on this device. */
  readonly held: readonly HeldChange[];
  /** Why the last sync stopped, or null when it finished. */
  readonly failure: SyncFailure | null;
}

export const INITIAL_STATUS: SyncStatus = {
  phase: 'idle',
  lastSyncedAt: null,
  waiting: 0,
  pulledThrough: 0,
  head: null,
  filesUploaded: 0,
  held: [],
  failure: null,
};

export const OFFLINE_MESSAGE = 'Offline: changes wait on this device and sync when the connection is back.';
export const SIGNED_OUT_MESSAGE = 'Signed out: sign in to sync this library.';
export const PAUSED_MESSAGE =
  'Sync is paused (Settings, Your choices): nothing is sent or fetched, and the server keeps what it has untouched. Changes wait in this browser.';

/** A failure in words from whatever a sync step threw. */
export function failureOf(error: unknown): SyncFailure {
  if (typeof error === 'object' && error !== null && 'kind' in error && 'message' in error) {
    const { kind, message } = error as { kind: SyncFailureKind; message: string };
    if (kind === 'offline') return { kind, message: OFFLINE_MESSAGE };
    if (kind === 'signed-out') return { kind, message: SIGNED_OUT_MESSAGE };
    return { kind: 'refused', message: `The server refused the sync: ${message}` };
  }
  return { kind: 'refused', message: `Sync stopped: ${error instanceof Error ? error.message : String(error)}` };
}
