// The PlanService on the page's Convex client: a subscription to the plan,
// which the webhook's writes push to the panel, and the billing actions.
// https://docs.convex.dev/client/javascript
import type { ConvexClient } from 'convex/browser';
import { ConvexError } from 'convex/values';
import { api } from '../../../../convex/_generated/api';
import type { Opened, PlanService } from './plan-service';

/** The part of ConvexClient this service uses. */
export type PlanConvexClient = Pick<ConvexClient, 'onUpdate' | 'action'>;

const NOT_SIGNED_IN = 'Not signed in';

export function convexPlanService(client: PlanConvexClient, returnUrl: string): PlanService {
  const failed = (error: unknown): Opened => ({
    ok: false,
    message: signedOut(error)
      ? 'Sign in to your SessionsAI account first.'
      : 'The SessionsAI server could not be reached. Try again in a minute.',
  });
  return {
    watch(onUpdate) {
      const subscription = client.onUpdate(
        api.billing.plan.mine,
        {},
        (plan) => onUpdate({ kind: 'plan', plan }),
        (error) =>
          onUpdate(signedOut(error) ? { kind: 'signed-out' } : { kind: 'failed', message: loadFailure(error) }),
      );
      return () => subscription.unsubscribe();
    },
    upgrade: (interval) => client.action(api.billing.checkout.startCheckout, { interval, returnUrl }).catch(failed),
    manage: () => client.action(api.billing.checkout.openPortal, { returnUrl }).catch(failed),
  };
}

/** The server's own refusal (an account being deleted) is written for the athlete; anything else is the connection. */
function loadFailure(error: unknown): string {
  if (error instanceof ConvexError && typeof error.data === 'string') return error.data;
  return 'Your plan could not be loaded. Check your connection.';
}

function signedOut(error: unknown): boolean {
  return error instanceof ConvexError && error.data === NOT_SIGNED_IN;
}
