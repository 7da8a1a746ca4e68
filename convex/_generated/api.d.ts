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
import type * as account_clerkUsers from "../account/clerkUsers.js";
import type * as account_clerkWebhook from "../account/clerkWebhook.js";
import type * as account_deletion from "../account/deletion.js";
import type * as account_deletionState from "../account/deletionState.js";
import type * as account_elsewhere from "../account/elsewhere.js";
import type * as account_erase from "../account/erase.js";
import type * as account_ownedTables from "../account/ownedTables.js";
import type * as account_standing from "../account/standing.js";
import type * as ai_callModel from "../ai/callModel.js";
import type * as ai_limits from "../ai/limits.js";
import type * as ai_requestLimits from "../ai/requestLimits.js";
import type * as ai_requests from "../ai/requests.js";
import type * as ai_streams from "../ai/streams.js";
import type * as ai_textFlusher from "../ai/textFlusher.js";
import type * as ai_turnFields from "../ai/turnFields.js";
import type * as ai_turns from "../ai/turns.js";
import type * as billing_access from "../billing/access.js";
import type * as billing_checkout from "../billing/checkout.js";
import type * as billing_config from "../billing/config.js";
import type * as billing_customers from "../billing/customers.js";
import type * as billing_deletion from "../billing/deletion.js";
import type * as billing_entitlement from "../billing/entitlement.js";
import type * as billing_periods from "../billing/periods.js";
import type * as billing_plan from "../billing/plan.js";
import type * as billing_returnPage from "../billing/returnPage.js";
import type * as billing_stripeCalls from "../billing/stripeCalls.js";
import type * as billing_stripeClient from "../billing/stripeClient.js";
import type * as billing_stripeEvents from "../billing/stripeEvents.js";
import type * as billing_tables from "../billing/tables.js";
import type * as billing_usage from "../billing/usage.js";
import type * as billing_webhook from "../billing/webhook.js";
import type * as exportMine from "../exportMine.js";
import type * as files from "../files.js";
import type * as http from "../http.js";
import type * as lib_functions from "../lib/functions.js";
import type * as lib_registerUploads from "../lib/registerUploads.js";
import type * as lib_sessionFields from "../lib/sessionFields.js";
import type * as lib_storedRows from "../lib/storedRows.js";
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
  "account/clerkUsers": typeof account_clerkUsers;
  "account/clerkWebhook": typeof account_clerkWebhook;
  "account/deletion": typeof account_deletion;
  "account/deletionState": typeof account_deletionState;
  "account/elsewhere": typeof account_elsewhere;
  "account/erase": typeof account_erase;
  "account/ownedTables": typeof account_ownedTables;
  "account/standing": typeof account_standing;
  "ai/callModel": typeof ai_callModel;
  "ai/limits": typeof ai_limits;
  "ai/requestLimits": typeof ai_requestLimits;
  "ai/requests": typeof ai_requests;
  "ai/streams": typeof ai_streams;
  "ai/textFlusher": typeof ai_textFlusher;
  "ai/turnFields": typeof ai_turnFields;
  "ai/turns": typeof ai_turns;
  "billing/access": typeof billing_access;
  "billing/checkout": typeof billing_checkout;
  "billing/config": typeof billing_config;
  "billing/customers": typeof billing_customers;
  "billing/deletion": typeof billing_deletion;
  "billing/entitlement": typeof billing_entitlement;
  "billing/periods": typeof billing_periods;
  "billing/plan": typeof billing_plan;
  "billing/returnPage": typeof billing_returnPage;
  "billing/stripeCalls": typeof billing_stripeCalls;
  "billing/stripeClient": typeof billing_stripeClient;
  "billing/stripeEvents": typeof billing_stripeEvents;
  "billing/tables": typeof billing_tables;
  "billing/usage": typeof billing_usage;
  "billing/webhook": typeof billing_webhook;
  exportMine: typeof exportMine;
  files: typeof files;
  http: typeof http;
  "lib/functions": typeof lib_functions;
  "lib/registerUploads": typeof lib_registerUploads;
  "lib/sessionFields": typeof lib_sessionFields;
  "lib/storedRows": typeof lib_storedRows;
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
