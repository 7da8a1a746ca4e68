import { httpAction } from '../lib/functions';

// Stripe sends the athlete back to an https address only, so Checkout and the
// Customer Portal return here, on the deployment's site URL, and this sends the
// browser on to the extension's billing-return page (which the manifest lets
// Stripe's and this site's pages open). Only extension pages are accepted as
// the destination, so the route cannot be used to bounce anyone elsewhere.

const EXTENSION_PAGE = /^(chrome|moz)-extension:\/\/[a-z0-9-]+\/billing-return\.html$/i;

/** The https address Stripe returns to, leading on to `extensionPage`; null without CONVEX_SITE_URL. */
export function returnAddress(extensionPage: string): string | null {
  const site = process.env.CONVEX_SITE_URL;
  if (!site) return null;
  const url = new URL('/billing/return', site);
  url.searchParams.set('to', extensionPage);
  return url.toString();
}

export function isExtensionReturnPage(url: string): boolean {
  return EXTENSION_PAGE.test(url);
}

export const billingReturn = httpAction(async (_ctx, request) => {
  const params = new URL(request.url).searchParams;
  const to = params.get('to') ?? '';
  if (!isExtensionReturnPage(to)) {
    return new Response('This address only leads back to the SessionsAI extension.', { status: 400 });
  }
  const checkout = params.get('checkout');
  const destination = checkout === 'done' || checkout === 'cancelled' ? `${to}?checkout=${checkout}` : to;
  return new Response(null, { status: 303, headers: { location: destination } });
});
