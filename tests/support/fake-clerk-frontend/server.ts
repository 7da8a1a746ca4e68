// The fake Clerk Frontend API on 127.0.0.1, a free (or given) port and TLS. The real
// client finds it the way it finds Clerk: from the publishable key, which
// encodes the FAPI host (pk_test_ + base64("<host>$")), always over https.
// Clerk's other way in, the proxyUrl option, cannot be used: the extension's
// createClerkClient (@clerk/chrome-extension/client 3.1.84) constructs Clerk
// with no options at all, so the key is the one address it takes.
import { serveLocally, type LocalServer } from '../local-server';
import { fakeClerkFrontendHandler, type FakeClerkFrontend, type FakeClerkFrontendOptions } from './handler';
import { localCertificate, type LocalCertificate } from './tls';

export interface FakeClerkFrontendServer extends Omit<FakeClerkFrontend, 'handle'>, LocalServer {
  /** A development instance's key naming this server: what WXT_CLERK_PUBLISHABLE_KEY would be. */
  readonly publishableKey: string;
  /** The server's self-signed certificate: a browser must be told to trust it (spkiFingerprint). */
  readonly certificate: Omit<LocalCertificate, 'key'>;
}

/** The key of a Clerk instance whose Frontend API is `host`: a production key makes clerk-js speak its production flavours. */
export function publishableKeyFor(host: string, instance: 'development' | 'production' = 'development'): string {
  return `${instance === 'production' ? 'pk_live_' : 'pk_test_'}${Buffer.from(`${host}$`).toString('base64')}`;
}

export interface StartOptions extends Omit<FakeClerkFrontendOptions, 'issuer'> {
  /**
   * A fixed port: the publishable key names it, so an extension built with that
   * key (WXT_CLERK_PUBLISHABLE_KEY) needs the same port when its test runs.
   */
  readonly port?: number;
  /**
   * The kind of instance its publishableKey names; production by default. clerk-js
   * uses a dev browser only on Clerk's own *.accounts.dev hosts, so a page given a
   * development key for 127.0.0.1 would keep its client in a cookie, which the
   * panel's token hooks (extension/account/clerk-client-token.ts) leave out; with a
   * production key the page speaks the native flavour the hooks add, as it would
   * with a real production instance.
   */
  readonly instance?: 'development' | 'production';
}

export async function startFakeClerkFrontend({
  port,
  instance = 'production',
  ...options
}: StartOptions): Promise<FakeClerkFrontendServer> {
  const certificate = localCertificate();
  let fake: FakeClerkFrontend | undefined;
  // The handler needs the server's address (the tokens' issuer), known once it listens.
  const server = await serveLocally(
    async (request) => {
      if (!fake) throw new Error('The fake Clerk Frontend API answered before it was ready');
      return fake.handle(request);
    },
    { tls: certificate, port },
  );
  fake = fakeClerkFrontendHandler({ ...options, issuer: server.url });
  const { handle: _, ...state } = fake;
  return {
    ...server,
    ...state,
    publishableKey: publishableKeyFor(`${server.host}:${server.port}`, instance),
    certificate: { cert: certificate.cert, spkiFingerprint: certificate.spkiFingerprint },
  };
}
