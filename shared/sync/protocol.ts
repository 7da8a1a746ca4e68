// What devices and the server send each other (docs/sync.md); convex/lib/syncValidators.ts checks the same shapes.
import type { SyncTable } from './tables';

/** One field: name, JSON text ('' when the row leaves it out), and the stamp of the write that set it. */
export interface WireField {
  readonly n: string;
  readonly v: string;
  readonly t: number;
  readonly d: string;
}

/** A row as a device pushes it: only the fields it changed, or (`whole`) every field it has. */
export interface PushRow {
  readonly table: SyncTable;
  readonly rowId: string;
  readonly fields: readonly WireField[];
  readonly whole?: boolean;
}

/** A PushRow as it crosses the wire: its fields as one text (fields-text.ts). */
export interface WirePushRow {
  readonly table: SyncTable;
  readonly rowId: string;
  readonly fields: string;
  readonly whole?: boolean;
}

/** A row as the server holds it, with the athlete's change number of its last change. */
export interface ServerRow {
  readonly table: SyncTable;
  readonly rowId: string;
  readonly fields: readonly WireField[];
  readonly seq: number;
  /** The push would bring back a deleted row, which holds no values: push the whole row. */
  readonly needsWhole?: boolean;
  /** In a push's answer: the row holds exactly the fields pushed, which `fields` leaves out (push-answer.ts). */
  readonly asPushed?: boolean;
}

export interface PullPage {
  readonly rows: readonly ServerRow[];
  /** The change number to pull after next time. */
  readonly cursor: number;
  readonly done: boolean;
}

/** `files:startUploads`' answer: the files the athlete already has, and an upload URL for each of the others. */
export interface FileUploads {
  readonly stored: readonly string[];
  readonly uploads: readonly { readonly sha256: string; readonly url: string }[];
}

/** An uploaded file a push brings (`sync:push`'s `files`): its SHA-256 (hex) and the storage id its upload answered. */
export interface UploadedFile {
  readonly sha256: string;
  readonly storageId: string;
}
