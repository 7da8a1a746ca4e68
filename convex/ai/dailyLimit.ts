import type { Id } from '../_generated/dataModel';
import type { MutationCtx } from '../_generated/server';
import { DEFAULT_DAILY_LIMIT } from './limits';

/** The limit the deployment sets (`npx convex env set AI_DAILY_LIMIT 100`), or the default. */
export function dailyLimit(): number {
  const configured = Number(process.env.AI_DAILY_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_DAILY_LIMIT;
}

/** The UTC calendar day of an epoch-ms instant, 'YYYY-MM-DD': every athlete's count restarts at 00:00 UTC. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export type TurnAllowance = { readonly ok: true } | { readonly ok: false; readonly limit: number };

/**
 * Counts one model turn for the athlete today, or refuses it when today's
 * turns are used up. In a mutation, so two turns started at once cannot both
 * take the last one (mutations are serializable transactions).
 */
export async function countTurn(ctx: MutationCtx, userId: Id<'users'>): Promise<TurnAllowance> {
  const limit = dailyLimit();
  const day = utcDay(Date.now());
  const today = await ctx.db
    .query('aiUsage')
    .withIndex('by_user_and_day', (q) => q.eq('userId', userId).eq('day', day))
    .unique();
  if (today === null) {
    await ctx.db.insert('aiUsage', { userId, day, turns: 1 });
    return { ok: true };
  }
  if (today.turns >= limit) return { ok: false, limit };
  await ctx.db.patch(today._id, { turns: today.turns + 1 });
  return { ok: true };
}
