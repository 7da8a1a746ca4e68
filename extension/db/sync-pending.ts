// What a local row has to push: the fields that differ from the server's copy as this device last saw it, stamped
// so that the conflict rule (docs/sync.md) orders them rightly.
import { DELETED_AT, latestWrite } from '../../shared/sync/fields';
import type { WireField } from '../../shared/sync/protocol';
import type { SyncTable } from '../../shared/sync/tables';
import { EDITABLE_FIELDS } from './records';
import { encodeRow, encodeStored, type Row } from './sync-fields';
import type { Base, Stamp } from './sync-state';

interface Pending {
  readonly fields: WireField[];
  readonly local: Record<string, string>;
}

/**
 * The fields of `row` that differ from what the server had, stamped with the
 * row's change time but never earlier than anything the device had seen of it.
 */
export function pendingFields(
  table: SyncTable,
  row: Row,
  base: Base | undefined,
  deviceId: string,
  stamp: Stamp | undefined,
): Pending {
  const local = encodeRow(table, row);
  const stored = base === undefined ? {} : encodeStored(base.fields);
  const t =
    stamp !== undefined && stamp.updatedAt === row.updatedAt
      ? stamp.t
      : Math.max(row.updatedAt, base === undefined ? 0 : latestWrite(base.fields) + 1);
  const fields: WireField[] = [];
  const fromFile = base === undefined ? fileDerived(table, row) : new Set<string>();
  for (const n of new Set([...Object.keys(local), ...Object.keys(stored)]))
    if ((local[n] ?? '') !== (stored[n] ?? ''))
      fields.push({ n, v: local[n] ?? '', t: fromFile.has(n) ? 0 : t, d: deviceId });
  // A live row written here after the server's copy as last seen says so even when no value differs (the same
  // file imported again): a deletion made elsewhere before that write, not seen yet, must not win over it.
  const writtenSince = base !== undefined && row.deletedAt === null && row.updatedAt > latestWrite(base.fields);
  if (writtenSince && !fields.some((f) => f.n === DELETED_AT))
    fields.push({ n: DELETED_AT, v: local[DELETED_AT] ?? '', t, d: deviceId });
  return { fields: fields.sort((a, b) => (a.n < b.n ? -1 : 1)), local };
}

/**
 * A session first pushed by this device (the same file may have been imported
 * on another device too): its editable fields the athlete never corrected
 * say only what the file says, so they are stamped 0 and never beat a
 * correction made on another device.
 */
function fileDerived(table: SyncTable, row: Row): Set<string> {
  if (table !== 'sessions') return new Set();
  const edited = new Set(row.editedFields as readonly string[]);
  return new Set(EDITABLE_FIELDS.filter((f) => !edited.has(f)));
}
