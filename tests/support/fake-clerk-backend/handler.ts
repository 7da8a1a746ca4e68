// A fake of Clerk's Backend API (https://clerk.com/docs/reference/backend-api)
// as a Fetch-API handler, for the real @clerk/backend client: through
// server.ts on 127.0.0.1, or as its fetch in convex-test. Only what SessionsAI
// calls: DELETE /v1/users/{user_id}, with the secret key as a Bearer token.
// Answers as Clerk does: the deleted object as JSON, and errors as
// `{ errors: [{ message, long_message, code }], clerk_trace_id }` with their status.

export interface ClerkRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
}

export interface FakeClerkBackend {
  handle(request: Request): Promise<Response>;
  /** Every request, in arrival order. */
  readonly requests: ClerkRequest[];
  /** The ids of the users that exist. Tests may add to them. */
  readonly users: Set<string>;
  /** The next `count` requests get 503, as during an outage. */
  failNext(count: number): void;
}

export interface FakeClerkBackendOptions {
  /** The only secret key the fake accepts. */
  readonly secretKey: string;
  readonly users: readonly string[];
}

export function fakeClerkBackendHandler({ secretKey, users: initial }: FakeClerkBackendOptions): FakeClerkBackend {
  const requests: ClerkRequest[] = [];
  const users = new Set(initial);
  let failing = 0;
  let n = 0;

  async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const authorization = request.headers.get('authorization');
    requests.push({ method: request.method, path, authorization });
    const trace = `trace_fake_${++n}`;
    if (failing > 0) {
      failing--;
      return error(trace, 503, 'service_unavailable', 'Service unavailable', 'Clerk is unavailable, try again later.');
    }
    if (authorization !== `Bearer ${secretKey}`) {
      return error(trace, 401, 'authentication_invalid', 'Invalid authentication', 'The secret key is not valid.');
    }
    const [, version, resource, id, rest] = path.split('/');
    if (request.method === 'DELETE' && version === 'v1' && resource === 'users' && id && rest === undefined) {
      if (!users.delete(id)) return error(trace, 404, 'resource_not_found', 'not found', 'Resource not found');
      return Response.json({ object: 'user', id, deleted: true });
    }
    return error(trace, 404, 'resource_not_found', 'not found', `No route for ${request.method} ${path}`);
  }

  return {
    handle,
    requests,
    users,
    failNext: (count) => {
      failing = count;
    },
  };
}

function error(trace: string, status: number, code: string, message: string, longMessage: string): Response {
  return Response.json({ errors: [{ message, long_message: longMessage, code }], clerk_trace_id: trace }, { status });
}
