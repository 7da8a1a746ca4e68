// What the hosted assistant allows one turn. The server pays for every token,
// so it picks the models and caps each answer's length; the plans' budgets and
// request size limits live in convex/billing/config.ts.

/** Longest answer one turn may ask for; a larger maxTokens is lowered to this. */
export const MAX_OUTPUT_TOKENS = 4096;

/**
 * How long a turn's stream document outlives its start. Convex stops an action
 * after 10 minutes (https://docs.convex.dev/functions/actions#limits), so by
 * then the turn has ended and the panel has read it.
 */
export const STREAM_KEEP_MS = 15 * 60 * 1000;
