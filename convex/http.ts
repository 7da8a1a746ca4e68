import { httpRouter } from 'convex/server';
import { stripeWebhook } from './billing/webhook';

// HTTP endpoints on the deployment's site URL (https://<deployment>.convex.site).
const http = httpRouter();

/** Stripe's webhook endpoint: https://<deployment>.convex.site/stripe/webhook (README, "Payments with Stripe"). */
http.route({ path: '/stripe/webhook', method: 'POST', handler: stripeWebhook });

export default http;
