// Sync's public API: the engine, its transport, its status and its alarm (docs/sync.md).
export { CALL_TIMEOUT_MS, convexTransport } from './convex-transport';
export { createSyncEngine } from './engine';
export type { SyncEngine, SyncEngineOptions } from './engine';
export { openSync } from './open-sync';
export { failureOf, INITIAL_STATUS, OFFLINE_MESSAGE, PAUSED_MESSAGE, SIGNED_OUT_MESSAGE } from './status';
export type { HeldChange, SyncFailure, SyncStatus } from './status';
export { SyncTransportError } from './transport';
export type { SyncFailureKind, SyncTransport } from './transport';
export { backgroundSyncPass } from './background-pass';
export type { BackgroundPassOptions, SkippedPass, SyncConnection } from './background-pass';
export { scheduleBackgroundSync, SYNC_ALARM, SYNC_EVERY_MINUTES } from './background-schedule';
export type { SyncTriggers } from './background-schedule';
export { browserTriggers } from './browser-triggers';
export type { TriggerApi } from './browser-triggers';
export { holdSyncLock, runIfSyncFree, SYNC_LOCK } from './sync-lock';
export type { SyncLocks } from './sync-lock';
