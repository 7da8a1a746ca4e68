/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";
import type * as ai_callModel from "../ai/callModel.js";
import type * as ai_dailyLimit from "../ai/dailyLimit.js";
import type * as ai_limits from "../ai/limits.js";
import type * as ai_streams from "../ai/streams.js";
import type * as ai_textFlusher from "../ai/textFlusher.js";
import type * as ai_turnFields from "../ai/turnFields.js";
import type * as ai_turns from "../ai/turns.js";
import type * as files from "../files.js";
import type * as lib_functions from "../lib/functions.js";
import type * as lib_sessionFields from "../lib/sessionFields.js";
import type * as lib_syncRows from "../lib/syncRows.js";
import type * as lib_syncValidators from "../lib/syncValidators.js";
import type * as sessions from "../sessions.js";
import type * as sync from "../sync.js";
import type * as users from "../users.js";

/**
 * A utility for referencing Convex functions in your app's API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
declare const fullApi: ApiFromModules<{
  "ai/callModel": typeof ai_callModel;
  "ai/dailyLimit": typeof ai_dailyLimit;
  "ai/limits": typeof ai_limits;
  "ai/streams": typeof ai_streams;
  "ai/textFlusher": typeof ai_textFlusher;
  "ai/turnFields": typeof ai_turnFields;
  "ai/turns": typeof ai_turns;
  files: typeof files;
  "lib/functions": typeof lib_functions;
  "lib/sessionFields": typeof lib_sessionFields;
  "lib/syncRows": typeof lib_syncRows;
  "lib/syncValidators": typeof lib_syncValidators;
  sessions: typeof sessions;
  sync: typeof sync;
  users: typeof users;
}>;
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;
