import { v } from 'convex/values';
import { Webhook } from 'svix';
import { internal } from '../_generated/api';
import { findUser, httpAction, internalMutation } from '../lib/functions';
import { startDeletion } from './deletion';

// Clerk's webhook (sent through Svix, https://clerk.com/docs/webhooks/sync-data):
// a user deleted at Clerk (from its dashboard, or by the athlete in Clerk's
// own profile page) has their SessionsAI account deleted the same way as from
// Settings. The route is registered in convex/http.ts; a bad or missing
// signature gets 400 and changes nothing. Svix delivers at least once, so a
// repeated event finds the deletion under way and changes nothing.

export const clerkWebhook = httpAction(async (ctx, request) => {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret)
    return new Response('Webhooks are not set up on this server: CLERK_WEBHOOK_SECRET is not set.', { status: 500 });
  const headers: Record<string, string> = {};
  for (const name of ['svix-id', 'svix-timestamp', 'svix-signature']) {
    const value = request.headers.get(name);
    if (value === null) return new Response(`The ${name} header is missing.`, { status: 400 });
    headers[name] = value;
  }
  let event: unknown;
  try {
    event = new Webhook(secret).verify(await request.text(), headers);
  } catch {
    return new Response('The Svix signature does not match this endpoint.', { status: 400 });
  }
  const clerkUserId = deletedUserId(event);
  if (clerkUserId === null) return Response.json({ received: true, outcome: 'ignored' });
  const outcome = await ctx.runMutation(internal.account.clerkWebhook.userDeleted, { clerkUserId });
  return Response.json({ received: true, outcome });
});

/** The user id of a user.deleted event; null for any other event. */
function deletedUserId(event: unknown): string | null {
  const { type, data } = (event ?? {}) as { type?: unknown; data?: { id?: unknown } };
  return type === 'user.deleted' && typeof data?.id === 'string' ? data.id : null;
}

export const userDeleted = internalMutation({
  args: { clerkUserId: v.string() },
  returns: v.union(v.literal('deleting'), v.literal('already-deleting'), v.literal('unknown-user')),
  handler: async (ctx, { clerkUserId }) => {
    // Convex names an account by its token's issuer and subject; Clerk's user id is the subject.
    const issuer = process.env.CLERK_JWT_ISSUER_DOMAIN?.replace(/\/+$/, '');
    if (!issuer) throw new Error('CLERK_JWT_ISSUER_DOMAIN is not set, so the deleted Clerk user cannot be found');
    const user = await findUser(ctx, { tokenIdentifier: `${issuer}|${clerkUserId}` });
    if (user === null) return 'unknown-user';
    if (user.deletion !== undefined) return 'already-deleting';
    await startDeletion(ctx, user, 'clerk', clerkUserId);
    return 'deleting';
  },
});
