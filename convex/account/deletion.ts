import { v } from 'convex/values';
import { internal } from '../_generated/api';
import type { Doc, Id } from '../_generated/dataModel';
import type { MutationCtx } from '../_generated/server';
import { internalMutation, userMutation } from '../lib/functions';
import {
  deletionDeadline,
  deletionStepValidator,
  retryDelayMs,
  SWEEP_DELAY_MS,
  type Deletion,
  type DeletionStep,
} from './deletionState';

// "Delete my account" (issue 12): the request locks the account at once (the
// builders in convex/lib/functions.ts refuse a locked account everything) and
// starts the steps of deletionState.ts, each scheduled by the one before it,
// each retried with a growing wait when it fails. Every step may run twice
// without harm: a step that finds the account already past it does nothing.

/**
 * Deletes the signed-in athlete's account and everything the server holds of
 * theirs. Returns the date (epoch ms) by which it is all gone; usually it
 * takes minutes.
 */
export const request = userMutation({
  args: {},
  returns: v.object({ deadline: v.number() }),
  handler: async (ctx) => {
    const deletion = await startDeletion(ctx, ctx.user, 'athlete', ctx.identity.subject);
    return { deadline: deletion.deadline };
  },
});

/** Locks the account and schedules its first step; an account already being deleted keeps its deletion. */
export async function startDeletion(
  ctx: MutationCtx,
  user: Doc<'users'>,
  requestedBy: Deletion['requestedBy'],
  clerkUserId: string,
): Promise<Deletion> {
  if (user.deletion !== undefined) return user.deletion;
  const now = Date.now();
  const deletion: Deletion = {
    requestedAt: now,
    deadline: deletionDeadline(now),
    requestedBy,
    clerkUserId,
    step: 'stripe',
    failures: 0,
    lastError: null,
  };
  await ctx.db.patch(user._id, { deletion });
  await scheduleStep(ctx, user._id, deletion, 0);
  return deletion;
}

const NEXT: Record<DeletionStep, (d: Deletion) => DeletionStep | 'done'> = {
  stripe: () => 'rows',
  // Clerk's own webhook started it: its user is gone already.
  rows: (d) => (d.requestedBy === 'clerk' ? 'sweep' : 'clerk'),
  clerk: () => 'sweep',
  sweep: () => 'done',
};

/** A step finished: on to the next, or, after the last, the users row goes. */
export const stepDone = internalMutation({
  args: { userId: v.id('users'), step: deletionStepValidator },
  returns: v.null(),
  handler: async (ctx, { userId, step }) => {
    await finishStep(ctx, userId, step);
    return null;
  },
});

export async function finishStep(ctx: MutationCtx, userId: Id<'users'>, step: DeletionStep): Promise<void> {
  const deletion = await deletionOf(ctx, userId, step);
  if (deletion === null) return;
  const next = NEXT[step](deletion);
  if (next === 'done') {
    await ctx.db.delete(userId);
    return;
  }
  const moved: Deletion = { ...deletion, step: next, failures: 0, lastError: null };
  await ctx.db.patch(userId, { deletion: moved });
  await scheduleStep(ctx, userId, moved, next === 'sweep' ? SWEEP_DELAY_MS : 0);
}

/** A step failed: noted on the users row and in the logs, and tried again later. */
export const stepFailed = internalMutation({
  args: { userId: v.id('users'), step: deletionStepValidator, error: v.string() },
  returns: v.null(),
  handler: async (ctx, { userId, step, error }) => {
    const deletion = await deletionOf(ctx, userId, step);
    if (deletion === null) return null;
    const failed: Deletion = { ...deletion, failures: deletion.failures + 1, lastError: error };
    const delay = retryDelayMs(failed.failures);
    console.error(
      `Deleting account ${userId}: step ${step} failed (${failed.failures} so far), retrying in ${delay / 1000} s: ${error}`,
    );
    await ctx.db.patch(userId, { deletion: failed });
    await scheduleStep(ctx, userId, failed, delay);
    return null;
  },
});

/** The account's deletion if it is at `step`; null when it is gone or past that step (a repeated run). */
export async function deletionOf(ctx: MutationCtx, userId: Id<'users'>, step: DeletionStep): Promise<Deletion | null> {
  const deletion = (await ctx.db.get(userId))?.deletion;
  return deletion?.step === step ? deletion : null;
}

async function scheduleStep(ctx: MutationCtx, userId: Id<'users'>, deletion: Deletion, delayMs: number) {
  switch (deletion.step) {
    case 'stripe':
      return ctx.scheduler.runAfter(delayMs, internal.account.elsewhere.deleteStripeCustomer, { userId });
    case 'clerk':
      return ctx.scheduler.runAfter(delayMs, internal.account.elsewhere.deleteClerkUser, {
        userId,
        clerkUserId: deletion.clerkUserId,
      });
    case 'rows':
    case 'sweep':
      return ctx.scheduler.runAfter(delayMs, internal.account.erase.eraseBatch, { userId, step: deletion.step });
  }
}
