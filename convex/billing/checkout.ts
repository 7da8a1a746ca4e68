import { type Infer, v } from 'convex/values';
import { internal } from '../_generated/api';
import { userAction } from '../lib/functions';
import { priceIdFor } from './config';
import { createCheckoutSession, createCustomer, createPortalSession } from './stripeCalls';
import { stripeClient, stripeFailure } from './stripeClient';

// Upgrade and Manage billing: actions, because they call Stripe and hand its
// page's URL back to the panel, which opens it in a tab. The plan itself
// changes only when Stripe's webhook says so (convex/billing/webhook.ts).

const opened = v.union(
  v.object({ ok: v.literal(true), url: v.string() }),
  v.object({ ok: v.literal(false), message: v.string() }),
);

type Opened = Infer<typeof opened>;

const NOT_SET_UP = 'Payments are not set up on this SessionsAI server yet.';

/** Stripe may send the athlete back only to an extension page or an https page, never elsewhere. */
function returnUrlProblem(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    if (['chrome-extension:', 'moz-extension:', 'https:'].includes(protocol)) return null;
  } catch {
    // Falls through to the refusal.
  }
  return `Stripe cannot send you back to ${url}.`;
}

export const startCheckout = userAction({
  args: { interval: v.union(v.literal('month'), v.literal('year')), returnUrl: v.string() },
  returns: opened,
  handler: async (ctx, { interval, returnUrl }): Promise<Opened> => {
    const problem = returnUrlProblem(returnUrl);
    if (problem !== null) return { ok: false as const, message: problem };
    const priceId = priceIdFor(interval);
    const stripe = stripeClient();
    if (priceId === null || stripe === null) return { ok: false as const, message: NOT_SET_UP };
    const buyer = await ctx.runMutation(internal.billing.customers.forCheckout, {
      tokenIdentifier: ctx.identity.tokenIdentifier,
    });
    if (buyer.plan === 'pro') {
      return { ok: false as const, message: 'You already have Pro. Change or cancel it under Manage billing.' };
    }
    try {
      const customerId =
        buyer.stripeCustomerId ??
        (await ctx.runMutation(internal.billing.customers.link, {
          userId: buyer.userId,
          stripeCustomerId: await createCustomer(stripe, buyer.userId, ctx.identity.email ?? null),
        }));
      const url = await createCheckoutSession(stripe, { customerId, priceId, userId: buyer.userId, returnUrl });
      return { ok: true as const, url };
    } catch (error) {
      console.error('Checkout failed', error);
      return { ok: false as const, message: stripeFailure(error) };
    }
  },
});

export const openPortal = userAction({
  args: { returnUrl: v.string() },
  returns: opened,
  handler: async (ctx, { returnUrl }): Promise<Opened> => {
    const problem = returnUrlProblem(returnUrl);
    if (problem !== null) return { ok: false as const, message: problem };
    const stripe = stripeClient();
    if (stripe === null) return { ok: false as const, message: NOT_SET_UP };
    const customerId: string | null = await ctx.runQuery(internal.billing.customers.byToken, {
      tokenIdentifier: ctx.identity.tokenIdentifier,
    });
    if (customerId === null) {
      return { ok: false as const, message: 'There is no billing account to manage yet: upgrade first.' };
    }
    try {
      return { ok: true as const, url: await createPortalSession(stripe, customerId, returnUrl) };
    } catch (error) {
      console.error('Customer Portal failed', error);
      return { ok: false as const, message: stripeFailure(error) };
    }
  },
});
