// The fake Messages API on a real socket (127.0.0.1, a free port), for the SDK
// with baseURL and for the built extension in Chromium.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { fakeAnthropicHandler } from './handler';
import type { FakeAnthropicHandler } from './handler';
import type { FakeScript, RecordedRequest } from './script';

export interface FakeAnthropicServer {
  /** Base URL for the SDK's baseURL, e.g. 'http://127.0.0.1:40123'. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeAnthropic(script: FakeScript): Promise<FakeAnthropicServer> {
  const fake = fakeAnthropicHandler(script);
  const server = createServer((req, res) => {
    serve(fake, req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: fake.requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serve(fake: FakeAnthropicHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const aborted = new AbortController();
  // The client went away (a stopped stream): stop sending.
  res.on('close', () => aborted.abort());
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
  const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers: Object.entries(req.headers).flatMap(([k, v]): [string, string][] =>
      v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]],
    ),
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    signal: aborted.signal,
    duplex: 'half',
  } as RequestInit);
  const response = await fake.handle(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    if (res.destroyed) return void reader.cancel();
    res.write(part.value);
  }
  res.end();
}
