// The panel's one Convex client, signed in with the account's token.
// https://docs.convex.dev/client/javascript
import { ConvexClient, type AuthTokenFetcher } from 'convex/browser';

export function cloudClient(convexUrl: string, fetchToken: AuthTokenFetcher): ConvexClient {
  // No "unsaved changes" prompt: a side panel closing mid-mutation loses nothing
  // the athlete typed, and the prompt would only puzzle them.
  const client = new ConvexClient(convexUrl, { unsavedChangesWarning: false });
  client.setAuth(fetchToken);
  return client;
}
