import { v } from 'convex/values';
import { internal } from '../_generated/api';
import type { Id } from '../_generated/dataModel';
import type { ActionCtx } from '../_generated/server';
import { internalAction } from '../lib/functions';
import { deleteClerkUser as deleteAtClerk } from './clerkUsers';
import type { DeletionStep } from './deletionState';

// The deletion's steps at other services (convex/account/deletion.ts): each
// reports back to a mutation, which moves on or schedules a retry.

export const deleteStripeCustomer = internalAction({
  args: { userId: v.id('users') },
  returns: v.null(),
  handler: (ctx, { userId }): Promise<null> =>
    reportStep(ctx, userId, 'stripe', () => ctx.runAction(internal.billing.deletion.deleteStripeCustomer, { userId })),
});

export const deleteClerkUser = internalAction({
  args: { userId: v.id('users'), clerkUserId: v.string() },
  returns: v.null(),
  handler: (ctx, { userId, clerkUserId }): Promise<null> =>
    reportStep(ctx, userId, 'clerk', () => deleteAtClerk(clerkUserId)),
});

async function reportStep(
  ctx: ActionCtx,
  userId: Id<'users'>,
  step: DeletionStep,
  work: () => Promise<unknown>,
): Promise<null> {
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await ctx.runMutation(internal.account.deletion.stepFailed, { userId, step, error: message });
    return null;
  }
  await ctx.runMutation(internal.account.deletion.stepDone, { userId, step });
  return null;
}
