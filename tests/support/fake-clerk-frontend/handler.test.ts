import { createPublicKey, createVerify, type JsonWebKey } from 'node:crypto';
import { expect, test } from 'vitest';
import { fakeClerkFrontendHandler } from './handler';

// The fake's wire, request by request: the ways clerk-js names its client,
// CORS for the extension's panel, and the JWKS a verifier (Convex) fetches.
// clerk-sign-in.test.ts drives the same fake with the real client.

const ISSUER = 'https://127.0.0.1:4443';
const ADA = { id: 'user_ada', email: 'ada@example.test', password: 'correct horse battery' };
const PANEL_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const fapi = (now = () => T0) => fakeClerkFrontendHandler({ users: [ADA], issuer: ISSUER, now });

function call(
  path: string,
  init: { method?: string; headers?: Record<string, string>; form?: Record<string, string> } = {},
) {
  return new Request(`${ISSUER}${path}`, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    headers: { ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...init.headers },
    body: init.form ? new URLSearchParams(init.form).toString() : null,
  });
}

const clientId = async (response: Response) => ((await response.json()) as { response: { id: string } }).response.id;

test('a dev browser names its client: its token goes back in Clerk-Db-Jwt, and one the fake never issued is refused as Clerk refuses it', async () => {
  const fake = fapi();
  const devBrowser = (await (await fake.handle(call('/v1/dev_browser', { method: 'POST' }))).json()) as { id: string };

  const first = await fake.handle(call(`/v1/client?__clerk_db_jwt=${devBrowser.id}`));
  const second = await fake.handle(call(`/v1/client?__clerk_db_jwt=${devBrowser.id}`));
  expect(first.headers.get('Clerk-Db-Jwt')).toBe(devBrowser.id);
  expect(await clientId(second)).toBe(await clientId(first));

  const stranger = await fake.handle(call('/v1/client?__clerk_db_jwt=dvb_unknown'));
  expect(stranger.status).toBe(401);
  expect(await stranger.json()).toEqual({
    errors: [
      {
        code: 'dev_browser_unauthenticated',
        message: 'Browser unauthenticated',
        long_message: 'Unable to authenticate this browser for your development instance.',
        meta: {},
      },
    ],
    clerk_trace_id: 'trace_fake_4',
  });
});

test("the chrome-extension SDK's native flavour: a new client's token arrives in Authorization, and sent back it names the same client", async () => {
  const fake = fapi();
  const first = await fake.handle(call('/v1/client?_is_native=1', { method: 'PUT' }));
  const bearer = first.headers.get('Authorization') ?? '';
  expect(bearer).toMatch(/^Bearer dvb_[0-9a-f]{32}$/);

  const again = await fake.handle(call('/v1/client?_is_native=1', { headers: { Authorization: bearer } }));
  expect(await clientId(again)).toBe(await clientId(first));
  expect(first.headers.get('Set-Cookie')).toBeNull();
});

test("a browser's client is Clerk's __client cookie: none until the browser first writes, then sent back it names the same client", async () => {
  const fake = fapi();
  const reading = await fake.handle(call('/v1/client'));
  expect(reading.headers.get('Set-Cookie')).toBeNull();
  expect(await reading.json()).toEqual({ response: null, client: null });

  const first = await fake.handle(call('/v1/client', { method: 'PUT' }));
  const cookie = first.headers.get('Set-Cookie') ?? '';
  expect(cookie).toMatch(/^__client=dvb_[0-9a-f]{32}; Path=\/; HttpOnly; Secure; SameSite=None; Partitioned$/);

  const again = await fake.handle(call('/v1/client', { headers: { Cookie: cookie.split(';')[0] ?? '' } }));
  expect(await clientId(again)).toBe(await clientId(first));
});

