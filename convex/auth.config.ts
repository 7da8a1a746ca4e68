import type { AuthConfig } from 'convex/server';

// Clerk issues the JWT that Convex verifies: its "convex" JWT template sets
// aud = "convex", and the issuer is the Clerk Frontend API URL.
// https://docs.convex.dev/auth/clerk
const domain = process.env.CLERK_JWT_ISSUER_DOMAIN;
if (!domain) {
  throw new Error(
    'CLERK_JWT_ISSUER_DOMAIN is not set: run `npx convex env set CLERK_JWT_ISSUER_DOMAIN https://<your-app>.clerk.accounts.dev`',
  );
}

export default {
  providers: [{ domain, applicationID: 'convex' }],
} satisfies AuthConfig;
