// How the sync engine reaches the server: one interface, so the engine runs
// the same against Convex (convex-transport.ts), against convex-test in the
// tests, and through a faulty network in the property test.
import type { FileUploads, PullPage, PushRow, ServerRow, UploadedFile } from '../../shared/sync/protocol';

export interface SyncTransport {
  /** Records the uploaded files the rows name, merges the rows; answers each row as the server now holds it. */
  push(rows: readonly PushRow[], files: readonly UploadedFile[]): Promise<readonly ServerRow[]>;
  /** Rows changed after change number `after`, oldest first. */
  pull(after: number, limit: number): Promise<PullPage>;
  /** Which of these files (SHA-256, hex) the server has, and an upload URL for each other one. */
  startUploads(hashes: readonly string[]): Promise<FileUploads>;
  /** Sends one file's bytes to its upload URL; answers the storage id the server gave them. */
  uploadFile(url: string, bytes: Uint8Array): Promise<string>;
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
