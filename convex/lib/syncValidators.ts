import { v, type Infer } from 'convex/values';
import { SYNC_TABLES } from '../../shared/sync/tables';

// What crosses the wire for sync (docs/sync.md). A row travels as a list of
// named fields, each JSON text with the stamp of its write: lists, not
// records, so any field name the extension uses is a valid Convex value.

export const syncTableValidator = v.union(...SYNC_TABLES.map((table) => v.literal(table)));

/** One field of a synced row: name, JSON text ('' when absent), stamp (epoch ms, device id). */
export const syncFieldValidator = v.object({ n: v.string(), v: v.string(), t: v.number(), d: v.string() });
export type SyncFieldDoc = Infer<typeof syncFieldValidator>;

/** A row as a device pushes it: only the fields it changed, or (`whole`) every field it has. */
export const pushRowValidator = v.object({
  table: syncTableValidator,
  rowId: v.string(),
  fields: v.array(syncFieldValidator),
  whole: v.optional(v.boolean()),
});

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
