import type { Budget, Interval, PlanName } from './config';
import type { Periods } from './periods';

// "What may this athlete do now": their plan from their subscriptions, and
// whether the hosted assistant may take one more request within the plan's
// budget. Pure, so every plan x status x budget case is tested without a
// database; convex/billing/access.ts feeds it.

/** The fields of a stripeSubscriptions row the plan depends on. */
export interface SubscriptionFacts {
  readonly status: string;
  readonly interval: Interval | null;
  readonly currentPeriodEnd: number | null;
  readonly cancelAtPeriodEnd: boolean;
  readonly pastDueSince: number | null;
  readonly refundedAt: number | null;
}

export interface PlanState {
  readonly plan: PlanName;
  readonly interval: Interval | null;
  /** The Pro subscription's Stripe status, or null on Free. */
  readonly status: string | null;
  /** Epoch ms Pro renews (or ends, when cancelAtPeriodEnd); null on Free. */
  readonly periodEnd: number | null;
  readonly cancelAtPeriodEnd: boolean;
  /** Epoch ms a past-due Pro falls back to Free unless the payment goes through; else null. */
  readonly graceEndsAt: number | null;
}

export interface Usage {
  readonly requests: number;
  readonly tokens: number;
}

export interface PeriodUse {
  readonly requests: number;
  readonly requestLimit: number;
  readonly tokens: number;
  readonly tokenLimit: number;
  readonly resetsAt: number;
}

export type HostedAccess =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly resetsAt: number };

export interface Entitlement extends PlanState {
  readonly day: PeriodUse;
  readonly month: PeriodUse;
  readonly hosted: HostedAccess;
}

const FREE: PlanState = {
  plan: 'free',
  interval: null,
  status: null,
  periodEnd: null,
  cancelAtPeriodEnd: false,
  graceEndsAt: null,
};

/** Statuses in which Stripe has been paid for the current period. */
const PAID = new Set(['active', 'trialing']);

/** The best plan any of the athlete's subscriptions gives at `now`. */
export function planState(subscriptions: readonly SubscriptionFacts[], now: number, graceMs: number): PlanState {
  for (const sub of subscriptions) {
    if (sub.refundedAt !== null && sub.refundedAt <= now) continue;
    const paid = PAID.has(sub.status);
    const graceEndsAt = sub.status === 'past_due' && sub.pastDueSince !== null ? sub.pastDueSince + graceMs : null;
    if (!paid && !(graceEndsAt !== null && now < graceEndsAt)) continue;
    return {
      plan: 'pro',
      interval: sub.interval,
      status: sub.status,
      periodEnd: sub.currentPeriodEnd,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
      graceEndsAt,
    };
  }
  return FREE;
}

const PLAN_LABEL: Readonly<Record<PlanName, string>> = { free: 'Free', pro: 'Pro' };
const OWN_KEY = 'Your own Anthropic key still works meanwhile: choose it in Settings → AI.';

export function entitlement(
  plan: PlanState,
  budget: Budget,
  use: { readonly day: Usage; readonly month: Usage },
  periods: Periods,
): Entitlement {
  const day: PeriodUse = {
    requests: use.day.requests,
    requestLimit: budget.requestsPerDay,
    tokens: use.day.tokens,
    tokenLimit: budget.tokensPerDay,
    resetsAt: periods.dayResetsAt,
  };
  const month: PeriodUse = {
    requests: use.month.requests,
    requestLimit: budget.requestsPerMonth,
    tokens: use.month.tokens,
    tokenLimit: budget.tokensPerMonth,
    resetsAt: periods.monthResetsAt,
  };
  // The month first: when both are spent, the month's reset is the later, true one.
  const hosted = refusal(plan.plan, 'month', month) ?? refusal(plan.plan, 'day', day) ?? { ok: true as const };
  return { ...plan, day, month, hosted };
}

function refusal(plan: PlanName, period: 'day' | 'month', use: PeriodUse): HostedAccess | null {
  const what =
    use.requests >= use.requestLimit
      ? `${use.requestLimit.toLocaleString('en-US')} requests`
      : use.tokens >= use.tokenLimit
        ? `${use.tokenLimit.toLocaleString('en-US')} tokens`
        : null;
  if (what === null) return null;
  const span = period === 'day' ? "today's" : "this month's";
  const resets = new Date(use.resetsAt).toISOString().slice(0, 16).replace('T', ' ');
  return {
    ok: false,
    reason:
      `You have used ${span} hosted-AI budget on the ${PLAN_LABEL[plan]} plan (${what}). ` +
      `It resets at ${resets} UTC. ${OWN_KEY}`,
    resetsAt: use.resetsAt,
  };
}
