// A fake Stripe REST API as a Fetch-API handler (Request in, Response out), so
// the real stripe client can use it through node:http (server.ts) or as its
// fetch where there are no sockets (convex-test). It speaks Stripe's wire
// format: form-encoded requests, JSON objects with `id` and `object`, errors as
// `{ error: { type, message, code?, param? } }` with their HTTP status
// (https://docs.stripe.com/api/errors), and Idempotency-Key replays.
import { parseForm, type FormValue } from './form';

export interface StripeRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly form: Record<string, FormValue>;
}

export interface FakeStripe {
  handle(request: Request): Promise<Response>;
  /** Every request, in arrival order. */
  readonly requests: StripeRequest[];
  /** Objects by id: customers, prices, subscriptions. Tests may add to them. */
  readonly objects: Map<string, Record<string, unknown>>;
}

export interface FakeStripeOptions {
  /** The only secret key the fake accepts. */
  readonly secretKey: string;
  /** Prices that exist, by id. */
  readonly prices: readonly string[];
}

type ErrorType = 'invalid_request_error' | 'api_error' | 'card_error';

export function fakeStripeHandler({ secretKey, prices }: FakeStripeOptions): FakeStripe {
  const requests: StripeRequest[] = [];
  const objects = new Map<string, Record<string, unknown>>();
  for (const id of prices) objects.set(id, { id, object: 'price', active: true });
  const replays = new Map<string, { status: number; body: unknown }>();
  let n = 0;

  async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const form = parseForm(await request.text());
    const headers = Object.fromEntries(request.headers);
    requests.push({ method: request.method, path, headers, form });
    const requestId = `req_fake_${++n}`;
    if (headers.authorization !== `Bearer ${secretKey}`) {
      return json(requestId, 401, error('invalid_request_error', 'Invalid API Key provided: sk_***'));
    }
    const key = headers['idempotency-key'];
    const replay = key === undefined ? undefined : replays.get(`${request.method} ${path} ${key}`);
    if (replay !== undefined) return json(requestId, replay.status, replay.body, { 'idempotent-replayed': 'true' });
    const { status, body } = route(request.method, path, form);
    if (key !== undefined) replays.set(`${request.method} ${path} ${key}`, { status, body });
    return json(requestId, status, body);
  }

  function route(method: string, path: string, form: Record<string, FormValue>): { status: number; body: unknown } {
    const [, version, resource, id, sub] = path.split('/');
    if (version !== 'v1') return missingRoute(method, path);
    if (method === 'POST' && resource === 'customers' && id === undefined) {
      return ok(
        store({ id: `cus_fake_${n}`, object: 'customer', email: form.email ?? null, metadata: form.metadata ?? {} }),
      );
    }
    if (method === 'DELETE' && resource === 'customers' && id !== undefined) {
      if (!objects.has(id)) return missing('customer', id);
      objects.delete(id);
      return ok({ id, object: 'customer', deleted: true });
    }
    if (method === 'POST' && resource === 'checkout' && id === 'sessions') return checkoutSession(form);
    if (method === 'POST' && resource === 'billing_portal' && id === 'sessions') {
      const customer = form.customer;
      if (typeof customer !== 'string') return required('customer');
      if (!objects.has(customer)) return missing('customer', customer, 'customer');
      return ok({
        id: `bps_fake_${n}`,
        object: 'billing_portal.session',
        customer,
        return_url: form.return_url ?? null,
        url: `https://billing.stripe.com/p/session/test_fake_${n}`,
      });
    }
    if (method === 'DELETE' && resource === 'subscriptions' && id !== undefined && sub === undefined) {
      const subscription = objects.get(id);
      if (subscription === undefined) return missing('subscription', id);
      return ok(store({ ...subscription, status: 'canceled' }));
    }
    return missingRoute(method, path);
  }

  function checkoutSession(form: Record<string, FormValue>): { status: number; body: unknown } {
    for (const param of ['mode', 'success_url', 'line_items'] as const) {
      if (form[param] === undefined) return required(param);
    }
    const items = form.line_items;
    const price =
      Array.isArray(items) && typeof items[0] === 'object' ? (items[0] as Record<string, FormValue>).price : null;
    if (typeof price !== 'string' || !objects.has(price)) {
      return {
        status: 400,
        body: error(
          'invalid_request_error',
          `No such price: '${String(price)}'`,
          'resource_missing',
          'line_items[0][price]',
        ),
      };
    }
    const customer = form.customer;
    if (typeof customer === 'string' && !objects.has(customer)) return missing('customer', customer, 'customer');
    return ok({
      id: `cs_test_fake_${n}`,
      object: 'checkout.session',
      mode: form.mode,
      customer: customer ?? null,
      client_reference_id: form.client_reference_id ?? null,
      success_url: form.success_url,
      cancel_url: form.cancel_url ?? null,
      url: `https://checkout.stripe.com/c/pay/cs_test_fake_${n}`,
    });
  }

  function store(object: Record<string, unknown>): Record<string, unknown> {
    objects.set(String(object.id), object);
    return object;
  }

  return { handle, requests, objects };
}

function ok(body: unknown) {
  return { status: 200, body };
}

function error(type: ErrorType, message: string, code?: string, param?: string) {
  return { error: { type, message, ...(code ? { code } : {}), ...(param ? { param } : {}) } };
}

function missing(kind: string, id: string, param?: string) {
  return { status: 404, body: error('invalid_request_error', `No such ${kind}: '${id}'`, 'resource_missing', param) };
}

function required(param: string) {
  return {
    status: 400,
    body: error('invalid_request_error', `Missing required param: ${param}.`, 'parameter_missing', param),
  };
}

function missingRoute(method: string, path: string) {
  return {
    status: 404,
    body: error('invalid_request_error', `Unrecognized request URL (${method}: ${path}).`),
  };
}

function json(requestId: string, status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'request-id': requestId, ...extra } });
}
