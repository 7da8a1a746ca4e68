// The wire server against Convex's real client (ConvexClient from convex/browser,
// as the extension makes it), over a real socket on 127.0.0.1.
import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { ConvexClient } from 'convex/browser';
import { makeFunctionReference } from 'convex/server';
import { ConvexError } from 'convex/values';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { api } from '../../../convex/_generated/api';
import { getSession, getStreams, originalBytes, saveImport } from '../../../extension/db';
import { bytesOf, fileHash, testSession } from '../../../extension/db/test-support/sessions';
import { convexTransport } from '../../../extension/sync/convex-transport';
import { emptyResult } from '../../../shared/model';
import { device } from '../sync/devices';
import { libraryOf } from '../sync/library';
import { type ConvexWireServer, startConvexWireServer } from './server';
import type { TrustedIssuer } from './verify-jwt';
import { toWire } from '../../../shared/sync/fields-text';

const ISSUER = 'http://127.0.0.1:1/clerk';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const strangerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const trusted: TrustedIssuer = {
  issuer: ISSUER,
  applicationID: 'convex',
  publicKey: keys.publicKey.export({ format: 'jwk' }),
};

function jwt(claims: Record<string, unknown>, key: KeyObject = keys.privateKey): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  return `${signingInput}.${sign('RSA-SHA256', Buffer.from(signingInput), key).toString('base64url')}`;
}

const nowS = () => Math.floor(Date.now() / 1000);
const tokenFor = (subject: string, key?: KeyObject) =>
  jwt({ iss: ISSUER, sub: subject, aud: 'convex', iat: nowS(), exp: nowS() + 600 }, key);

let server: ConvexWireServer;
const clients: ConvexClient[] = [];

/** A client signed in with `token`; `authChanges` records what the client says of it. */
function clientWith(token: string, authChanges: boolean[] = []): ConvexClient {
  const client = new ConvexClient(server.url, {
    webSocketConstructor: WebSocket as never,
    unsavedChangesWarning: false,
  });
  client.setAuth(
    async () => token,
    (signedIn) => authChanges.push(signedIn),
  );
  clients.push(client);
  return client;
}

async function adult(subject: string): Promise<ConvexClient> {
  const client = clientWith(tokenFor(subject));
  await client.mutation(api.users.confirmAge, { birthYear: 1990, sixteenthBirthdayPassed: null });
  return client;
}

const titleRow = (title: string, t: number) => ({
  table: 'sessions' as const,
  rowId: 'ride-1',
  fields: [{ n: 'title', v: JSON.stringify(title), t, d: 'device-a' }],
});

beforeAll(async () => {
  server = await startConvexWireServer(trusted);
  return () => server.close();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

describe('the Convex wire server', () => {
  it("answers a mutation with the function's result", async () => {
    const ada = await adult('user_ada');
    const answer = await ada.mutation(api.sync.push, { rows: toWire([titleRow('Morning ride', 1000)]) });
    expect(answer).toEqual([{ table: 'sessions', rowId: 'ride-1', seq: 1, fields: [], asPushed: true }]);
  });

  it("sends a subscribed query's new value after another client's mutation", async () => {
    const laptop = await adult('user_ben');
    const phone = await adult('user_ben');
    const heads: number[] = [];
    const seen = new Promise<void>((resolve) => {
      laptop.onUpdate(api.sync.head, {}, (head) => {
        heads.push(head);
        if (head === 2) resolve();
      });
    });
    await phone.mutation(api.sync.push, { rows: toWire([titleRow('Hill repeats', 1000)]) });
    await phone.mutation(api.sync.push, { rows: toWire([titleRow('Hill repeats x6', 2000)]) });
    await seen;
    expect(heads).toEqual([0, 1, 2]);
  });

  it("keeps each athlete's identity: another token sees none of it", async () => {
    const cleo = await adult('user_cleo');
    await cleo.mutation(api.sync.push, { rows: toWire([titleRow('Long run', 1000)]) });
    const dan = await adult('user_dan');
    expect(await cleo.query(api.sync.head, {})).toBe(1);
    expect(await dan.query(api.sync.head, {})).toBe(0);
  });

  it('refuses a token signed with another key: the client hears it and calls stay signed out', async () => {
    const authChanges: boolean[] = [];
    const client = clientWith(tokenFor('user_eve', strangerKeys.privateKey), authChanges);
    await expect.poll(() => authChanges).toEqual([false]);
    const refusal = await client.query(api.sync.head, {}).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConvexError);
    expect((refusal as ConvexError<string>).data).toBe('Not signed in');
  });

  it("keeps the product transport's head watch through a refusal, and reports the head once the age is confirmed", async () => {
    const client = clientWith(tokenFor('user_ivy'));
    const heads: number[] = [];
    const stop = convexTransport(client).watchHead((head) => heads.push(head));
    try {
      // Refused until the athlete confirms being 16 or older: no head, and nothing thrown.
      await expect(client.query(api.sync.head, {})).rejects.toThrow('Confirm that you are 16 or older');
      expect(heads).toEqual([]);
      await client.mutation(api.users.confirmAge, { birthYear: 1990, sixteenthBirthdayPassed: null });
      await expect.poll(() => heads).toEqual([0]);
    } finally {
      stop();
    }
  });

  it('refuses internal functions, as a deployment does', async () => {
    const fay = await adult('user_fay');
    await expect(fay.mutation(makeFunctionReference<'mutation'>('account/deletion:stepDone'), {})).rejects.toThrow(
      "Could not find public function for 'account/deletion:stepDone'",
    );
  });

  it("stores a file and the row naming it through the product's transport, and serves it to the athlete's other device", async () => {
    const bytes = new TextEncoder().encode('{"time":[0,1,2],"hr":[120,121,122]}');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const laptop = convexTransport(await adult('user_gil'));
    const { uploads } = await laptop.startUploads([sha256]);
    const storageId = await laptop.uploadFile(uploads[0]!.url, bytes);
    const streamsRow = {
      table: 'streams' as const,
      rowId: 'ride-1',
      fields: [{ n: 'blob', v: JSON.stringify(sha256), t: 1000, d: 'device-a' }],
    };
    await laptop.push([streamsRow], [{ sha256, storageId }]);
    const other = convexTransport(await adult('user_gil'));
    expect(await other.startUploads([sha256])).toEqual({ stored: [sha256], uploads: [] });
    expect(await other.downloadFile(sha256)).toEqual(bytes);
  });
});

describe('two sync engines over ConvexClient through the wire server', () => {
  it('a session imported on the laptop reaches the phone live, with its samples and original file', async () => {
    const laptop = device('laptop', convexTransport(await adult('user_hal')));
    const phone = device('phone', convexTransport(await adult('user_hal')));
    const ride = testSession(fileHash('tempo ride.fit'), { title: 'Tempo ride' });
    const stopPhone = phone.engine.start();
    try {
      await saveImport(laptop.db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
      expect(await laptop.engine.syncNow()).toMatchObject({ failure: null, waiting: 0, filesUploaded: 2 });
      // The phone hears the new head through its subscription and pulls, files included.
      await expect
        .poll(async () => (await getStreams(phone.db, ride.id)) ?? null, { timeout: 10_000 })
        .toEqual(ride.streams);
      expect((await getSession(phone.db, ride.id))?.title).toBe('Tempo ride');
      const original = await phone.db.sources.get(ride.sources[0]!.contentHash);
      expect(await originalBytes(original!)).toEqual(new TextEncoder().encode('tempo ride.fit'));
      expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
    } finally {
      stopPhone();
    }
  });
});
