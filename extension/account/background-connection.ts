// The background's way to the server for one sync pass: Clerk's client for
// background use, reading the client token the side panel's Clerk keeps in the
// extension's private values (clerk-storage.ts; the background is the same
// extension origin), and a Convex client with the account's token.
// https://clerk.com/docs/reference/chrome-extension/create-clerk-client
import { createClerkClient } from '@clerk/chrome-extension/client';
import { defaultArea } from '../ai/key-value-area';
import { convexTransport, type SyncConnection, SyncTransportError } from '../sync';
import { clerkStorage } from './clerk-storage';
import { cloudClient } from './cloud-client';
import type { CloudConfig } from './cloud-config';
import { convexTokenFetcher } from './convex-token';

/** Signed in, a connection as the athlete; signed out, null. Offline, throws: Settings then says so. */
export async function backgroundConnection(
  config: Extract<CloudConfig, { available: true }>,
): Promise<SyncConnection | null> {
  // Clerk loads without an error offline and finds no session, which would read as signed out.
  if (navigator.onLine === false) throw new SyncTransportError('offline', 'The browser is offline');
  // A new client each pass, as Clerk's background example makes one per request: it loads the session as it
  // stands now (signed out in the panel meanwhile, or not).
  const clerk = await createClerkClient({
    publishableKey: config.clerkPublishableKey,
    storageCache: clerkStorage(defaultArea()),
    background: true,
  });
  if (!clerk.session) return null;
  const client = cloudClient(
    config.convexUrl,
    convexTokenFetcher(() => clerk.session),
  );
  return { transport: convexTransport(client), close: () => void client.close() };
}
