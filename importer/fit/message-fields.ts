// Typed reads of decoded FIT message fields. The reader leaves invalid fields
// out, but a field can still arrive as another type than expected (an enum
// value newer than our profile comes as its number), so every read checks.
import type { FitMessage } from './types';

/** A finite number, or null when the field is absent or not a number. */
export function num(m: FitMessage | undefined, key: string): number | null {
  const v = m?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A string (an enum name or text), or null when absent or not a string. */
export function str(m: FitMessage | undefined, key: string): string | null {
  const v = m?.[key];
  return typeof v === 'string' ? v : null;
}

/** A numeric field that may hold one value or an array (FIT arrays such as hr.filteredBpm). */
export function nums(m: FitMessage | undefined, key: string): readonly number[] {
  const v = m?.[key];
  if (typeof v === 'number') return [v];
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === 'number');
  return [];
}

/** The first number among several fields (e.g. enhancedAvgSpeed before avgSpeed). */
export function firstNum(m: FitMessage | undefined, keys: readonly string[]): number | null {
  for (const k of keys) {
    const v = num(m, k);
    if (v !== null) return v;
  }
  return null;
}

/** The profile's camelCase enum names in the model's snake_case ("sessionEnd" -> "session_end"). */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
