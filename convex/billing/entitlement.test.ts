import { expect, test } from 'vitest';
import type { Budget } from './config';
import { entitlement, planState, type SubscriptionFacts } from './entitlement';
import { periodsAt } from './periods';

// The entitlement matrix: plan (the subscription behind it) x status x budget,
// on the pure function every hosted-AI entry point goes through.

const NOW = Date.UTC(2026, 11, 2, 17, 0);
const DAY_MS = 24 * 60 * 60 * 1000;
const GRACE = 3 * DAY_MS;
const PERIOD_END = Date.UTC(2027, 0, 2);
const budget: Budget = { requestsPerDay: 10, requestsPerMonth: 100, tokensPerDay: 5_000, tokensPerMonth: 50_000 };
const periods = periodsAt(NOW);
const unused = { requests: 0, tokens: 0 };

function sub(status: string, extra: Partial<SubscriptionFacts> = {}): SubscriptionFacts {
  return {
    status,
    interval: 'month',
    currentPeriodEnd: PERIOD_END,
    cancelAtPeriodEnd: false,
    pastDueSince: null,
    refundedAt: null,
    ...extra,
  };
}

const statuses: [string, SubscriptionFacts[], 'free' | 'pro'][] = [
  ['no subscription', [], 'free'],
  ['active', [sub('active')], 'pro'],
  ['trialing', [sub('trialing')], 'pro'],
  ['active, cancelling at period end', [sub('active', { cancelAtPeriodEnd: true })], 'pro'],
  ['past_due inside the grace period', [sub('past_due', { pastDueSince: NOW - GRACE + 1 })], 'pro'],
  ['past_due at the end of the grace period', [sub('past_due', { pastDueSince: NOW - GRACE })], 'free'],
  ['past_due with no failed payment recorded', [sub('past_due')], 'free'],
  ['unpaid', [sub('unpaid')], 'free'],
  ['canceled', [sub('canceled')], 'free'],
  ['incomplete', [sub('incomplete')], 'free'],
  ['incomplete_expired', [sub('incomplete_expired')], 'free'],
  ['paused', [sub('paused')], 'free'],
  ['active but fully refunded', [sub('active', { refundedAt: NOW - 1 })], 'free'],
  ['a canceled one and a newer active one', [sub('canceled'), sub('active', { interval: 'year' })], 'pro'],
];

test.each(statuses)('%s gives %s', (_, subscriptions, plan) => {
  expect(planState(subscriptions, NOW, GRACE).plan).toBe(plan);
});

test('Pro shows its interval, renewal date, and the end of a grace period', () => {
  expect(planState([sub('active', { interval: 'year' })], NOW, GRACE)).toEqual({
    plan: 'pro',
    interval: 'year',
    status: 'active',
    periodEnd: PERIOD_END,
    cancelAtPeriodEnd: false,
    graceEndsAt: null,
  });
  const since = NOW - DAY_MS;
  expect(planState([sub('past_due', { pastDueSince: since })], NOW, GRACE).graceEndsAt).toBe(since + GRACE);
});

const budgets: [string, { requests: number; tokens: number }, { requests: number; tokens: number }, boolean][] = [
  ['nothing used', unused, unused, true],
  ['one request left today', { requests: 9, tokens: 0 }, { requests: 9, tokens: 0 }, true],
  ["today's requests used", { requests: 10, tokens: 0 }, { requests: 10, tokens: 0 }, false],
  ['one token left today', { requests: 1, tokens: 4_999 }, { requests: 1, tokens: 4_999 }, true],
  ["today's tokens used", { requests: 1, tokens: 5_000 }, { requests: 1, tokens: 5_000 }, false],
  ["this month's requests used", unused, { requests: 100, tokens: 0 }, false],
  ["this month's tokens used", unused, { requests: 5, tokens: 50_000 }, false],
];

test.each(budgets)('with %s the hosted assistant allowed is %s', (_, day, month, allowed) => {
  for (const [, subscriptions] of statuses) {
    const plan = planState(subscriptions, NOW, GRACE);
    expect(entitlement(plan, budget, { day, month }, periods).hosted.ok).toBe(allowed);
  }
});

test('a spent day says so, when it resets, and that the own key still works', () => {
  const result = entitlement(
    planState([], NOW, GRACE),
    budget,
    { day: { requests: 10, tokens: 0 }, month: unused },
    periods,
  );
  expect(result.hosted).toEqual({
    ok: false,
    reason:
      "You have used today's hosted-AI budget on the Free plan (10 requests). It resets at 2026-12-03 00:00 UTC. " +
      'Your own Anthropic key still works meanwhile: choose it in Settings → AI.',
    resetsAt: Date.UTC(2026, 11, 3),
  });
});

test('when both day and month are spent, the month and its later reset are named', () => {
  const spent = { requests: 3, tokens: 60_000 };
  const result = entitlement(planState([sub('active')], NOW, GRACE), budget, { day: spent, month: spent }, periods);
  expect(result.hosted).toEqual({
    ok: false,
    reason:
      "You have used this month's hosted-AI budget on the Pro plan (50,000 tokens). " +
      'It resets at 2027-01-01 00:00 UTC. ' +
      'Your own Anthropic key still works meanwhile: choose it in Settings → AI.',
    resetsAt: Date.UTC(2027, 0, 1),
  });
  expect(result.month).toEqual({
    requests: 3,
    requestLimit: 100,
    tokens: 60_000,
    tokenLimit: 50_000,
    resetsAt: Date.UTC(2027, 0, 1),
  });
});

test('periods roll over at 00:00 UTC, the month on the 1st and the year in December', () => {
  expect(periodsAt(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toEqual({
    day: '2026-12-31',
    month: '2026-12',
    dayResetsAt: Date.UTC(2027, 0, 1),
    monthResetsAt: Date.UTC(2027, 0, 1),
  });
  expect(periodsAt(Date.UTC(2027, 0, 1)).month).toBe('2027-01');
});
