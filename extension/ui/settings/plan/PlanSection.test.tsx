import { afterEach, expect, test } from 'vitest';
import { byText, mount, textsOf, unmountAll, waitFor } from '../../test-support/render';
import { BillingReturn } from './BillingReturn';
import { PLANS_NEED_AN_ACCOUNT, PlanPanel } from './PlanSection';
import { fakePlanService, freePlan, proPlan } from './plan-test-support';

afterEach(unmountAll);

function panel(fake: ReturnType<typeof fakePlanService> | null) {
  const tabs: string[] = [];
  const root = mount(<PlanPanel service={fake?.service ?? null} openTab={(url) => tabs.push(url)} locale="en-GB" />);
  return { root, tabs };
}

test('without accounts in the build the section says plans need an account, and nothing else', () => {
  const { root } = panel(null);
  expect(textsOf(root, 'section > *')).toEqual(['Plan', PLANS_NEED_AN_ACCOUNT]);
  expect(root.querySelectorAll('button')).toHaveLength(0);
});

test('signed out, it asks to sign in', async () => {
  const fake = fakePlanService();
  const { root } = panel(fake);
  expect(textsOf(root, 'p')).toEqual(['Loading your plan…']);
  fake.push({ kind: 'signed-out' });
  await waitFor(() => byText(root, 'Sign in to your SessionsAI account above to see your plan.'));
});

test('Free: the plan, this month as a bar, and Upgrade opens Checkout in a tab', async () => {
  const fake = fakePlanService();
  fake.push({ kind: 'plan', plan: freePlan() });
  const { root, tabs } = panel(fake);
  await waitFor(() => byText(root, 'Free'));
  expect(root.querySelector('progress')?.value).toBe(0.25);
  byText(root, '250,000 of 1,000,000 tokens and 50 of 200 requests this month');
  expect(textsOf(root, 'button')).toEqual(['Upgrade to Pro, monthly', 'Upgrade to Pro, yearly', 'Manage billing']);
  byText(root, 'Upgrade to Pro, yearly', 'button').click();
  await waitFor(() => expect(tabs).toEqual(['https://checkout.stripe.com/c/pay/cs_year']));
  expect(fake.asked).toEqual(['upgrade year']);
});

test('a refused upgrade says why and opens no tab', async () => {
  const fake = fakePlanService({
    upgrade: { ok: false, message: 'Payments are not set up on this SessionsAI server yet.' },
  });
  fake.push({ kind: 'plan', plan: freePlan() });
  const { root, tabs } = panel(fake);
  (await waitFor(() => byText(root, 'Upgrade to Pro, monthly', 'button'))).click();
  await waitFor(() => byText(root, 'Payments are not set up on this SessionsAI server yet.', '[role="alert"]'));
  expect(tabs).toEqual([]);
});

test('Pro: interval and renewal date, no Upgrade, and Manage billing opens the Customer Portal', async () => {
  const fake = fakePlanService();
  fake.push({ kind: 'plan', plan: proPlan() });
  const { root, tabs } = panel(fake);
  await waitFor(() => byText(root, 'Pro, monthly'));
  byText(root, 'Renews on 2 January 2027.');
  expect(textsOf(root, 'button')).toEqual(['Manage billing']);
  byText(root, 'Manage billing', 'button').click();
  await waitFor(() => expect(tabs).toEqual(['https://billing.stripe.com/p/session/bps_1']));
});

test('Pro cancelling at period end, and Pro in a failed payment grace period, say so', async () => {
  const fake = fakePlanService();
  fake.push({ kind: 'plan', plan: proPlan({ interval: 'year', cancelAtPeriodEnd: true }) });
  const { root } = panel(fake);
  await waitFor(() => byText(root, 'Pro, yearly'));
  byText(root, 'Ends on 2 January 2027; it will not renew.');
  fake.push({ kind: 'plan', plan: proPlan({ status: 'past_due', graceEndsAt: Date.UTC(2026, 11, 5) }) });
  await waitFor(() =>
    byText(
      root,
      'Your last payment did not go through. Pro stays until 5 December 2026 while Stripe retries; ' +
        'update your payment method under Manage billing.',
    ),
  );
});

test('a reached budget is said in words, with its reset and the own key', async () => {
  const reason =
    "You have used this month's hosted-AI budget on the Free plan (200 requests). It resets at 2027-01-01 00:00 UTC. " +
    'Your own Anthropic key still works meanwhile: choose it in Settings → AI.';
  const fake = fakePlanService();
  const month = { requests: 200, requestLimit: 200, tokens: 10, tokenLimit: 1_000_000, resetsAt: Date.UTC(2027, 0, 1) };
  fake.push({ kind: 'plan', plan: freePlan({ month, hosted: { ok: false, reason, resetsAt: month.resetsAt } }) });
  const { root } = panel(fake);
  await waitFor(() => byText(root, reason, '[role="status"]'));
  expect(root.querySelector('progress')?.value).toBe(1);
});

test('the plan follows the webhook: Free turns to Pro while the section is open', async () => {
  const fake = fakePlanService();
  fake.push({ kind: 'plan', plan: freePlan() });
  const { root } = panel(fake);
  await waitFor(() => byText(root, 'Free'));
  fake.push({ kind: 'plan', plan: proPlan() });
  await waitFor(() => byText(root, 'Pro, monthly'));
});

test('the return page waits for the webhook after Checkout, then shows Pro', async () => {
  const fake = fakePlanService();
  fake.push({ kind: 'plan', plan: freePlan() });
  const root = mount(
    <BillingReturn service={fake.service} search="?checkout=done" openTab={() => {}} locale="en-GB" />,
  );
  await waitFor(() => byText(root, 'Payment received: waiting for Stripe to confirm your plan…'));
  fake.push({ kind: 'plan', plan: proPlan() });
  await waitFor(() => byText(root, 'Thank you: you are on Pro now.'));
  byText(root, 'Renews on 2 January 2027.');
});

test('the return page after a cancelled Checkout, and in a build without accounts', async () => {
  const fake = fakePlanService();
  fake.push({ kind: 'plan', plan: freePlan() });
  const root = mount(
    <BillingReturn service={fake.service} search="?checkout=cancelled" openTab={() => {}} locale="en-GB" />,
  );
  await waitFor(() => byText(root, 'Checkout was cancelled; nothing was charged.'));
  const local = mount(<BillingReturn service={null} search="" openTab={() => {}} locale="en-GB" />);
  expect(textsOf(local, 'p')).toEqual([PLANS_NEED_AN_ACCOUNT]);
});
