import { httpRouter } from 'convex/server';
import { clerkWebhook } from './account/clerkWebhook';
import { billingReturn } from './billing/returnPage';
import { stripeWebhook } from './billing/webhook';

// HTTP endpoints on the deployment's site URL (https://<deployment>.convex.site).
const http = httpRouter();

/** Stripe's webhook endpoint: https://<deployment>.convex.site/stripe/webhook (README, "Payments with Stripe"). */
http.route({ path: '/stripe/webhook', method: 'POST', handler: stripeWebhook });

/** Where Stripe's Checkout and Customer Portal send the athlete back; it leads on to the extension's page. */
http.route({ path: '/billing/return', method: 'GET', handler: billingReturn });

/** Clerk's webhook endpoint (user.deleted deletes the account): https://<deployment>.convex.site/clerk/webhook. */
http.route({ path: '/clerk/webhook', method: 'POST', handler: clerkWebhook });

export default http;
