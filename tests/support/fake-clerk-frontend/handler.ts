// A fake of Clerk's Frontend API (FAPI, https://clerk.com/docs/reference/frontend-api)
// as a Fetch-API handler, for the real clerk-js in tests: what the extension's
// sign-in uses of a development instance. FAPI names each client by a token,
// carried the way that flavour of clerk-js carries it:
//   - a browser page: Clerk's `__client` cookie. clerk-js uses a dev browser
//     only on Clerk's own *.accounts.dev hosts, so on 127.0.0.1 it speaks
//     cookies, as with a production instance (the extension's panel does not:
//     its token hooks make it a native client, clerk-client-token.ts);
//   - a dev browser: the token from POST /v1/dev_browser, sent as `__clerk_db_jwt`
//     and echoed in the Clerk-Db-Jwt header;
//   - the chrome-extension SDK's native flavour (`_is_native=1`): a Bearer
//     Authorization header, handed back in the Authorization response header.
//
// Routes, under /v1 (`_method` overrides POST, as clerk-js sends PATCH and DELETE):
//   POST dev_browser; GET|PATCH environment; GET|PUT|DELETE client; DELETE client/sessions;
//   POST client/sign_ins, client/sign_ins/{id}/prepare_first_factor, .../attempt_first_factor; GET client/sign_ins/{id};
//   POST client/sessions/{id}/touch, /end, /remove, /tokens, /tokens/convex (the JWT template);
// and GET /.well-known/jwks.json, /.well-known/openid-configuration for a verifier (Convex).
import { randomBytes, randomInt } from 'node:crypto';
import {
  ClerkFapiError,
  codeIncorrect,
  devBrowserUnauthenticated,
  errorResponse,
  identifierNotFound,
  notFound,
  paramMissing,
  passwordIncorrect,
  signedOut,
  strategyInvalid,
  verificationExpired,
} from './errors';
import {
  clientJson,
  emailAddressId,
  environmentJson,
  sessionJson,
  signInJson,
  type ClientState,
  type FakeClerkUser,
  type SessionState,
  type SignInState,
} from './resources';
import { signingKey, type SigningKey } from './tokens';

export interface FakeClerkFrontendOptions {
  readonly users: readonly FakeClerkUser[];
  /** The fake's own origin, https://127.0.0.1:<port>: the tokens' issuer (`iss`). */
  readonly issuer: string;
  /** Epoch ms for tokens and codes; Date.now unless a test moves time. */
  readonly now?: () => number;
}

/** Session and template tokens live as long as Clerk's do by default. */
const TOKEN_LIFETIME_SECONDS = 60;

export interface FrontendRequest {
  /** The method clerk-js meant: `_method` when it sent one. */
  readonly method: string;
  readonly path: string;
  /** The form fields sent, snake_case as on the wire. */
  readonly body: Readonly<Record<string, string>>;
}

/** An email the fake "sent": the test reads the code here, as an athlete reads their inbox. */
export interface SentCode {
  readonly to: string;
  readonly code: string;
}

export interface FakeClerkFrontend {
  handle(request: Request): Promise<Response>;
  /** Every request, in arrival order (preflights left out). */
  readonly requests: FrontendRequest[];
  readonly sentCodes: SentCode[];
  /** Every session ever created, by id, with its status now. */
  readonly sessions: ReadonlyMap<string, SessionState>;
  /** The key the fake signs tokens with: its public half, to verify them. */
  readonly publicKeyPem: string;
  readonly jwks: SigningKey['jwks'];
}

/** Claims of the `convex` JWT template, as Convex's Clerk integration sets it up (https://docs.convex.dev/auth/clerk). */
function convexTemplateClaims(user: FakeClerkUser): Record<string, unknown> {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return { aud: 'convex', email: user.email, email_verified: true, ...(name ? { name } : {}) };
}

type Route = (call: Call, id: string) => Response | Promise<Response>;

interface Call {
  readonly client: ClientState;
  readonly body: Readonly<Record<string, string>>;
}

