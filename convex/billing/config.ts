// Every number and Stripe id billing uses, read from the deployment's
// environment (`npx convex env set NAME value`) on each call, so a change takes
// effect without a deploy. .env.example names each one with its default.
import { MS_PER_DAY } from '../../shared/analytics/common/day';

export type PlanName = 'free' | 'pro';
export type Interval = 'month' | 'year';

/** What one plan may spend on the hosted assistant; tokens are input + output as the API reports them. */
export interface Budget {
  readonly requestsPerDay: number;
  readonly requestsPerMonth: number;
  readonly tokensPerDay: number;
  readonly tokensPerMonth: number;
}

/** Limits on a single hosted request, whatever the plan: the server is not an open proxy. */
export interface RequestLimits {
  readonly maxMessages: number;
  readonly maxCharacters: number;
  readonly maxToolRounds: number;
}

// Defaults for a deployment that sets nothing; every one is overridden by its variable.
const DEFAULT_BUDGETS: Readonly<Record<PlanName, Budget>> = {
  free: { requestsPerDay: 20, requestsPerMonth: 200, tokensPerDay: 100_000, tokensPerMonth: 1_000_000 },
  pro: { requestsPerDay: 200, requestsPerMonth: 3_000, tokensPerDay: 1_000_000, tokensPerMonth: 15_000_000 },
};
const DEFAULT_REQUEST_LIMITS: RequestLimits = { maxMessages: 60, maxCharacters: 200_000, maxToolRounds: 8 };
const DEFAULT_GRACE_DAYS = 3;

/** A whole number >= 0 from the environment, or the fallback when unset or malformed. */
function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

export function budgetFor(plan: PlanName): Budget {
  const prefix = `AI_${plan.toUpperCase()}`;
  const defaults = DEFAULT_BUDGETS[plan];
  return {
    requestsPerDay: envCount(`${prefix}_REQUESTS_PER_DAY`, defaults.requestsPerDay),
    requestsPerMonth: envCount(`${prefix}_REQUESTS_PER_MONTH`, defaults.requestsPerMonth),
    tokensPerDay: envCount(`${prefix}_TOKENS_PER_DAY`, defaults.tokensPerDay),
    tokensPerMonth: envCount(`${prefix}_TOKENS_PER_MONTH`, defaults.tokensPerMonth),
  };
}

export function requestLimits(): RequestLimits {
  return {
    maxMessages: envCount('AI_MAX_MESSAGES', DEFAULT_REQUEST_LIMITS.maxMessages),
    maxCharacters: envCount('AI_MAX_CHARACTERS', DEFAULT_REQUEST_LIMITS.maxCharacters),
    maxToolRounds: envCount('AI_MAX_TOOL_ROUNDS', DEFAULT_REQUEST_LIMITS.maxToolRounds),
  };
}

/** How long a past-due Pro subscription keeps Pro while Stripe retries the payment. */
export function graceMs(): number {
  return envCount('BILLING_GRACE_DAYS', DEFAULT_GRACE_DAYS) * MS_PER_DAY;
}

/** The Stripe price of Pro for each interval (price_...), or null when the deployment has not set it. */
export function priceIdFor(interval: Interval): string | null {
  const id = process.env[interval === 'month' ? 'STRIPE_PRICE_PRO_MONTHLY' : 'STRIPE_PRICE_PRO_YEARLY'];
  return id && id.trim() !== '' ? id.trim() : null;
}
