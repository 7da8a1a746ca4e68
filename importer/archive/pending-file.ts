import type { ImportIssueCode } from '../../shared/model';
import type { Deadline } from '../deadline';
import type { ImportInput } from '../import-types';
import type { DecompressionBudget } from './budget';

export type ReadOutcome =
  /**
   * `intact` is false when the archive's checksum or size for it disagrees
   * with the bytes; `partial` is true when reading its GPX or TCX stopped
   * early, so `bytes` is only its start (read-xml-while-inflating.ts).
   */
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly intact: boolean; readonly partial: boolean }
  /** An archive entry whose first bytes show it is no workout (a photo, a CSV): left unread. */
  | { readonly kind: 'not-workout' }
  | { readonly kind: 'failed'; readonly code: ImportIssueCode; readonly reason: string };

/** A file waiting to be imported: one the athlete gave, or an entry of an archive. */
export interface PendingFile {
  /** Path as the athlete knows it, through any archives: "export.zip/activities/1001.fit.gz". */
  readonly name: string;
  /** The zip it came out of, or null for the athlete's own inputs. */
  readonly archive: string | null;
  /** How many archives it sits inside. */
  readonly depth: number;
  /** Reads (for an archive entry, decompresses) its bytes, drawing on the budget, within the file's deadline. */
  read(budget: DecompressionBudget, deadline: Deadline): ReadOutcome;
}

/** One of the athlete's inputs, already in memory. */
export function inputFile(name: string, bytes: Uint8Array): PendingFile {
  return { name, archive: null, depth: 0, read: () => ({ kind: 'bytes', bytes, intact: true, partial: false }) };
}

/** One of the athlete's inputs once its bytes have arrived; a read that failed is the file's error. */
export async function arrivedFile({ name, bytes }: ImportInput): Promise<PendingFile> {
  try {
    return inputFile(name, await bytes);
  } catch (error) {
    const reason = `could not be read (${error instanceof Error ? error.message : String(error)}); it may have been moved or deleted`;
    return { name, archive: null, depth: 0, read: () => ({ kind: 'failed', code: 'missing-file', reason }) };
  }
}
