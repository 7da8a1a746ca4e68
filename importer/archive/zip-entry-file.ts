import { detectFormat, DETECT_PREFIX_BYTES } from '../detect';
import type { Deadline } from '../deadline';
import type { DecompressionBudget } from './budget';
import { looksLikeWorkout } from './entry-names';
import type { PendingFile, ReadOutcome } from './pending-file';
import type { ZipEntry } from './zip-directory';
import { peekZipEntry, readZipEntry } from './zip-entry';

const NOT_WORKOUT = new Set(['unknown', 'other-xml', 'empty', 'apple-double']);

/**
 * A zip entry as a pending file, read lazily so that only one entry's bytes
 * are held at a time. An entry whose name promises nothing (media/1.jpg) is
 * peeked at first and left unread when its bytes are no workout either.
 */
export function zipEntryFile(zipName: string, zip: Uint8Array, entry: ZipEntry, depth: number): PendingFile {
  return {
    name: `${zipName}/${entry.name}`,
    archive: zipName,
    depth,
    read(budget: DecompressionBudget, deadline: Deadline): ReadOutcome {
      if (!looksLikeWorkout(entry.name)) {
        const head = peekZipEntry(zip, entry, DETECT_PREFIX_BYTES);
        if (head !== null && NOT_WORKOUT.has(detectFormat(head).format)) return { kind: 'not-workout' };
      }
      const read = readZipEntry(zip, entry, budget.bytesLeft, deadline);
      if (read.kind === 'failed') return read;
      budget.bytesLeft -= read.bytes.length;
      if (read.kind === 'partial') return { kind: 'bytes', bytes: read.bytes, intact: true, partial: true };
      return { kind: 'bytes', bytes: read.bytes, intact: read.intact, partial: false };
    },
  };
}
