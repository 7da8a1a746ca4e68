import { v } from 'convex/values';
import { findUser, internalQuery } from '../lib/functions';
import { deletionValidator } from './deletionState';

/** For userAction, which has no database: the account's lock and age confirmation, null before its row exists. */
export const ofToken = internalQuery({
  args: { tokenIdentifier: v.string() },
  returns: v.union(
    v.null(),
    v.object({ deletion: v.optional(deletionValidator), ageConfirmedAt: v.optional(v.number()) }),
  ),
  handler: async (ctx, { tokenIdentifier }) => {
    const user = await findUser(ctx, { tokenIdentifier });
    return user === null ? null : { deletion: user.deletion, ageConfirmedAt: user.ageConfirmedAt };
  },
});
