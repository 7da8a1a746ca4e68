// convex-test behind the wire: runs a public function by its path as an
// identity, one call at a time (a Convex deployment's transactions are
// serializable; convex-test's are not meant to overlap), and keeps the
// deployment's timestamp, which moves on with every write.
import { type FunctionReference, makeFunctionReference, type UserIdentity } from 'convex/server';
import { ConvexError, convexToJson, jsonToConvex, type JSONValue, type Value } from 'convex/values';
import type { TestConvex } from 'convex-test';
import type schema from '../../../convex/schema';

export type FunctionKind = 'query' | 'mutation' | 'action';

export type CallResult =
  | { readonly ok: true; readonly value: JSONValue }
  | { readonly ok: false; readonly errorMessage: string; readonly errorData?: JSONValue };

export interface WireBackend {
  call(kind: FunctionKind, udfPath: string, args: JSONValue, identity: UserIdentity | null): Promise<CallResult>;
  /** Runs `work` alone: no function call overlaps it. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** The latest write's timestamp. */
  ts(): bigint;
  /** A new timestamp, later than every earlier one: a write happened. */
  advance(): bigint;
}

type Modules = Record<string, () => Promise<unknown>>;

/** Whether `udfPath` names a public function of this kind: clients cannot call internal ones. */
async function isPublic(modules: Modules, kind: FunctionKind, udfPath: string): Promise<boolean> {
  const [module = '', name = ''] = udfPath.split(':');
  const load = modules[`./${module}.ts`] ?? modules[`./${module}.js`];
  const exported = load === undefined ? undefined : ((await load()) as Record<string, unknown>)[name];
  if (typeof exported !== 'function') return false;
  const flags = exported as unknown as Record<string, unknown>;
  return flags.isPublic === true && flags[`is${kind[0]?.toUpperCase()}${kind.slice(1)}`] === true;
}

function failure(error: unknown): CallResult {
  if (error instanceof ConvexError)
    return { ok: false, errorMessage: error.message, errorData: convexToJson(error.data as Value) };
  return { ok: false, errorMessage: error instanceof Error ? error.message : String(error) };
}

/**
 * `modules` as convexTest got them (convex/test.setup.ts), to tell public functions from internal ones;
 * `rewrite` changes each answer on its way to the client (storage-urls.ts).
 */
export function wireBackend(
  t: TestConvex<typeof schema>,
  modules: Modules,
  rewrite: (value: JSONValue) => JSONValue,
): WireBackend {
  let turn: Promise<unknown> = Promise.resolve();
  let ts = 1n;
  const run = async (kind: FunctionKind, udfPath: string, args: JSONValue, identity: UserIdentity | null) => {
    if (!(await isPublic(modules, kind, udfPath))) throw new Error(`Could not find public function for '${udfPath}'`);
    const as = identity === null ? t : t.withIdentity(identity);
    const decoded = jsonToConvex(args) as Record<string, Value>;
    // The client names functions "module:export" (convex/dist/esm/browser/sync/udf_path_utils.js).
    // convex-test's three callers share this shape; their own types differ only by the reference's kind.
    const call = as[kind] as unknown as (
      ref: FunctionReference<FunctionKind>,
      args: Record<string, Value>,
    ) => Promise<Value>;
    const value = await call(makeFunctionReference<FunctionKind>(udfPath), decoded);
    return rewrite(convexToJson(value));
  };
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = turn.then(work);
    turn = result.catch(() => undefined);
    return result;
  };
  return {
    call: (kind, udfPath, args, identity) =>
      exclusive(async (): Promise<CallResult> => ({ ok: true, value: await run(kind, udfPath, args, identity) })).catch(
        failure,
      ),
    exclusive,
    ts: () => ts,
    advance: () => ++ts,
  };
}
