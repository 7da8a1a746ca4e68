import { ConvexError, v } from 'convex/values';
import { checkAge } from '../shared/account/age';
import { userMutation, userQuery } from './lib/functions';

/** Who is signed in, as Clerk's token says, and since when they have a cloud account. */
export const me = userQuery({
  args: {},
  returns: v.object({
    name: v.union(v.string(), v.null()),
    email: v.union(v.string(), v.null()),
    /** Epoch ms the account's row was created; null before the first sync. */
    accountCreatedAt: v.union(v.number(), v.null()),
    /** Whether the athlete has confirmed being 16 or older: sync and hosted AI wait for it. */
    ageConfirmed: v.boolean(),
  }),
  handler: async (ctx) => ({
    name: ctx.identity.name ?? null,
    email: ctx.identity.email ?? null,
    accountCreatedAt: ctx.user?._creationTime ?? null,
    ageConfirmed: ctx.user?.ageConfirmedAt !== undefined,
  }),
});

/** Called once after sign-in: makes sure the account's row exists. */
export const store = userMutation({
  args: {},
  returns: v.id('users'),
  handler: async (ctx) => ctx.user._id,
});

/** The latest calendar day anywhere (UTC+14): the server never refuses an athlete whose own day makes them 16. */
function latestDayOnEarth(now: number): string {
  return new Date(now + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Records that the athlete is 16 or older, judged by shared/account/age.ts
 * from their answer; refuses with the reason otherwise. Only the time of the
 * confirmation is kept, not the birth year.
 */
export const confirmAge = userMutation({
  args: { birthYear: v.number(), sixteenthBirthdayPassed: v.union(v.boolean(), v.null()) },
  returns: v.null(),
  handler: async (ctx, answer) => {
    const verdict = checkAge(answer, latestDayOnEarth(Date.now()));
    if (verdict.kind !== 'old-enough') throw new ConvexError(verdict.message);
    if (ctx.user.ageConfirmedAt === undefined) await ctx.db.patch(ctx.user._id, { ageConfirmedAt: Date.now() });
    return null;
  },
});
