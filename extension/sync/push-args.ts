// sync:push's arguments as every transport sends them: the rows with their fields as one text each, and the
// files uploaded for them, if any.
import type { Id } from '../../convex/_generated/dataModel';
import { toWire } from '../../shared/sync/fields-text';
import type { PushRow, UploadedFile, WirePushRow } from '../../shared/sync/protocol';

export function pushArgs(
  rows: readonly PushRow[],
  files: readonly UploadedFile[],
): { rows: WirePushRow[]; files?: { sha256: string; storageId: Id<'_storage'> }[] } {
  const wire = toWire(rows);
  if (files.length === 0) return { rows: wire };
  return {
    rows: wire,
    files: files.map(({ sha256, storageId }) => ({ sha256, storageId: storageId as Id<'_storage'> })),
  };
}
