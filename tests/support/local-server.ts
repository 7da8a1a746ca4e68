// A Fetch-API handler (Request in, Response out) on a real socket at
// 127.0.0.1 and a free port, for clients that need an address: the fakes of
// Stripe's and Clerk's APIs serve their answers through it, over TLS for a
// client that only speaks https (Clerk's Frontend API).
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface LocalServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** 'http://127.0.0.1:<port>', or https: with `tls`. */
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** PEM key and certificate: serve https. */
  readonly tls?: { readonly key: string; readonly cert: string };
  /** A fixed port, for a client built to call it; by default a free one. */
  readonly port?: number;
  /** Takes over a connection asking to upgrade (a WebSocket); without it such requests go unanswered. */
  readonly upgrade?: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
}

export async function serveLocally(
  handle: (request: Request) => Promise<Response>,
  { tls, port: wanted = 0, upgrade }: ServeOptions = {},
): Promise<LocalServer> {
  const scheme = tls ? 'https' : 'http';
  const listener: RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(`${scheme}://127.0.0.1${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers: Object.entries(req.headers).flatMap(([k, v]): [string, string][] =>
          v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]],
        ),
        body: hasBody ? Buffer.concat(chunks) : null,
      });
      handle(request).then(
        async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        },
        (error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    });
  };
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  if (upgrade) server.on('upgrade', upgrade);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    url: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
