// The models SessionsAI offers, in one place for both ways to run: the
// settings list them all, and the hosted assistant (which pays for every token)
// runs only those marked hosted. Names as @anthropic-ai/sdk 1.14's `Model` type
// lists them; extension/ai/ai-settings.ts checks that against the SDK.

export const MODELS = [
  { id: 'claude-sonnet-5-5', label: 'Claude Sonnet 5.5 (balanced)', hosted: true },
  { id: 'claude-haiku-5-5', label: 'Claude Haiku 5.5 (fastest, cheapest)', hosted: true },
  { id: 'claude-opus-5-5', label: 'Claude Opus 5.5 (most capable; own key only)', hosted: false },
] as const;

export const HOSTED_MODELS: readonly string[] = MODELS.filter((m) => m.hosted).map((m) => m.id);