test("the panel's preflight is allowed with credentials, and answers expose the headers that carry the client's token", async () => {
  const fake = fapi();
  const preflight = await fake.handle(
    call('/v1/client/sign_ins', {
      method: 'OPTIONS',
      headers: {
        Origin: PANEL_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    }),
  );
  expect(preflight.status).toBe(204);
  expect(Object.fromEntries(preflight.headers)).toMatchObject({
    'access-control-allow-origin': PANEL_ORIGIN,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
    'access-control-allow-headers': 'authorization,content-type',
  });
  const answer = await fake.handle(call('/v1/environment', { headers: { Origin: PANEL_ORIGIN } }));
  expect(answer.headers.get('Access-Control-Allow-Origin')).toBe(PANEL_ORIGIN);
  expect(answer.headers.get('Access-Control-Expose-Headers')).toBe('Authorization, Clerk-Db-Jwt');
  expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/environment']);
});

test('a convex template token is RS256, signed by the key the JWKS publishes, with the claims Convex reads', async () => {
  const fake = fapi();
  const native = { Authorization: '' };
  const signIn = await fake.handle(
    call('/v1/client/sign_ins?_is_native=1', {
      form: { identifier: ADA.email, strategy: 'password', password: ADA.password },
    }),
  );
  native.Authorization = signIn.headers.get('Authorization') ?? '';
  const { response } = (await signIn.json()) as { response: { status: string; created_session_id: string } };
  expect(response.status).toBe('complete');

  const minted = await fake.handle(
    call(`/v1/client/sessions/${response.created_session_id}/tokens/convex?_is_native=1`, {
      method: 'POST',
      headers: native,
    }),
  );
  const { jwt } = (await minted.json()) as { jwt: string };
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const jwks = (await (await fake.handle(call('/.well-known/jwks.json'))).json()) as { keys: JsonWebKey[] };
  const key = createPublicKey({ key: jwks.keys[0] ?? {}, format: 'jwk' });
  expect(createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(key, signature, 'base64url')).toBe(true);
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
    alg: 'RS256',
    typ: 'JWT',
    kid: 'ins_fake_clerk',
  });
  expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
    iss: ISSUER,
    sub: 'user_ada',
    sid: response.created_session_id,
    aud: 'convex',
    email: 'ada@example.test',
    email_verified: true,
    iat: 1772442000,
    nbf: 1772441990,
    exp: 1772442060,
    jti: expect.stringMatching(/^jti_fake\d+$/),
  });
  expect(await (await fake.handle(call('/.well-known/openid-configuration'))).json()).toEqual({
    issuer: ISSUER,
    jwks_uri: `${ISSUER}/.well-known/jwks.json`,
  });
});

/** A native client of `fake` (its Authorization header), and what its requests answer. */
async function nativeClient(fake: ReturnType<typeof fapi>) {
  const created = await fake.handle(call('/v1/client?_is_native=1', { method: 'PUT' }));
  const headers = { Authorization: created.headers.get('Authorization') ?? '' };
  return async (path: string, init: { method?: string; form?: Record<string, string> } = {}) => {
    const response = await fake.handle(
      call(`${path}${path.includes('?') ? '&' : '?'}_is_native=1`, { ...init, headers }),
    );
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
}

test('an emailed code works for ten minutes, then is refused as expired', async () => {
  let now = T0;
  const fake = fapi(() => now);
  const client = await nativeClient(fake);
  const created = await client('/v1/client/sign_ins', { form: { identifier: ADA.email, strategy: 'email_code' } });
  const signInId = (created.json.response as { id: string }).id;
  expect(fake.sentCodes).toEqual([{ to: ADA.email, code: expect.stringMatching(/^\d{6}$/) }]);

  now = T0 + 10 * 60_000 + 1;
  const late = await client(`/v1/client/sign_ins/${signInId}/attempt_first_factor`, {
    form: { strategy: 'email_code', code: fake.sentCodes[0]?.code ?? '' },
  });
  expect(late.status).toBe(400);
  expect(late.json.errors).toEqual([
    {
      code: 'verification_expired',
      message: 'Expired',
      long_message: 'This verification has expired. Start again.',
      meta: {},
    },
  ]);
});

test('a session ended or removed mints no more tokens (401 signed_out), and the client lists it no more', async () => {
  const fake = fapi();
  const client = await nativeClient(fake);
  const sessionIds: string[] = [];
  for (const action of ['end', 'remove'] as const) {
    const signIn = await client('/v1/client/sign_ins', { form: { identifier: ADA.email, password: ADA.password } });
    const sessionId = (signIn.json.response as { created_session_id: string }).created_session_id;
    sessionIds.push(sessionId);
    expect((await client(`/v1/client/sessions/${sessionId}/tokens`, { method: 'POST' })).status).toBe(200);

    await client(`/v1/client/sessions/${sessionId}/${action}`, { method: 'POST' });

    const refused = await client(`/v1/client/sessions/${sessionId}/tokens/convex`, { method: 'POST' });
    expect([refused.status, (refused.json.errors as { code: string }[])[0]?.code]).toEqual([401, 'signed_out']);
  }
  expect(sessionIds.map((id) => fake.sessions.get(id)?.status)).toEqual(['ended', 'removed']);
  const listed = (await client('/v1/client')).json.response as { sessions: unknown[]; last_active_session_id: unknown };
  expect([listed.sessions, listed.last_active_session_id]).toEqual([[], null]);
});

test("a route the fake does not speak gets Clerk's 404, naming the request", async () => {
  const response = await fapi().handle(call('/v1/client/sign_ups', { form: { email_address: ADA.email } }));
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({
    errors: [{ code: 'resource_not_found', long_message: 'POST /v1/client/sign_ups was not found.' }],
  });
});
