import { defineSchema, defineTable } from 'convex/server';
import { v } from 'convex/values';
import { deletionValidator } from './account/deletionState';
import { turnOutcomeValidator, turnRequestValidator } from './ai/turnFields';
import { chargeValidator } from './billing/usage';
import { billingTables } from './billing/tables';
import { syncFieldValidator, syncTableValidator } from './lib/syncValidators';
import { sessionDocument } from './lib/sessionFields';

// Every user-owned table has userId first in its indexes, so each read is
// scoped to one athlete by the index itself (docs/architecture.md, "Cloud").
export default defineSchema({
  /** One row per Clerk account, created on the account's first mutation. */
  users: defineTable({
    /** Clerk's issuer and subject as Convex joins them: stable per account and issuer. */
    tokenIdentifier: v.string(),
    /** Epoch ms the athlete confirmed being 16 or older (shared/account/age.ts); sync and hosted AI need it. */
    ageConfirmedAt: v.optional(v.number()),
    /** Set when the account is being deleted: it is locked from then on (convex/account/deletion.ts). */
    deletion: v.optional(deletionValidator),
  }).index('by_token', ['tokenIdentifier']),

  sessions: defineTable(sessionDocument).index('by_user_and_start', ['userId', 'start']),

  /**
   * One hosted model turn as it streams: the text so far, then how it ended.
   * The panel subscribes to it; each is deleted STREAM_KEEP_MS after it starts.
   */
  insightStreams: defineTable({
    userId: v.id('users'),
    text: v.string(),
    /** The athlete pressed stop: the action aborts the API call at its next write. */
    cancelled: v.boolean(),
    /** Null while the turn streams. */
    outcome: v.union(v.null(), turnOutcomeValidator),
  }).index('by_user', ['userId']),
  /**
   * A hosted turn's request (the athlete's facts and notes) until its action
   * reads it: the scheduled action gets only this row's id, since Convex keeps
   * scheduled functions' arguments. Deleted when read, or with its stream.
   */
  insightRequests: defineTable({
    userId: v.id('users'),
    streamId: v.id('insightStreams'),
    request: turnRequestValidator,
    charge: chargeValidator,
  })
    .index('by_user', ['userId'])
    .index('by_stream', ['streamId']),

  // --- Billing (issue 13): plans, hosted-AI budgets, Stripe. Defined in convex/billing/tables.ts. ---
  ...billingTables,
  // --- End of billing. ---

  // ---- Sync (issue 11, docs/sync.md) -------------------------------------------------------------
  /** Every synced row of every local table, field by field with each field's stamp. */
  syncRows: defineTable({
    userId: v.id('users'),
    table: syncTableValidator,
    rowId: v.string(),
    /** The athlete's change number of this row's last change: pulls read rows in this order. */
    seq: v.number(),
    fields: v.array(syncFieldValidator),
    /** The SHA-256 of the file a live streams or sources row names: a stored file is kept while a row names it. */
    blob: v.optional(v.string()),
  })
    .index('by_user_and_row', ['userId', 'table', 'rowId'])
    .index('by_user_and_seq', ['userId', 'seq'])
    .index('by_user_and_blob', ['userId', 'blob']),
  /** The athlete's last change number; every change to a syncRows row takes the next one. */
  syncCounters: defineTable({ userId: v.id('users'), seq: v.number() }).index('by_user', ['userId']),
  /** Samples and original files in file storage, once per athlete and SHA-256 (hex). */
  syncFiles: defineTable({
    userId: v.id('users'),
    sha256: v.string(),
    storageId: v.id('_storage'),
    size: v.number(),
  })
    .index('by_user_and_sha', ['userId', 'sha256'])
    // Not a per-athlete read: it tells whether a storage id is already claimed, by anyone.
    .index('by_storage', ['storageId']),
  // ---- end of sync ---------------------------------------------------------------------------------
});
