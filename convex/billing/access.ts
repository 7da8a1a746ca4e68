import type { Id } from '../_generated/dataModel';
import type { MutationCtx, QueryCtx } from '../_generated/server';
import { budgetFor, graceMs } from './config';
import { entitlement, planState, type Entitlement, type Usage } from './entitlement';
import { periodsAt, type Periods } from './periods';

// The database side of "what may this athlete do now". Every hosted-AI entry
// point calls mayUseHostedAi in the same transaction that charges the request
// (chargeRequest), so two requests at once cannot both take the last one.

export async function entitlementOf(ctx: QueryCtx, userId: Id<'users'> | null, now: number): Promise<Entitlement> {
  const periods = periodsAt(now);
  const subscriptions =
    userId === null
      ? []
      : await ctx.db
          .query('stripeSubscriptions')
          .withIndex('by_user', (q) => q.eq('userId', userId))
          .collect();
  const plan = planState(subscriptions, now, graceMs());
  const use = {
    day: await usageIn(ctx, userId, periods.day),
    month: await usageIn(ctx, userId, periods.month),
  };
  return entitlement(plan, budgetFor(plan.plan), use, periods);
}

async function usageIn(ctx: QueryCtx, userId: Id<'users'> | null, period: string): Promise<Usage> {
  const row = userId === null ? null : await usageRow(ctx, userId, period);
  return row === null ? { requests: 0, tokens: 0 } : { requests: row.requests, tokens: row.tokens };
}

function usageRow(ctx: QueryCtx, userId: Id<'users'>, period: string) {
  return ctx.db
    .query('aiBudgetUsage')
    .withIndex('by_user_and_period', (q) => q.eq('userId', userId).eq('period', period))
    .unique();
}

/** The periods a charged request was counted in, so its settlement lands in the same ones. */
export interface Charge {
  readonly userId: Id<'users'>;
  readonly day: string;
  readonly month: string;
}

/**
 * Counts one hosted request against the athlete's day and month, or says why
 * it may not run. Call it after the request has passed its size limits.
 */
export async function chargeRequest(
  ctx: MutationCtx,
  userId: Id<'users'>,
  now: number,
): Promise<{ readonly ok: true; readonly charge: Charge } | { readonly ok: false; readonly reason: string }> {
  const allowed = await entitlementOf(ctx, userId, now);
  if (!allowed.hosted.ok) return { ok: false, reason: allowed.hosted.reason };
  const periods: Periods = periodsAt(now);
  for (const period of [periods.day, periods.month]) await addUsage(ctx, userId, period, { requests: 1, tokens: 0 });
  return { ok: true, charge: { userId, day: periods.day, month: periods.month } };
}

/** Adds (or, with negative numbers, gives back) use in one period; never below zero. */
export async function addUsage(ctx: MutationCtx, userId: Id<'users'>, period: string, delta: Usage): Promise<void> {
  const row = await usageRow(ctx, userId, period);
  if (row === null) {
    await ctx.db.insert('aiBudgetUsage', {
      userId,
      period,
      requests: Math.max(0, delta.requests),
      tokens: Math.max(0, delta.tokens),
    });
    return;
  }
  await ctx.db.patch(row._id, {
    requests: Math.max(0, row.requests + delta.requests),
    tokens: Math.max(0, row.tokens + delta.tokens),
  });
}
