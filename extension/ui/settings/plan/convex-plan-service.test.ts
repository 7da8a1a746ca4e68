import { ConvexError } from 'convex/values';
import { expect, test } from 'vitest';
import { convexPlanService, type PlanConvexClient } from './convex-plan-service';
import type { PlanUpdate } from './plan-service';
import { freePlan } from './plan-test-support';

// The Convex side of the PlanService, on a stand-in client.

const RETURN = 'chrome-extension://abc/billing-return.html';

function fakeClient(behaviour: { result?: unknown; error?: unknown; action?: () => Promise<unknown> }) {
  const actions: unknown[] = [];
  const client = {
    onUpdate: (_query: unknown, _args: unknown, onResult: (r: unknown) => void, onError: (e: Error) => void) => {
      if (behaviour.error !== undefined) onError(behaviour.error as Error);
      else onResult(behaviour.result);
      return { unsubscribe: () => undefined };
    },
    action: (_ref: unknown, args: unknown) => {
      actions.push(args);
      return behaviour.action
        ? behaviour.action()
        : Promise.resolve({ ok: true, url: 'https://checkout.stripe.com/x' });
    },
  } as unknown as PlanConvexClient;
  return { client, actions };
}

function firstUpdate(client: PlanConvexClient): PlanUpdate {
  let seen: PlanUpdate | null = null;
  convexPlanService(client, RETURN).watch((update) => {
    seen = update;
  });
  if (seen === null) throw new Error('No update');
  return seen;
}

test('the plan, signed out, and a failure each come through as their own update', () => {
  expect(firstUpdate(fakeClient({ result: freePlan() }).client)).toEqual({ kind: 'plan', plan: freePlan() });
  expect(firstUpdate(fakeClient({ error: new ConvexError('Not signed in') }).client)).toEqual({ kind: 'signed-out' });
  expect(firstUpdate(fakeClient({ error: new Error('socket closed') }).client)).toEqual({
    kind: 'failed',
    message: 'Your plan could not be loaded. Check your connection.',
  });
  const locked =
    'This SessionsAI account is being deleted: sync and the hosted assistant are off, and everything stored on the server will be gone by 2027-01-01 (UTC).';
  expect(firstUpdate(fakeClient({ error: new ConvexError(locked) }).client)).toEqual({
    kind: 'failed',
    message: locked,
  });
});

test('Upgrade and Manage billing pass the return page, and a failed call becomes words', async () => {
  const { client, actions } = fakeClient({});
  const service = convexPlanService(client, RETURN);
  expect(await service.upgrade('month')).toEqual({ ok: true, url: 'https://checkout.stripe.com/x' });
  await service.manage();
  expect(actions).toEqual([{ interval: 'month', returnUrl: RETURN }, { returnUrl: RETURN }]);
  const offline = convexPlanService(fakeClient({ action: () => Promise.reject(new Error('offline')) }).client, RETURN);
  expect(await offline.manage()).toEqual({
    ok: false,
    message: 'The SessionsAI server could not be reached. Try again in a minute.',
  });
});
