// What the hosted assistant allows one athlete, in one place. The server pays
// for every token, so it picks the models and caps each answer's length.

/** Longest answer one turn may ask for; a larger maxTokens is lowered to this. */
export const MAX_OUTPUT_TOKENS = 4096;

/**
 * Model turns per athlete per UTC day when AI_DAILY_LIMIT is not set. A chat
 * question that uses tools takes two to four turns, so this is 15 to 25 questions.
 */
export const DEFAULT_DAILY_LIMIT = 60;

/**
 * How long a turn's stream document outlives its start. Convex stops an action
 * after 10 minutes (https://docs.convex.dev/functions/actions#limits), so by
 * then the turn has ended and the panel has read it.
 */
export const STREAM_KEEP_MS = 15 * 60 * 1000;
