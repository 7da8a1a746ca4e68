// The side panel's one account: Clerk loaded once per page, on first use, and
// imported only then, so a build without accounts (or a panel that never needs
// one) never loads Clerk. Clerk returns to this page after signing in or out.
import type { AuthTokenFetcher } from 'convex/browser';
import type { AccountStatus } from './account';

let loading: Promise<AccountStatus> | null = null;

export function pageAccount(publishableKey: string): Promise<AccountStatus> {
  loading ??= import('./clerk-account').then(
    ({ createPanelClerk, loadClerkAccount }) => loadClerkAccount(createPanelClerk(publishableKey), location.href),
    (): AccountStatus => ({ kind: 'unavailable', reason: 'The sign-in code could not be loaded: reopen the panel.' }),
  );
  return loading;
}

/** The page account's Convex token, for a client made before Clerk has loaded; null while signed out. */
export function pageTokenFetcher(publishableKey: string): AuthTokenFetcher {
  return async (args) => {
    const status = await pageAccount(publishableKey);
    return status.kind === 'ready' ? status.account.fetchToken(args) : null;
  };
}
