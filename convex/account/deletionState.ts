import { v, type Infer } from 'convex/values';
import { MS_PER_DAY } from '../../shared/analytics/common/day';

// Where an account's deletion stands, kept on its users row until the row
// itself goes last. Steps, in order: the Stripe customer, the athlete's rows
// and files, the Clerk user (skipped when Clerk asked: its user is gone), then
// a sweep for anything written meanwhile, which ends by deleting the row.

/** The promise to the athlete: everything on the server is gone within this many days (usually minutes). */
export const DELETION_DEADLINE_DAYS = 30;

export const deletionStepValidator = v.union(
  v.literal('stripe'),
  v.literal('rows'),
  v.literal('clerk'),
  v.literal('sweep'),
);
export type DeletionStep = Infer<typeof deletionStepValidator>;

export const deletionValidator = v.object({
  requestedAt: v.number(),
  /** Epoch ms by which everything is gone; the athlete is told this date. */
  deadline: v.number(),
  /** The athlete from Settings, or Clerk's user.deleted webhook. */
  requestedBy: v.union(v.literal('athlete'), v.literal('clerk')),
  /** Clerk's user id (the token's subject), for deleting the Clerk user. */
  clerkUserId: v.string(),
  step: deletionStepValidator,
  /** Failed attempts of the current step: each failure waits longer before the next (retryDelayMs). */
  failures: v.number(),
  /** The last failure in words, for whoever runs the deployment; null once a step succeeds. */
  lastError: v.union(v.string(), v.null()),
});
export type Deletion = Infer<typeof deletionValidator>;

export function deletionDeadline(requestedAt: number): number {
  return requestedAt + DELETION_DEADLINE_DAYS * MS_PER_DAY;
}

/**
 * The wait before the sweep: a Clerk session token lives 60 s by default, so
 * after this none issued before the Clerk user went still works, and no call
 * can find the account unlocked (or make it anew) once its row is deleted.
 */
export const SWEEP_DELAY_MS = 5 * 60_000;

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 3600 * 1000;

/** 1 min after the first failure, doubling to at most 6 h: dozens of tries fit well inside the 30 days. */
export function retryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
}

/** What every public function answers a locked account. */
export function lockedMessage(deletion: Pick<Deletion, 'deadline'>): string {
  const day = new Date(deletion.deadline).toISOString().slice(0, 10);
  return `This SessionsAI account is being deleted: sync and the hosted assistant are off, and everything stored on the server will be gone by ${day} (UTC).`;
}
