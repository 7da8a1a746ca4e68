// A Convex deployment for the browser tests, on 127.0.0.1: convex-test with
// this repo's convex/ modules behind Convex's own client protocol, so the
// product's ConvexClient (extension/account/cloud-client.ts) runs against it
// unchanged. WebSocket sync at /api/<version>/sync (sync-connection.ts),
// file storage over HTTP (storage-http.ts); tokens are verified as
// convex/auth.config.ts would have Convex verify them (verify-jwt.ts).
import { convexTest, type TestConvex } from 'convex-test';
import { WebSocket, WebSocketServer } from 'ws';
import schema from '../../../convex/schema';
import { modules } from '../../../convex/test.setup';
import { serveLocally } from '../local-server';
import { storageHttp } from './storage-http';
import { StorageUrls } from './storage-urls';
import { SyncConnection } from './sync-connection';
import type { TrustedIssuer } from './verify-jwt';
import { wireBackend } from './wire-backend';
import type { ClientMessage, ServerMessage } from './wire-messages';

/** Convex's client closes a socket that has heard nothing for 60 s; the server pings well within that. */
const PING_MS = 15_000;
const SYNC_PATH = /^\/api\/[^/]+\/sync$/;

export interface ConvexWireServer {
  /** The deployment URL a ConvexClient is given: 'http://127.0.0.1:<port>'. */
  readonly url: string;
  /** The deployment's data, for a test to read or prepare directly. */
  readonly t: TestConvex<typeof schema>;
  close(): Promise<void>;
}

export async function startConvexWireServer(trusted: TrustedIssuer): Promise<ConvexWireServer> {
  const t = convexTest(schema, modules);
  const sockets = new WebSocketServer({ noServer: true });
  const connections = new Set<SyncConnection>();
  // The URL is known once listening; requests arrive only after that.
  let urls: StorageUrls | null = null;
  let serveStorage: ((request: Request) => Promise<Response>) | null = null;
  const backend = wireBackend(t, modules, (value) => (urls === null ? value : urls.rewrite(value)));

  sockets.on('connection', (socket: WebSocket) => {
    const send = (message: ServerMessage) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    };
    const connection = new SyncConnection(send, backend, trusted, () => {
      for (const each of connections) each.refresh();
    });
    connections.add(connection);
    const ping = setInterval(() => send({ type: 'Ping' }), PING_MS);
    socket.on('message', (data) => connection.receive(JSON.parse(String(data)) as ClientMessage));
    socket.on('close', () => {
      clearInterval(ping);
      connections.delete(connection);
    });
  });

  const server = await serveLocally(
    (request) => (serveStorage === null ? Promise.resolve(new Response(null, { status: 503 })) : serveStorage(request)),
    {
      upgrade(request, socket, head) {
        if (!SYNC_PATH.test(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)) {
          socket.destroy();
          return;
        }
        sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
      },
    },
  );
  urls = new StorageUrls(server.url);
  serveStorage = storageHttp(t, backend, urls);

  return {
    url: server.url,
    t,
    async close() {
      for (const socket of sockets.clients) socket.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await server.close();
    },
  };
}
