import { v } from 'convex/values';
import { internal } from '../_generated/api';
import { internalAction } from '../lib/functions';
import { cancelSubscription, deleteCustomer } from './stripeCalls';
import { stripeClient } from './stripeClient';

// Stripe-side clean-up. Deleting a customer at Stripe also cancels their
// subscriptions there at once (https://docs.stripe.com/api/customers/delete).

/**
 * For account deletion: deletes the athlete's Stripe customer, then forgets it
 * here. Throws when Stripe cannot be reached, so the caller can retry; an
 * athlete who never bought anything needs no call.
 */
export const deleteStripeCustomer = internalAction({
  args: { userId: v.id('users') },
  returns: v.object({ deleted: v.boolean() }),
  handler: async (ctx, { userId }): Promise<{ deleted: boolean }> => {
    const customerId: string | null = await ctx.runQuery(internal.billing.customers.byUser, { userId });
    if (customerId !== null) {
      const stripe = stripeClient();
      if (stripe === null) throw new Error('STRIPE_SECRET_KEY is not set, so the Stripe customer cannot be deleted');
      await deleteCustomer(stripe, customerId);
    }
    await ctx.runMutation(internal.billing.customers.forget, { userId });
    return { deleted: customerId !== null };
  },
});

/** After a full refund: ends the subscription at Stripe too, so it does not renew. */
export const cancelRefunded = internalAction({
  args: { stripeSubscriptionId: v.string() },
  returns: v.null(),
  handler: async (_ctx, { stripeSubscriptionId }): Promise<null> => {
    const stripe = stripeClient();
    if (stripe === null) throw new Error('STRIPE_SECRET_KEY is not set, so the refunded subscription stays at Stripe');
    await cancelSubscription(stripe, stripeSubscriptionId);
    return null;
  },
});
