import { ConvexError, v } from 'convex/values';
import { userMutation, userQuery } from './lib/functions';
import { registerUploads, uploadedFileValidator } from './lib/registerUploads';
import { StoredRows } from './lib/storedRows';
import { mergeRow, type Push, releaseUnnamed, toServerRow } from './lib/syncRows';
import { pushedRow, pushRowValidator, serverRowValidator } from './lib/syncValidators';
import type { Doc } from './_generated/dataModel';
import { MAX_PULL_BYTES, MAX_PULL_ROWS, MAX_PUSH_BYTES, MAX_PUSH_ROWS, rowBytes } from '../shared/sync/tables';

// The sync protocol (docs/sync.md): devices push changed fields in batches and
// pull every row changed after the last change number they have seen. Order
// comes from the athlete's change counter, never from a clock.

/**
 * Merges a batch of changed rows, field by field, after recording the files uploaded for them (`files`, at most
 * MAX_FILES_PER_CALL). Idempotent: a replayed or duplicated batch changes nothing. Returns every row as it now
 * stands, so the device learns the outcome even of the fields it lost. Stored files that no row names any more
 * (their rows deleted) go in the same transaction.
 */
export const push = userMutation({
  needsConfirmedAge: true,
  args: { rows: v.array(pushRowValidator), files: v.optional(v.array(uploadedFileValidator)) },
  returns: v.array(serverRowValidator),
  handler: async (ctx, args) => {
    const rows = args.rows.map(pushedRow);
    const bytes = rows.reduce((sum, row) => sum + rowBytes(row.fields), 0);
    if (rows.length > MAX_PUSH_ROWS || bytes > MAX_PUSH_BYTES)
      throw new ConvexError(
        `A push takes at most ${MAX_PUSH_ROWS} rows and ${MAX_PUSH_BYTES} bytes, not ${rows.length} and ${bytes}`,
      );
    const userId = ctx.user._id;
    const counter = await ctx.db
      .query('syncCounters')
      .withIndex('by_user', (q) => q.eq('userId', userId))
      .unique();
    let seq = counter?.seq ?? 0;
    const uploads = await registerUploads(ctx, userId, args.files ?? []);
    const push: Push = {
      userId,
      stored: new StoredRows(ctx, userId),
      nextSeq: () => ++seq,
      unnamed: new Set(),
      uploaded: uploads.held,
      named: new Set(),
    };
    await push.stored.readAhead(rows);
    const result = [];
    for (const row of rows) result.push(await mergeRow(ctx, push, row));
    // A file brought for a row whose change lost (a deletion the server holds) stays unnamed: it goes now.
    const broughtUnnamed = uploads.added.filter((sha256) => !push.named.has(sha256));
    await releaseUnnamed(ctx, userId, new Set([...push.unnamed, ...broughtUnnamed]));
    if (counter === null) await ctx.db.insert('syncCounters', { userId, seq });
    else if (seq !== counter.seq) await ctx.db.patch(counter._id, { seq });
    return result;
  },
});

/** Rows changed after change number `after`, oldest change first, tombstones included; a page at a time. */
export const pull = userQuery({
  needsConfirmedAge: true,
  args: { after: v.number(), limit: v.number() },
  returns: v.object({ rows: v.array(serverRowValidator), cursor: v.number(), done: v.boolean() }),
  handler: async (ctx, { after, limit }) => {
    if (ctx.user === null) return { rows: [], cursor: after, done: true };
    const userId = ctx.user._id;
    const size = Math.max(1, Math.min(Math.floor(limit), MAX_PULL_ROWS));
    const changed = ctx.db
      .query('syncRows')
      .withIndex('by_user_and_seq', (q) => q.eq('userId', userId).gt('seq', after));
    // As many rows as asked for, within MAX_PULL_BYTES of field JSON (always one: a row is at most MAX_ROW_BYTES).
    const page: Doc<'syncRows'>[] = [];
    let bytes = 0;
    let done = true;
    for await (const doc of changed) {
      bytes += rowBytes(doc.fields);
      if (page.length === size || (page.length > 0 && bytes > MAX_PULL_BYTES)) {
        done = false;
        break;
      }
      page.push(doc);
    }
    return { rows: page.map(toServerRow), cursor: page.at(-1)?.seq ?? after, done };
  },
});

/** The athlete's last change number: devices subscribe to it and pull when it moves. */
export const head = userQuery({
  needsConfirmedAge: true,
  args: {},
  returns: v.number(),
  handler: async (ctx) => {
    if (ctx.user === null) return 0;
    const userId = ctx.user._id;
    const counter = await ctx.db
      .query('syncCounters')
      .withIndex('by_user', (q) => q.eq('userId', userId))
      .unique();
    return counter?.seq ?? 0;
  },
});
