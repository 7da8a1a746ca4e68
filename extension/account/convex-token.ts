// The token Convex accepts: a Clerk JWT from the "convex" JWT template
// (aud = "convex", checked by convex/auth.config.ts). Fetched the way Convex's
// own Clerk provider does, skipping Clerk's cache when Convex asks for a fresh
// one (https://docs.convex.dev/auth/clerk; convex/react-clerk ConvexProviderWithClerk).
import type { AuthTokenFetcher } from 'convex/browser';

export const CONVEX_JWT_TEMPLATE = 'convex';

/** The part of a Clerk session that mints tokens. */
export interface TokenSession {
  getToken(options: { template: string; skipCache: boolean }): Promise<string | null>;
}

/**
 * For ConvexClient.setAuth. Null (signed out, or Clerk unreachable) tells
 * Convex to run the caller's functions unauthenticated, which the user-scoped
 * functions refuse with "Not signed in".
 */
export function convexTokenFetcher(currentSession: () => TokenSession | null | undefined): AuthTokenFetcher {
  return async ({ forceRefreshToken }) => {
    const session = currentSession();
    if (!session) return null;
    try {
      return await session.getToken({ template: CONVEX_JWT_TEMPLATE, skipCache: forceRefreshToken });
    } catch {
      return null;
    }
  };
}
