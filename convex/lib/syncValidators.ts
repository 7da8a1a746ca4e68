import { ConvexError, v, type Infer } from 'convex/values';
import { fieldsFromText } from '../../shared/sync/fields-text';
import { SYNC_TABLES, type SyncTable } from '../../shared/sync/tables';

// What crosses the wire for sync (docs/sync.md). A row the server holds or
// answers with is a list of named fields, each JSON text with the stamp of its
// write: lists, not records, so any field name the extension uses is a valid
// Convex value. A pushed row brings the same list as one text.

export const syncTableValidator = v.union(...SYNC_TABLES.map((table) => v.literal(table)));

/** One field of a synced row: name, JSON text ('' when absent), stamp (epoch ms, device id). */
export const syncFieldValidator = v.object({ n: v.string(), v: v.string(), t: v.number(), d: v.string() });
export type SyncFieldDoc = Infer<typeof syncFieldValidator>;

/**
 * A row as a device pushes it: only the fields it changed, or (`whole`) every field it has. Its fields come as
 * one JSON text (shared/sync/fields-text.ts), which `pushedRow` checks.
 */
export const pushRowValidator = v.object({
  table: syncTableValidator,
  rowId: v.string(),
  fields: v.string(),
  whole: v.optional(v.boolean()),
});

export interface PushedRow {
  readonly table: SyncTable;
  readonly rowId: string;
  readonly fields: SyncFieldDoc[];
  readonly whole?: boolean;
}

/** A pushed row with its fields read from their text; refused, naming the row, when the text is not fields. */
export function pushedRow(row: Infer<typeof pushRowValidator>): PushedRow {
  try {
    return { ...row, fields: fieldsFromText(row.fields) };
  } catch (error) {
    throw new ConvexError(`The fields pushed for the ${row.table} row ${row.rowId} ${(error as Error).message}`);
  }
}

/** A row as the server holds it: every field, and the athlete's change number of its last change. */
export const serverRowValidator = v.object({
  table: syncTableValidator,
  rowId: v.string(),
  seq: v.number(),
  fields: v.array(syncFieldValidator),
  /** The push would bring back a deleted row, which holds no values: push the whole row. */
  needsWhole: v.optional(v.boolean()),
  /** The row holds exactly the fields pushed, which `fields` leaves out: the device has them (shared/sync/push-answer.ts). */
  asPushed: v.optional(v.boolean()),
});
export type ServerRow = Infer<typeof serverRowValidator>;
