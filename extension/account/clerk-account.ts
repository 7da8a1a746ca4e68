// The Account backed by Clerk's Chrome extension SDK without React
// (createClerkClient from @clerk/chrome-extension/client, loaded with the
// extension's own URL allowed as a redirect target, its token kept in the
// extension's private values, clerk-storage.ts):
// https://clerk.com/docs/reference/chrome-extension/create-clerk-client
import { createClerkClient } from '@clerk/chrome-extension/client';
import { defaultArea, type KeyValueArea } from '../ai/key-value-area';
import type { Account, AccountState, AccountStatus } from './account';
import { keepClientToken } from './clerk-client-token';
import { clerkStorage } from './clerk-storage';
import { convexTokenFetcher } from './convex-token';

export type Clerk = ReturnType<typeof createClerkClient>;

export const CLERK_UNREACHABLE = 'Could not reach the sign-in service: check your connection, then reopen the panel.';

/**
 * The page's Clerk, not loaded yet. It keeps its client token where the
 * background's Clerk finds it (clerk-client-token.ts): the background syncs with
 * the panel closed.
 */
export function createPanelClerk(publishableKey: string, area: KeyValueArea = defaultArea()): Clerk {
  const storageCache = clerkStorage(area);
  const clerk = createClerkClient({ publishableKey, storageCache });
  keepClientToken(clerk, storageCache, publishableKey);
  return clerk;
}

/** Loads `clerk` for this page; `panelUrl` is where Clerk returns after signing in or out. */
export async function loadClerkAccount(clerk: Clerk, panelUrl: string): Promise<AccountStatus> {
  try {
    await clerk.load({
      allowedRedirectProtocols: ['chrome-extension:'],
      afterSignOutUrl: panelUrl,
      signInForceRedirectUrl: panelUrl,
      signUpForceRedirectUrl: panelUrl,
    });
  } catch {
    return { kind: 'unavailable', reason: CLERK_UNREACHABLE };
  }
  return { kind: 'ready', account: clerkAccount(clerk) };
}

function clerkAccount(clerk: Clerk): Account {
  const state = (): AccountState => {
    if (!clerk.session || !clerk.user) return { signedIn: false };
    const label = clerk.user.primaryEmailAddress?.emailAddress ?? clerk.user.fullName ?? clerk.user.id;
    return { signedIn: true, label };
  };
  return {
    fetchToken: convexTokenFetcher(() => clerk.session),
    state,
    subscribe: (listener) => clerk.addListener(() => listener(state()), { skipInitialEmit: true }),
    mountSignIn(node) {
      clerk.mountSignIn(node);
      return () => clerk.unmountSignIn(node);
    },
    signOut: () => clerk.signOut(),
  };
}
