// Checks every number in a model's answer against the facts it was given, so
// the panel can mark a number that matches nothing as unverified and link each
// verified one to the sessions behind it (issue 5, "Grounded").
import type { Fact } from '../analytics/facts/types';
import { findNumbers } from './verify/find-numbers';
import { asPace, factUnit } from './verify/quantities';
import type { Quantity } from './verify/quantities';

export type AnswerPart =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'number';
      readonly text: string;
      readonly verified: boolean;
      /** The facts the number agrees with most closely, in the facts' order. */
      readonly factIds: readonly string[];
      /** The sessions behind those facts, without repeats. */
      readonly sessionIds: readonly string[];
    };

/** A number a fact states: its value, or one written in its label ("Load 85% of the 240 planned"). */
interface Candidate {
  readonly fact: Fact;
  readonly quantity: Quantity;
}

/**
 * Splits the answer into text and numbers. A number is verified when some
 * fact's value, or a number in its label, agrees with it to the precision
 * the answer wrote it with ("245 W" for 245.37 W; "42.2 km" for 42,195 m;
 * "1:23:45" for 5025 s), within one point for percentages. It links to the
 * facts it agrees with most closely (see closestFacts).
 */
export function verifyAnswer(text: string, facts: readonly Fact[]): AnswerPart[] {
  const candidates = facts.flatMap(factCandidates);
  const parts: AnswerPart[] = [];
  let at = 0;
  for (const token of findNumbers(text)) {
    if (token.start > at) parts.push({ kind: 'text', text: text.slice(at, token.start) });
    const factsMatched = closestFacts(token.readings, token.signed, candidates);
    parts.push({
      kind: 'number',
      text: token.text,
      verified: factsMatched.length > 0,
      factIds: factsMatched.map((f) => f.id),
      sessionIds: [...new Set(factsMatched.flatMap((f) => f.sessionIds))],
    });
    at = token.end;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

function factCandidates(fact: Fact): Candidate[] {
  const fromLabel = findNumbers(fact.label).flatMap((t) => t.readings.map((quantity) => ({ fact, quantity })));
  if (typeof fact.value !== 'number') return fromLabel;
  const unit = factUnit(fact.unit);
  const value: Quantity = { dimension: unit.dimension, base: fact.value * unit.toBase, raw: fact.value, halfStep: 0 };
  return [{ fact, quantity: value }, ...fromLabel];
}

/** Percentages are compared to one point: "12%" for a fact of 12.6 % is a fair reading. */
const PERCENT_TOLERANCE = 1;

/** How closely a number agrees with a fact, closest first: the same value, the same once rounded as written, within the unit's slack. */
const EQUAL = 0;
const ROUNDED = 1;
const SLACK = 2;
type Closeness = typeof EQUAL | typeof ROUNDED | typeof SLACK;

/**
 * The facts the token agrees with most closely: "3" matches the fact 3 and
 * not also the fact 3.4, though 3.4 rounds to 3; "3.8%" matches a fact of
 * -3.8 % and not one of 3.4 %, though it is within the percentage slack.
 */
function closestFacts(readings: readonly Quantity[], signed: boolean, candidates: readonly Candidate[]): Fact[] {
  let best: Closeness | null = null;
  let facts: Fact[] = [];
  for (const c of candidates) {
    for (const q of readings) {
      const how = closeness(q, c.quantity, signed);
      if (how === null || (best !== null && how > best)) continue;
      if (best === null || how < best) {
        best = how;
        facts = [];
      }
      if (!facts.includes(c.fact)) facts.push(c.fact);
    }
  }
  return facts;
}

function closeness(answer: Quantity, fact: Quantity, signed: boolean): Closeness | null {
  // Without a sign, prose states a size and words give the direction ("3.8% lower").
  const sign = signed ? [1] : [1, -1];
  if (answer.dimension === 'other') return best(sign.map((k) => within(answer.raw, k * fact.raw, answer.halfStep, 0)));
  if (answer.dimension === fact.dimension) {
    const slack = answer.dimension === 'percent' ? PERCENT_TOLERANCE : 0;
    return best(sign.map((k) => within(answer.base, k * fact.base, answer.halfStep, slack)));
  }
  // A pace in the answer against a speed fact, or the other way round.
  const factPace = asPace(fact);
  if (factPace === null) return null;
  if (answer.dimension === 'pace') return within(answer.base, factPace, answer.halfStep, 0);
  if (answer.dimension === 'speed') return within(answer.base, 1000 / factPace, answer.halfStep, 0);
  return null;
}

function within(a: number, b: number, halfStep: number, slack: number): Closeness | null {
  // The small relative margin absorbs floating-point error in unit conversions.
  const d = Math.abs(a - b) - 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (d <= 0) return EQUAL;
  if (d <= halfStep) return ROUNDED;
  return d <= slack ? SLACK : null;
}

function best(list: readonly (Closeness | null)[]): Closeness | null {
  return list.reduce<Closeness | null>((b, c) => (c !== null && (b === null || c < b) ? c : b), null);
}
