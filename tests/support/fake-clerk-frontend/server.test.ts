import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { connect } from 'node:tls';
import { expect, test } from 'vitest';
import { startFakeClerkFrontend } from './server';

// What a browser test needs before it starts a browser or builds the
// extension: the port the key names, and the certificate to trust.

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The SPKI SHA-256 of the certificate the server presents, as Chromium computes it. */
function servedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const spki = socket.getPeerX509Certificate()?.publicKey.export({ type: 'spki', format: 'der' });
      socket.end();
      if (spki) resolve(createHash('sha256').update(spki).digest('base64'));
      else reject(new Error('no certificate'));
    });
    socket.on('error', reject);
  });
}

test('on a given port, the publishable key names that port, and the fingerprint is of the certificate it serves', async () => {
  const port = await freePort();
  const fake = await startFakeClerkFrontend({ users: [], port });
  try {
    expect(fake.url).toBe(`https://127.0.0.1:${port}`);
    expect(fake.publishableKey.startsWith('pk_live_')).toBe(true);
    expect(Buffer.from(fake.publishableKey.slice('pk_live_'.length), 'base64').toString()).toBe(`127.0.0.1:${port}$`);
    expect(await servedFingerprint(port)).toBe(fake.certificate.spkiFingerprint);
  } finally {
    await fake.close();
  }
});
