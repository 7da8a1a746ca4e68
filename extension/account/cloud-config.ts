/// <reference types="vite/client" />
// Where the cloud side lives, fixed at build time: the Convex deployment and
// the Clerk application. WXT exposes WXT_-prefixed variables to extension code
// (https://wxt.dev/guide/essentials/config/environment-variables); both are
// public, and a build without them is the local-only extension.

declare global {
  interface ImportMetaEnv {
    readonly WXT_CONVEX_URL?: string;
    readonly WXT_CLERK_PUBLISHABLE_KEY?: string;
    /** WXT's build-time flag: true in the Firefox build. */
    readonly FIREFOX: boolean;
  }
}

export interface BuildEnv {
  readonly WXT_CONVEX_URL?: string;
  readonly WXT_CLERK_PUBLISHABLE_KEY?: string;
  readonly FIREFOX?: boolean;
}

export type CloudConfig =
  | { readonly available: true; readonly convexUrl: string; readonly clerkPublishableKey: string }
  /** `reason` is one sentence for the settings, saying what the athlete can use instead. */
  | { readonly available: false; readonly reason: string };

export const NO_ACCOUNTS_IN_BUILD =
  'This copy of SessionsAI was built without SessionsAI accounts, so the hosted assistant is unavailable: use your own Anthropic key instead.';

/**
 * Firefox gives each installation of an add-on its own moz-extension:// address, a random UUID
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/web_accessible_resources),
 * while Clerk accepts sign-in only from the origins its application lists in advance (README, "Accounts").
 */
export const NO_ACCOUNTS_IN_FIREFOX =
  'SessionsAI accounts are not available in Firefox yet, because Firefox gives each installation its own extension address and the sign-in service accepts only addresses listed in advance: your library stays in this browser, and the assistant works with your own Anthropic key.';

export function cloudConfig(env: BuildEnv = import.meta.env): CloudConfig {
  const convexUrl = env.WXT_CONVEX_URL?.trim();
  const clerkPublishableKey = env.WXT_CLERK_PUBLISHABLE_KEY?.trim();
  if (!convexUrl || !clerkPublishableKey) return { available: false, reason: NO_ACCOUNTS_IN_BUILD };
  if (env.FIREFOX === true) return { available: false, reason: NO_ACCOUNTS_IN_FIREFOX };
  return { available: true, convexUrl, clerkPublishableKey };
}

/** The SessionsAI server's host, where hosted AI requests go: named on the consent screen and in the AI ledger. */
export function serverHost(config: Extract<CloudConfig, { available: true }>): string {
  return new URL(config.convexUrl).host;
}
