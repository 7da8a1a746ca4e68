// The key a kept answer is filed under: the same facts, model and extra input
// (tone, the athlete's notes) give the same digest; any change gives another,
// which marks the kept answer stale.
import type { Fact } from '../analytics/facts/types';
import { sha256Hex } from '../model/sha256';

/**
 * Hex SHA-256 over a canonical JSON of the facts in order (fields listed
 * explicitly, so key order and extra properties cannot change it), the model
 * and the extra text.
 */
export function factsDigest(facts: readonly Fact[], model: string, extra = ''): string {
  const canonical = JSON.stringify({
    facts: facts.map((f) => [f.id, f.value, f.unit, f.label, f.sessionIds]),
    model,
    extra,
  });
  return sha256Hex(new TextEncoder().encode(canonical));
}
