import { v } from 'convex/values';
import { userMutation, userQuery } from './lib/functions';

/** Who is signed in, as Clerk's token says, and since when they have a cloud account. */
export const me = userQuery({
  args: {},
  returns: v.object({
    name: v.union(v.string(), v.null()),
    email: v.union(v.string(), v.null()),
    /** Epoch ms the account's row was created; null before the first sync. */
    accountCreatedAt: v.union(v.number(), v.null()),
  }),
  handler: async (ctx) => ({
    name: ctx.identity.name ?? null,
    email: ctx.identity.email ?? null,
    accountCreatedAt: ctx.user?._creationTime ?? null,
  }),
});

/** Called once after sign-in: makes sure the account's row exists. */
export const store = userMutation({
  args: {},
  returns: v.id('users'),
  handler: async (ctx) => ctx.user._id,
});
