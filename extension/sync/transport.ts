// How the sync engine reaches the server: one interface, so the engine runs
// the same against Convex (convex-transport.ts), against convex-test in the
// tests, and through a faulty network in the property test.
import type { PullPage, PushRow, ServerRow } from '../../shared/sync/protocol';

export interface SyncTransport {
  /** Merges the rows; answers each as the server now holds it. */
  push(rows: readonly PushRow[]): Promise<readonly ServerRow[]>;
  /** Rows changed after change number `after`, oldest first. */
  pull(after: number, limit: number): Promise<PullPage>;
  /** Which of these files (SHA-256, hex) the server does not have. */
  missingFiles(hashes: readonly string[]): Promise<readonly string[]>;
  uploadFile(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The file's bytes, or null when the server has no such file. */
  downloadFile(sha256: string): Promise<Uint8Array | null>;
  /** Calls `onHead` with the server's latest change number now and on every change; returns the unsubscribe. */
  watchHead(onHead: (head: number) => void): () => void;
}

/** Why a sync could not finish, in words the settings can show. */
export type SyncFailureKind = 'offline' | 'signed-out' | 'refused' | 'paused';

export class SyncTransportError extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncTransportError';
  }
}
