import type { TableNames } from '../_generated/dataModel';

// Everything of an athlete's the server keeps, for deleting an account
// (convex/account/erase.ts). ownedTables.test.ts fails when convex/schema.ts
// has a table that is in neither list below, or an owned table whose index
// does not start with userId: a new table must say here whether it holds an
// athlete's data.

/** Each athlete-owned table with an index whose first field is userId. */
export const OWNED_TABLES = {
  sessions: 'by_user_and_start',
  // Before its stream: a waiting request names the stream it answers.
  insightRequests: 'by_user',
  insightStreams: 'by_user',
  aiBudgetUsage: 'by_user_and_period',
  stripeCustomers: 'by_user',
  stripeSubscriptions: 'by_user',
  syncRows: 'by_user_and_seq',
  syncCounters: 'by_user',
  syncFiles: 'by_user_and_sha',
} as const satisfies Partial<Record<TableNames, string>>;

export type OwnedTable = keyof typeof OWNED_TABLES;

/** Tables that are not an athlete's rows, and why. */
export const NOT_OWNED_TABLES = {
  users: "the account's own row: it carries the deletion's progress and is deleted last, by id",
  stripeEvents: "Stripe event ids and times, for applying each webhook once: no athlete's data",
} as const satisfies Partial<Record<TableNames, string>>;

/**
 * Files in Convex storage, by the owned table and field that point at them:
 * the athlete's samples and original workout files (docs/sync.md). Their
 * storage object goes with the row.
 */
export const OWNED_FILES = { syncFiles: 'storageId' } as const satisfies Partial<Record<OwnedTable, string>>;
