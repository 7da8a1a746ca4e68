import type { RegisteredAction, RegisteredMutation, RegisteredQuery, UserIdentity } from 'convex/server';
import { ConvexError, type Infer, type ObjectType, type PropertyValidators, type Validator } from 'convex/values';
import { internal } from '../_generated/api';
import type { Doc } from '../_generated/dataModel';
import { action, mutation, query, type ActionCtx, type MutationCtx, type QueryCtx } from '../_generated/server';
import { lockedMessage } from '../account/deletionState';

// The one way to write a public function: the caller must be signed in, the
// function sees who they are, and it never takes a user id as an argument
// (docs/architecture.md, "Cloud"). Args and return validators are required so every
// public function checks what crosses the wire. An account being deleted is
// locked here, for every function at once; functions that store or send the
// athlete's data (sync, hosted AI) also ask for a confirmed age.

export interface UserQueryCtx extends QueryCtx {
  readonly identity: UserIdentity;
  /** Null until the account's first mutation creates its row. */
  readonly user: Doc<'users'> | null;
}

export interface UserMutationCtx extends MutationCtx {
  readonly identity: UserIdentity;
  readonly user: Doc<'users'>;
}

type ReturnsValidator = Validator<unknown, 'required', string>;

interface UserFunction<Ctx, Args extends PropertyValidators, Returns extends ReturnsValidator> {
  args: Args;
  returns: Returns;
  handler: (ctx: Ctx, args: ObjectType<Args>) => Promise<Infer<Returns>>;
  /** Refused until the athlete has confirmed being 16 or older (users:confirmAge). */
  needsConfirmedAge?: boolean;
}

export const AGE_NOT_CONFIRMED =
  'Confirm that you are 16 or older (Settings, SessionsAI account) before using sync or the hosted assistant.';

/** The account's standing, as the builders read it from its users row (null before the row exists). */
export type Standing = Pick<Doc<'users'>, 'deletion' | 'ageConfirmedAt'> | null;

function refuseUnlessAllowed(standing: Standing, needsConfirmedAge: boolean | undefined): void {
  if (standing?.deletion !== undefined) throw new ConvexError(lockedMessage(standing.deletion));
  if (needsConfirmedAge === true && standing?.ageConfirmedAt === undefined) throw new ConvexError(AGE_NOT_CONFIRMED);
}

export interface UserActionCtx extends ActionCtx {
  readonly identity: UserIdentity;
}

async function requireIdentity(ctx: Pick<QueryCtx, 'auth'>): Promise<UserIdentity> {
  const identity = await ctx.auth.getUserIdentity();
  if (identity === null) throw new ConvexError('Not signed in');
  return identity;
}

export function findUser(ctx: QueryCtx, identity: Pick<UserIdentity, 'tokenIdentifier'>): Promise<Doc<'users'> | null> {
  return ctx.db
    .query('users')
    .withIndex('by_token', (q) => q.eq('tokenIdentifier', identity.tokenIdentifier))
    .unique();
}

export async function findOrCreateUser(
  ctx: MutationCtx,
  identity: Pick<UserIdentity, 'tokenIdentifier'>,
): Promise<Doc<'users'>> {
  const existing = await findUser(ctx, identity);
  if (existing !== null) return existing;
  const id = await ctx.db.insert('users', { tokenIdentifier: identity.tokenIdentifier });
  const created = await ctx.db.get(id);
  if (created === null) throw new Error(`The users row ${id} vanished inside the mutation that created it`);
  return created;
}

// Convex's builders cannot infer through a validator type that is still generic,
// so the wrappers register with the widened validator types and restate the
// precise argument and return types on what they return: the shape the
// generated `api` reads.
export function userQuery<Args extends PropertyValidators, Returns extends ReturnsValidator>(
  fn: UserFunction<UserQueryCtx, Args, Returns>,
): RegisteredQuery<'public', ObjectType<Args>, Promise<Infer<Returns>>> {
  return query({
    args: fn.args as PropertyValidators,
    returns: fn.returns as ReturnsValidator,
    handler: async (ctx, args) => {
      const identity = await requireIdentity(ctx);
      const user = await findUser(ctx, identity);
      refuseUnlessAllowed(user, fn.needsConfirmedAge);
      return fn.handler({ ...ctx, identity, user }, args as ObjectType<Args>);
    },
  });
}

/** A mutation always has a users row to write against: the first one creates it. */
export function userMutation<Args extends PropertyValidators, Returns extends ReturnsValidator>(
  fn: UserFunction<UserMutationCtx, Args, Returns>,
): RegisteredMutation<'public', ObjectType<Args>, Promise<Infer<Returns>>> {
  return mutation({
    args: fn.args as PropertyValidators,
    returns: fn.returns as ReturnsValidator,
    handler: async (ctx, args) => {
      const identity = await requireIdentity(ctx);
      const user = await findOrCreateUser(ctx, identity);
      refuseUnlessAllowed(user, fn.needsConfirmedAge);
      return fn.handler({ ...ctx, identity, user }, args as ObjectType<Args>);
    },
  });
}

/**
 * An action for a signed-in caller, for work that must call another service
 * (Stripe) and return its answer to the panel. It sees who is signed in but has
 * no database: it reads and writes through internal functions, passing
 * `identity.tokenIdentifier`, never an id the client chose.
 */
export function userAction<Args extends PropertyValidators, Returns extends ReturnsValidator>(
  fn: UserFunction<UserActionCtx, Args, Returns>,
): RegisteredAction<'public', ObjectType<Args>, Promise<Infer<Returns>>> {
  return action({
    args: fn.args as PropertyValidators,
    returns: fn.returns as ReturnsValidator,
    handler: async (ctx, args) => {
      const identity = await requireIdentity(ctx);
      const standing: Standing = await ctx.runQuery(internal.account.standing.ofToken, {
        tokenIdentifier: identity.tokenIdentifier,
      });
      refuseUnlessAllowed(standing, fn.needsConfirmedAge);
      return fn.handler({ ...ctx, identity }, args as ObjectType<Args>);
    },
  });
}

// Internal functions run only when the server calls them (a scheduled action, a
// mutation an action runs), never from a client, so they need no signed-in user:
// Convex's own builders, handed out here so that every function comes from this file.
// HTTP actions answer other services (Stripe's webhooks, its return page), which sign their own requests.
export { httpAction, internalAction, internalMutation, internalQuery } from '../_generated/server';
