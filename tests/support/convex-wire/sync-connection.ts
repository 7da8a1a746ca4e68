// One client's WebSocket session on the wire server: its query set, its
// identity and the versions both sides count (querySet, identity, ts). Every
// message is answered in order. A query set change, a new identity or a
// write anywhere sends a Transition carrying the query values that changed;
// a mutation completes on the client once a Transition reaches its timestamp.
import type { UserIdentity } from 'convex/server';
import type { JSONValue } from 'convex/values';
import { identityFromJwt, type TrustedIssuer } from './verify-jwt';
import type { WireBackend } from './wire-backend';
import { type ClientMessage, encodeTs, type QueryModification, type ServerMessage } from './wire-messages';

interface Subscription {
  readonly udfPath: string;
  readonly args: JSONValue;
  /** The value or error last sent, as JSON text; null before the first. */
  sent: string | null;
}

/** A version change a Transition announces. */
interface NextVersion {
  readonly querySet?: number;
  readonly identity?: number;
}

export class SyncConnection {
  /** The version the client holds: the last Transition's end. */
  private querySet = 0;
  private identityVersion = 0;
  private ts = 0n;
  private identity: UserIdentity | null = null;
  private readonly queries = new Map<number, Subscription>();
  private turn: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (message: ServerMessage) => void,
    private readonly backend: WireBackend,
    private readonly trusted: TrustedIssuer,
    /** Called after a write: the server refreshes every connection. */
    private readonly wrote: () => void,
  ) {}

  receive(message: ClientMessage): void {
    this.enqueue(() => this.handle(message));
  }

  /** Re-runs every subscribed query and sends what changed, with the latest timestamp. */
  refresh(): void {
    this.enqueue(() => this.transition([...this.queries.keys()], []));
  }

  private enqueue(work: () => Promise<void>): void {
    this.turn = this.turn.then(work).catch((error: unknown) => {
      console.error('convex wire server: a message failed', error);
    });
  }

  private async handle(message: ClientMessage): Promise<void> {
    switch (message.type) {
      case 'Authenticate':
        return this.authenticate(message);
      case 'ModifyQuerySet': {
        const added: number[] = [];
        const removed: number[] = [];
        for (const change of message.modifications) {
          if (change.type === 'Add') {
            this.queries.set(change.queryId, { udfPath: change.udfPath, args: change.args[0] ?? {}, sent: null });
            added.push(change.queryId);
          } else if (this.queries.delete(change.queryId)) removed.push(change.queryId);
        }
        return this.transition(added, removed, { querySet: message.newVersion });
      }
      case 'Mutation':
      case 'Action': {
        const kind = message.type === 'Mutation' ? 'mutation' : 'action';
        const result = await this.backend.call(kind, message.udfPath, message.args[0] ?? {}, this.identity);
        const type = message.type === 'Mutation' ? 'MutationResponse' : 'ActionResponse';
        if (!result.ok) {
          const { errorMessage, errorData } = result;
          this.send({
            type,
            requestId: message.requestId,
            success: false,
            result: errorMessage,
            errorData,
            logLines: [],
          });
          return;
        }
        const ts = this.backend.advance();
        if (type === 'MutationResponse')
          this.send({
            type,
            requestId: message.requestId,
            success: true,
            result: result.value,
            ts: encodeTs(ts),
            logLines: [],
          });
        else this.send({ type, requestId: message.requestId, success: true, result: result.value, logLines: [] });
        this.wrote();
        return;
      }
      default:
        // Connect starts at version zero, which a new connection already is; Events are metrics.
        return;
    }
  }

  private async authenticate(message: Extract<ClientMessage, { type: 'Authenticate' }>): Promise<void> {
    if (message.tokenType === 'User') {
      try {
        this.identity = identityFromJwt(message.value, this.trusted);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.send({
          type: 'AuthError',
          error: `Could not verify the token: ${reason}`,
          baseVersion: message.baseVersion,
          authUpdateAttempted: true,
        });
        return;
      }
    } else if (message.tokenType === 'None') this.identity = null;
    else {
      this.send({
        type: 'AuthError',
        error: 'Admin tokens are not accepted here',
        baseVersion: message.baseVersion,
        authUpdateAttempted: true,
      });
      return;
    }
    return this.transition([...this.queries.keys()], [], { identity: message.baseVersion + 1 });
  }

  private async transition(
    rerun: readonly number[],
    removed: readonly number[],
    next: NextVersion = {},
  ): Promise<void> {
    const startVersion = { querySet: this.querySet, identity: this.identityVersion, ts: encodeTs(this.ts) };
    const ts = this.backend.ts();
    const modifications: QueryModification[] = removed.map((queryId) => ({ type: 'QueryRemoved', queryId }));
    for (const queryId of rerun) {
      const query = this.queries.get(queryId);
      if (query === undefined) continue;
      const result = await this.backend.call('query', query.udfPath, query.args, this.identity);
      const text = JSON.stringify(result);
      if (text === query.sent) continue;
      query.sent = text;
      modifications.push(
        result.ok
          ? { type: 'QueryUpdated', queryId, value: result.value, logLines: [], journal: null }
          : {
              type: 'QueryFailed',
              queryId,
              errorMessage: result.errorMessage,
              errorData: result.errorData ?? null,
              logLines: [],
              journal: null,
            },
      );
    }
    this.ts = ts;
    this.querySet = next.querySet ?? this.querySet;
    this.identityVersion = next.identity ?? this.identityVersion;
    this.send({
      type: 'Transition',
      startVersion,
      endVersion: { querySet: this.querySet, identity: this.identityVersion, ts: encodeTs(ts) },
      modifications,
    });
  }
}
