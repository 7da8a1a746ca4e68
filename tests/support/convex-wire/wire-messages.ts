// The part of Convex's WebSocket sync protocol the wire server speaks, as the
// client encodes it (node_modules/convex/dist/esm-types/browser/sync/protocol.d.ts,
// whose types the package does not export): JSON values, timestamps as a
// base64 little-endian u64.
import type { JSONValue } from 'convex/values';

export type ClientMessage =
  | { type: 'Connect'; sessionId: string; connectionCount: number }
  | { type: 'Authenticate'; tokenType: 'User'; value: string; baseVersion: number }
  | { type: 'Authenticate'; tokenType: 'None' | 'Admin'; baseVersion: number }
  | {
      type: 'ModifyQuerySet';
      baseVersion: number;
      newVersion: number;
      modifications: (
        | { type: 'Add'; queryId: number; udfPath: string; args: JSONValue[] }
        | { type: 'Remove'; queryId: number }
      )[];
    }
  | { type: 'Mutation' | 'Action'; requestId: number; udfPath: string; args: JSONValue[] }
  | { type: 'Event'; eventType: string };

export interface StateVersion {
  readonly querySet: number;
  readonly identity: number;
  /** base64 u64, little-endian. */
  readonly ts: string;
}

export type QueryModification =
  | { type: 'QueryUpdated'; queryId: number; value: JSONValue; logLines: string[]; journal: null }
  | {
      type: 'QueryFailed';
      queryId: number;
      errorMessage: string;
      errorData: JSONValue;
      logLines: string[];
      journal: null;
    }
  | { type: 'QueryRemoved'; queryId: number };

export type ServerMessage =
  | { type: 'Transition'; startVersion: StateVersion; endVersion: StateVersion; modifications: QueryModification[] }
  | { type: 'MutationResponse'; requestId: number; success: true; result: JSONValue; ts: string; logLines: string[] }
  | { type: 'ActionResponse'; requestId: number; success: true; result: JSONValue; logLines: string[] }
  | {
      type: 'MutationResponse' | 'ActionResponse';
      requestId: number;
      success: false;
      result: string;
      errorData?: JSONValue;
      logLines: string[];
    }
  | { type: 'AuthError'; error: string; baseVersion: number; authUpdateAttempted: boolean }
  | { type: 'Ping' };

/** A timestamp as the protocol encodes it. */
export function encodeTs(ts: bigint): string {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(ts);
  return bytes.toString('base64');
}
