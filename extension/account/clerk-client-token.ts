// The side panel's Clerk keeps its client token where the background's Clerk
// reads it: in the storage cache (clerk-storage.ts), under Clerk's own key,
// sent as a native client does. Clerk's React provider for extensions does this
// through its internal createClerkClient; its plain-JavaScript one for pages
// (@clerk/chrome-extension/client 3.1.84) does not, so without these hooks the
// background (account/background-connection.ts) would find no one signed in.
// The SDK's handlers (src/internal/utils/{jwt,request,response}-handler.ts), as a page needs them.
import type { ClerkStorageCache } from './clerk-storage';

/** What the hooks see of a Frontend API request: Clerk's FapiRequestInit. */
interface FapiRequest {
  url?: URL;
  headers?: HeadersInit;
  credentials?: RequestCredentials;
}

/** The part of a Clerk instance the hooks attach to. */
export interface FapiHooks {
  __internal_onBeforeRequest(callback: (request: FapiRequest) => unknown): void;
  __internal_onAfterResponse(callback: (request: FapiRequest, response?: Response) => unknown): void;
}

/** `pk_test_` or `pk_live_`, then base64 of the Frontend API host and a `$`. */
export function frontendApiOf(publishableKey: string): { frontendApi: string; production: boolean } {
  const match = /^pk_(test|live)_([A-Za-z0-9+/=_-]+)$/.exec(publishableKey);
  const decoded = match?.[2] === undefined ? '' : atob(match[2].replace(/-/g, '+').replace(/_/g, '/'));
  if (match === null || !decoded.endsWith('$'))
    // Only the kind is named: a secret key pasted by mistake stays out of logs.
    throw new Error(`Not a Clerk publishable key (pk_test_… or pk_live_…): it begins ${publishableKey.slice(0, 8)}`);
  return { frontendApi: decoded.slice(0, -1), production: match[1] === 'live' };
}

/** The storage key of Clerk's client token: the one its background client reads. */
export function clientTokenKey(storage: ClerkStorageCache, frontendApi: string): string {
  return storage.createKey(frontendApi, '__clerk_client_jwt', 'v2');
}

/** Sends every Frontend API request with the stored client token, and stores the token each answer carries. */
export function keepClientToken(clerk: FapiHooks, storage: ClerkStorageCache, publishableKey: string): void {
  const { frontendApi, production } = frontendApiOf(publishableKey);
  const key = clientTokenKey(storage, frontendApi);
  clerk.__internal_onBeforeRequest(async (request) => {
    request.credentials = 'omit';
    // A native client gets its token in the answer's Authorization header, even on its first request
    // (as Clerk's Expo SDK asks), rather than in a cookie an extension page cannot keep.
    if (production) request.url?.searchParams.append('_is_native', '1');
    const token = await storage.get<string>(key);
    if (token === undefined) return;
    if (!production) request.url?.searchParams.append('__clerk_db_jwt', token);
    else if (request.headers instanceof Headers) request.headers.set('Authorization', `Bearer ${token}`);
  });
  clerk.__internal_onAfterResponse(async (_request, response) => {
    if (!production) {
      const token = response?.headers.get('Clerk-Db-Jwt');
      await (token ? storage.set(key, token) : storage.remove(key));
      return;
    }
    const header = response?.headers.get('Authorization');
    if (!header) return;
    const token = header.startsWith('Bearer') ? header.split(' ')[1] : header;
    await (token ? storage.set(key, token) : storage.remove(key));
  });
}