export function fakeClerkFrontendHandler(options: FakeClerkFrontendOptions): FakeClerkFrontend {
  const { users, issuer, now = () => Date.now() } = options;
  const key = signingKey();
  const requests: FrontendRequest[] = [];
  const sentCodes: SentCode[] = [];
  const clients = new Map<string, ClientState>();
  const sessions = new Map<string, SessionState>();
  const signIns = new Map<string, SignInState>();
  let serial = 0;
  const nextId = (prefix: string) => `${prefix}_fake${++serial}`;

  function newClient(): ClientState {
    const client: ClientState = {
      id: nextId('client'),
      token: `dvb_${randomBytes(16).toString('hex')}`,
      sessions: [],
      lastActiveSessionId: null,
      signIn: null,
      createdAt: now(),
      updatedAt: now(),
    };
    clients.set(client.token, client);
    return client;
  }

  function issue(session: SessionState, claims: Record<string, unknown>): string {
    const iat = Math.floor(now() / 1000);
    return key.sign({
      iss: issuer,
      sub: session.user.id,
      sid: session.id,
      iat,
      nbf: iat - 10,
      exp: iat + TOKEN_LIFETIME_SECONDS,
      ...claims,
    });
  }
  const sessionToken = (session: SessionState) => issue(session, { v: 2, fva: [0, -1] });

  const clientBody = (client: ClientState) => clientJson(client, sessionToken, now());
  /** FAPI's answer to a change: the resource, and the client as it is now. */
  const changed = (client: ClientState, response: unknown) => {
    client.updatedAt = now();
    return Response.json({ response, client: clientBody(client) });
  };

  function activeSession(client: ClientState, id: string): SessionState {
    const session = client.sessions.find((s) => s.id === id);
    if (!session) throw notFound(`Session ${id}`);
    if (session.status !== 'active') throw signedOut();
    return session;
  }

  function signInOf(client: ClientState, id: string): SignInState {
    const signIn = signIns.get(id);
    if (!signIn || client.signIn?.id !== id) throw notFound(`Sign-in ${id}`);
    return signIn;
  }

  /** The attempt succeeded: a new active session, which becomes the client's last active one. */
  function complete(client: ClientState, signIn: SignInState): Response {
    const session: SessionState = {
      id: nextId('sess'),
      user: signIn.user,
      status: 'active',
      createdAt: now(),
      lastActiveAt: now(),
    };
    sessions.set(session.id, session);
    client.sessions.push(session);
    client.lastActiveSessionId = session.id;
    signIn.status = 'complete';
    signIn.createdSessionId = session.id;
    client.signIn = null;
    return changed(client, signInJson(signIn));
  }

  function checkPassword(signIn: SignInState, password: string | undefined): void {
    if (password === undefined) throw paramMissing('password');
    signIn.firstFactor = { strategy: 'password', status: 'unverified', attempts: 1, expireAt: null };
    if (password !== signIn.user.password) throw passwordIncorrect();
    signIn.firstFactor.status = 'verified';
  }

  function sendCode(signIn: SignInState, addressId: string | undefined): void {
    if (addressId !== undefined && addressId !== emailAddressId(signIn.user))
      throw notFound(`Email address ${addressId}`);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    sentCodes.push({ to: signIn.user.email, code });
    signIn.firstFactor = {
      strategy: 'email_code',
      status: 'unverified',
      attempts: 0,
      code,
      expireAt: now() + 10 * 60_000,
    };
  }

  function checkCode(signIn: SignInState, code: string | undefined): void {
    const factor = signIn.firstFactor;
    if (factor?.strategy !== 'email_code' || factor.code === undefined)
      throw strategyInvalid('email_code before prepare_first_factor');
    if (code === undefined) throw paramMissing('code');
    if (factor.expireAt !== null && now() > factor.expireAt) throw verificationExpired();
    factor.attempts++;
    if (code !== factor.code) throw codeIncorrect();
    factor.status = 'verified';
  }

  const routes: Record<string, Route> = {
    'PUT client': ({ client }) => Response.json({ response: clientBody(client), client: null }),
    'DELETE client': ({ client }) => {
      removeSessions(client);
      client.signIn = null;
      return changed(client, clientBody(client));
    },
    'DELETE client/sessions': ({ client }) => {
      removeSessions(client);
      return changed(client, clientBody(client));
    },
    'POST client/sign_ins': ({ client, body }) => {
      if (!body.identifier) throw paramMissing('identifier');
      const user = users.find((u) => u.email.toLowerCase() === body.identifier?.toLowerCase());
      if (!user) throw identifierNotFound();
      const signIn: SignInState = {
        id: nextId('sia'),
        identifier: body.identifier,
        user,
        status: 'needs_first_factor',
        firstFactor: null,
        createdSessionId: null,
      };
      signIns.set(signIn.id, signIn);
      client.signIn = signIn;
      if (body.password !== undefined || body.strategy === 'password') {
        checkPassword(signIn, body.password);
        return complete(client, signIn);
      }
      if (body.strategy === 'email_code') sendCode(signIn, undefined);
      else if (body.strategy !== undefined) throw strategyInvalid(body.strategy);
      return changed(client, signInJson(signIn));
    },
    'GET client/sign_ins/:id': ({ client }, id) =>
      Response.json({ response: signInJson(signInOf(client, id)), client: null }),
    'POST client/sign_ins/:id/prepare_first_factor': ({ client, body }, id) => {
      const signIn = signInOf(client, id);
      if (body.strategy === 'email_code') sendCode(signIn, body.email_address_id);
      else if (body.strategy !== 'password') throw strategyInvalid(body.strategy ?? '(none)');
      return changed(client, signInJson(signIn));
    },
    'POST client/sign_ins/:id/attempt_first_factor': ({ client, body }, id) => {
      const signIn = signInOf(client, id);
      if (body.strategy === 'password') checkPassword(signIn, body.password);
      else if (body.strategy === 'email_code') checkCode(signIn, body.code);
      else throw strategyInvalid(body.strategy ?? '(none)');
      return complete(client, signIn);
    },
    'POST client/sessions/:id/touch': ({ client }, id) => {
      const session = activeSession(client, id);
      session.lastActiveAt = now();
      client.lastActiveSessionId = id;
      return changed(client, sessionJson(session, sessionToken(session), now()));
    },
    'POST client/sessions/:id/end': ({ client }, id) => endSession(client, id, 'ended'),
    'POST client/sessions/:id/remove': ({ client }, id) => endSession(client, id, 'removed'),
    'POST client/sessions/:id/tokens': ({ client }, id) =>
      Response.json({ object: 'token', jwt: sessionToken(activeSession(client, id)) }),
    'POST client/sessions/:id/tokens/convex': ({ client }, id) => {
      const session = activeSession(client, id);
      return Response.json({
        object: 'token',
        jwt: issue(session, { jti: nextId('jti'), ...convexTemplateClaims(session.user) }),
      });
    },
  };

  /** Signing out of the client: every active session removed, the client kept. */
  function removeSessions(client: ClientState): void {
    for (const session of client.sessions) if (session.status === 'active') session.status = 'removed';
    client.lastActiveSessionId = null;
  }

  function endSession(client: ClientState, id: string, status: 'ended' | 'removed'): Response {
    const session = activeSession(client, id);
    session.status = status;
    if (client.lastActiveSessionId === id) client.lastActiveSessionId = null;
    return changed(client, sessionJson(session, null, now()));
  }

  /**
   * The client a request names, in the flavour clerk-js speaks: the native
   * Authorization header, a dev browser's `__clerk_db_jwt`, or the browser's
   * `__client` cookie; null when it names none the fake knows (a dev browser
   * the fake never issued is refused, as Clerk refuses it).
   */
  function namedClient(url: URL, request: Request): ClientState | null {
    const flavour = flavourOf(url);
    const token =
      flavour === 'native'
        ? request.headers.get('authorization')?.replace(/^Bearer /, '')
        : flavour === 'dev-browser'
          ? url.searchParams.get('__clerk_db_jwt')
          : cookie(request, '__client');
    const client = token ? clients.get(token) : undefined;
    if (!client && flavour === 'dev-browser') throw devBrowserUnauthenticated();
    return client ?? null;
  }

  async function handle(request: Request): Promise<Response> {
    const origin = request.headers.get('origin');
    if (request.method === 'OPTIONS') return withCors(new Response(null, { status: 204 }), origin, request);
    const url = new URL(request.url);
    const method = url.searchParams.get('_method') ?? request.method;
    const body = await formFields(request);
    requests.push({ method, path: url.pathname, body });
    let client: ClientState | null = null;
    let response: Response;
    try {
      if (url.pathname === '/.well-known/jwks.json' || url.pathname === '/v1/jwks') response = Response.json(key.jwks);
      else if (url.pathname === '/.well-known/openid-configuration')
        response = Response.json({ issuer, jwks_uri: `${issuer}/.well-known/jwks.json` });
      else if (method === 'POST' && url.pathname === '/v1/dev_browser') {
        client = newClient();
        response = Response.json({ object: 'dev_browser', id: client.token });
      } else if (url.pathname === '/v1/environment' && (method === 'GET' || method === 'PATCH')) {
        client = namedClient(url, request);
        response = Response.json(environmentJson('SessionsAI (fake Clerk)'));
      } else if (method === 'GET' && url.pathname === '/v1/client') {
        // Reading makes no client: a browser that never signed in has none yet.
        client = namedClient(url, request);
        response = Response.json({ response: client && clientBody(client), client: null });
      } else {
        client = namedClient(url, request) ?? newClient();
        const [route, id] = findRoute(method, url.pathname);
        if (!route) throw notFound(`${method} ${url.pathname}`);
        response = await route({ client, body }, id);
      }
    } catch (error) {
      if (!(error instanceof ClerkFapiError)) throw error;
      response = errorResponse(error, `trace_fake_${requests.length}`);
    }
    if (client !== null) {
      // How each flavour of clerk-js keeps hold of its client between requests.
      const flavour = flavourOf(url);
      if (flavour === 'dev-browser') response.headers.set('Clerk-Db-Jwt', client.token);
      else {
        // Both: a native client's first request, before it holds a token, looks like a browser's.
        response.headers.set('Authorization', `Bearer ${client.token}`);
        // Partitioned (CHIPS): headless Chromium kept this cross-site cookie for a
        // web page only when partitioned; the extension's page gets it either way.
        if (flavour === 'cookie')
          response.headers.append(
            'Set-Cookie',
            `__client=${client.token}; Path=/; HttpOnly; Secure; SameSite=None; Partitioned`,
          );
      }
    }
    return withCors(response, origin, request);
  }

  function findRoute(method: string, pathname: string): [Route | undefined, string] {
    const parts = pathname.replace(/^\/v1\//, '').split('/');
    const id = parts.length >= 3 && (parts[1] === 'sign_ins' || parts[1] === 'sessions') ? (parts[2] ?? '') : '';
    const pattern = id ? [parts[0], parts[1], ':id', ...parts.slice(3)].join('/') : parts.join('/');
    return [routes[`${method} ${pattern}`], decodeURIComponent(id)];
  }

  return { handle, requests, sentCodes, sessions, publicKeyPem: key.publicKeyPem, jwks: key.jwks };
}

type Flavour = 'native' | 'dev-browser' | 'cookie';

function flavourOf(url: URL): Flavour {
  if (url.searchParams.get('_is_native') === '1') return 'native';
  return url.searchParams.has('__clerk_db_jwt') ? 'dev-browser' : 'cookie';
}

function cookie(request: Request, name: string): string | undefined {
  const pairs = (request.headers.get('cookie') ?? '').split(';').map((pair) => pair.trim().split('='));
  return pairs.find(([key]) => key === name)?.[1];
}

/** clerk-js posts application/x-www-form-urlencoded; a JSON body is read too. */
async function formFields(request: Request): Promise<Record<string, string>> {
  if (request.method === 'GET' || request.method === 'HEAD') return {};
  const text = await request.text();
  if (!text) return {};
  if (request.headers.get('content-type')?.includes('application/json')) {
    return Object.fromEntries(
      Object.entries(JSON.parse(text) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * clerk-js calls FAPI from the panel's own origin (chrome-extension://<id>) with
 * credentials included, so the answer names that origin (never `*`, which
 * browsers refuse with credentials) and exposes the headers that carry the client's token.
 */
function withCors(response: Response, origin: string | null, request: Request): Response {
  const headers = response.headers;
  if (origin) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Vary', 'Origin');
  } else {
    // No Origin: a client that is not a browser, or happy-dom, whose preflight leaves it out.
    headers.set('Access-Control-Allow-Origin', '*');
  }
  headers.set('Access-Control-Expose-Headers', 'Authorization, Clerk-Db-Jwt');
  if (request.method === 'OPTIONS') {
    headers.set('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
    headers.set(
      'Access-Control-Allow-Headers',
      request.headers.get('access-control-request-headers') ?? 'content-type',
    );
    headers.set('Access-Control-Max-Age', '600');
  }
  return response;
}
