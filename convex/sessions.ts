import { paginationOptsValidator, paginationResultValidator } from 'convex/server';
import { userQuery } from './lib/functions';
import schema from './schema';

/** The signed-in athlete's sessions, newest first, a page at a time. Summaries only: no samples. */
export const list = userQuery({
  needsConfirmedAge: true,
  args: { paginationOpts: paginationOptsValidator },
  returns: paginationResultValidator(schema.doc('sessions')),
  handler: async (ctx, { paginationOpts }) => {
    if (ctx.user === null) return { page: [], isDone: true, continueCursor: '' };
    const userId = ctx.user._id;
    return ctx.db
      .query('sessions')
      .withIndex('by_user_and_start', (q) => q.eq('userId', userId))
      .order('desc')
      .paginate(paginationOpts);
  },
});
