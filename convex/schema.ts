import { defineSchema, defineTable } from 'convex/server';
import { v } from 'convex/values';
import { sessionDocument } from './lib/sessionFields';

// Every user-owned table has userId first in its indexes, so each read is
// scoped to one athlete by the index itself (ARCHITECTURE.md, "Cloud").
export default defineSchema({
  /** One row per Clerk account, created on the account's first mutation. */
  users: defineTable({
    /** Clerk's issuer and subject as Convex joins them: stable per account and issuer. */
    tokenIdentifier: v.string(),
  }).index('by_token', ['tokenIdentifier']),

  sessions: defineTable(sessionDocument).index('by_user_and_start', ['userId', 'start']),
});
