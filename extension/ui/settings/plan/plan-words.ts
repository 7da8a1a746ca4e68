// What Settings → Plan says about a plan, in words, kept apart from the
// markup so each sentence is tested exactly.
import type { PlanView } from './plan-service';

export function planTitle(plan: PlanView): string {
  if (plan.plan === 'free') return 'Free';
  return plan.interval === 'year' ? 'Pro, yearly' : plan.interval === 'month' ? 'Pro, monthly' : 'Pro';
}

/** The sentence under the plan's name: renewal, ending, or a failed payment's grace; null on Free. */
export function planStatus(plan: PlanView, locale: string): string | null {
  if (plan.plan === 'free') return null;
  const date = (ms: number) =>
    new Date(ms).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (plan.graceEndsAt !== null) {
    return (
      `Your last payment did not go through. Pro stays until ${date(plan.graceEndsAt)} while Stripe retries; ` +
      'update your payment method under Manage billing.'
    );
  }
  if (plan.periodEnd === null) return 'Payment received: Stripe is confirming the renewal date.';
  return plan.cancelAtPeriodEnd
    ? `Ends on ${date(plan.periodEnd)}; it will not renew.`
    : `Renews on ${date(plan.periodEnd)}.`;
}

/** This month's hosted-AI use as one fraction 0..1: whichever of tokens or requests is further along. */
export function monthUse(plan: PlanView): number {
  const { tokens, tokenLimit, requests, requestLimit } = plan.month;
  const share = (used: number, limit: number) => (limit === 0 ? 1 : Math.min(1, used / limit));
  return Math.max(share(tokens, tokenLimit), share(requests, requestLimit));
}

export function monthUseText(plan: PlanView, locale: string): string {
  const n = (value: number) => value.toLocaleString(locale);
  const { tokens, tokenLimit, requests, requestLimit } = plan.month;
  return `${n(tokens)} of ${n(tokenLimit)} tokens and ${n(requests)} of ${n(requestLimit)} requests this month`;
}
