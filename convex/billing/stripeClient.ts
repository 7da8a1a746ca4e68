import Stripe from 'stripe';

// The stripe client for Convex actions. The fetch-based HTTP client runs in
// Convex's default runtime (no Node needed); STRIPE_API_BASE_URL points it at
// another address (a local fake in tests) through the client's host, port and
// protocol options.

/** The client, or null when the deployment has no STRIPE_SECRET_KEY. */
export function stripeClient(): Stripe | null {
  const secretKey = process.env.STRIPE_SECRET_KEY;
  if (!secretKey) return null;
  return new Stripe(secretKey, {
    httpClient: Stripe.createFetchHttpClient(),
    // One attempt: the action reports a failure at once and the athlete can retry.
    maxNetworkRetries: 0,
    ...apiAddress(process.env.STRIPE_API_BASE_URL),
  });
}

function apiAddress(base: string | undefined): { host?: string; port?: number; protocol?: 'http' | 'https' } {
  if (!base) return {};
  const url = new URL(base);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
}

/** The webhook verifier: Web Crypto, which Convex's runtime has (Node's crypto it has not). */
export const webhookCrypto = Stripe.createSubtleCryptoProvider();

/** A Stripe failure in words for the athlete; the details go to the logs. */
export function stripeFailure(error: unknown): string {
  if (error instanceof Stripe.errors.StripeConnectionError) {
    return 'SessionsAI could not reach Stripe. Check your connection and try again in a minute.';
  }
  return 'Stripe could not start this just now. Try again in a minute; nothing was charged.';
}
