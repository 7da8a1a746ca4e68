import { type Infer, v } from 'convex/values';
import { internal } from '../_generated/api';
import { userAction } from '../lib/functions';
import { priceIdFor } from './config';
import { isExtensionReturnPage, returnAddress } from './returnPage';
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

/** The https address Stripe returns to for this extension page, or why there is none. */
function stripeReturn(extensionPage: string): { ok: true; url: string } | { ok: false; message: string } {
  if (!isExtensionReturnPage(extensionPage)) {
    return { ok: false, message: `Stripe cannot send you back to ${extensionPage}.` };
  }
  const url = returnAddress(extensionPage);
  return url === null ? { ok: false, message: NOT_SET_UP } : { ok: true, url };
}

export const startCheckout = userAction({
  args: {
    interval: v.union(v.literal('month'), v.literal('year')),
    /** The extension's billing-return.html; Stripe returns through /billing/return on the site URL. */
    returnUrl: v.string(),
  },
  returns: opened,
  handler: async (ctx, { interval, returnUrl }): Promise<Opened> => {
    const back = stripeReturn(returnUrl);
    if (!back.ok) return back;
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
      const url = await createCheckoutSession(stripe, {
        customerId,
        priceId,
        userId: buyer.userId,
        returnUrl: back.url,
      });
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
    const back = stripeReturn(returnUrl);
    if (!back.ok) return back;
    const stripe = stripeClient();
    if (stripe === null) return { ok: false as const, message: NOT_SET_UP };
    const customerId: string | null = await ctx.runQuery(internal.billing.customers.byToken, {
      tokenIdentifier: ctx.identity.tokenIdentifier,
    });
    if (customerId === null) {
      return { ok: false as const, message: 'There is no billing account to manage yet: upgrade first.' };
    }
    try {
      return { ok: true as const, url: await createPortalSession(stripe, customerId, back.url) };
    } catch (error) {
      console.error('Customer Portal failed', error);
      return { ok: false as const, message: stripeFailure(error) };
    }
  },
});
