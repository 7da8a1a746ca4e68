// A SessionsAI account as the panel sees it: signed in or not, a way to sign
// in and out, and the token the Convex client sends. Clerk stands behind it
// (clerk-account.ts); tests stand in with a fake.
import type { AuthTokenFetcher } from 'convex/browser';

export type AccountState = { readonly signedIn: false } | { readonly signedIn: true; readonly label: string };

export interface Account {
  /** For ConvexClient.setAuth. */
  readonly fetchToken: AuthTokenFetcher;
  state(): AccountState;
  /** Calls `listener` on every sign-in and sign-out; returns the unsubscribe. */
  subscribe(listener: (state: AccountState) => void): () => void;
  /** Shows the sign-in form in `node`; returns what removes it. */
  mountSignIn(node: HTMLDivElement): () => void;
  signOut(): Promise<void>;
}

/** Where the account stands while the panel loads it. */
export type AccountStatus =
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly account: Account };
