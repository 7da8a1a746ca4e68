// The fake Stripe API on a real socket (127.0.0.1, a free port): the stripe
// client reaches it through its host, port and protocol options.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeStripeHandler, type FakeStripe, type FakeStripeOptions } from './handler';

export interface FakeStripeServer extends Omit<FakeStripe, 'handle'> {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** 'http://127.0.0.1:<port>', for STRIPE_API_BASE_URL. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripeServer> {
  const fake = fakeStripeHandler(options);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers: Object.entries(req.headers).flatMap(([k, v]): [string, string][] =>
          v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]],
        ),
        body: hasBody ? Buffer.concat(chunks) : null,
      });
      fake.handle(request).then(
        async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        },
        (error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    url: `http://127.0.0.1:${port}`,
    requests: fake.requests,
    objects: fake.objects,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
