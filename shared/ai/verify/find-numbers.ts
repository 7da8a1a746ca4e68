// Finds the numbers a text states as claims ("245 W", "1:23:45", "4:30/km",
// "+10%", "2.5 h") and how each can be read, leaving alone numbers that are
// not claims: dates, years, times of day, ordinals, list markers, zone names.
import { TEXT_UNIT_PATTERN, textUnit } from './quantities';
import type { Quantity, UnitReading } from './quantities';

export interface NumberToken {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** The number with its sign and unit, as written. */
  readonly text: string;
  /** Each way the text can be read ("23:45" is m:ss or h:mm); usually one. */
  readonly readings: readonly Quantity[];
  /** Written with + or -: prose without a sign ("3.8% lower") may state a negative fact's size. */
  readonly signed: boolean;
}

const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ORDINAL = `(?:st|nd|rd|th)`;
/** A day of the month or a range of them: "3", "3rd", "3-9", "3 to 9". */
const DAYS = String.raw`\d{1,2}${ORDINAL}?(?:\s?(?:-|\u2013|to)\s?\d{1,2}${ORDINAL}?)?`;

/** Spans whose digits are not claims. */
const NOT_CLAIMS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g, // ISO date
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, // 03/06/2024, 3.6.2024
  /\b\d{1,2}\/\d{1,2}\b/g, // 6/3
  new RegExp(String.raw`\b${MONTH}\.?\s+${DAYS}\b(?:,?\s+\d{4}\b)?`, 'gi'), // June 3, 2024; June 3-9
  new RegExp(String.raw`\b${DAYS}\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+\d{4}\b)?`, 'gi'), // 3rd of June; 3-9 June
  /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)/gi, // 6:30 am
  new RegExp(String.raw`\b\d+${ORDINAL}\b`, 'gi'), // 3rd interval
  /^[ \t]*\d+[.)](?=\s)/gm, // "1. " list markers
  /\b(?:zones?|week|day)\s?\d{1,2}\b/gi, // zone 2, week 23, day 3 (of a block)
];

// A number not glued to a word, a decimal point, a clock colon, a slash or a
// comma before it: the parts of "a1", "1.2.3", "12:30", "6/3", "1,234" are not
// separate numbers.
const NUMBER = new RegExp(
  String.raw`(?<![\w.:/,])` +
    String.raw`(?:(?<hours>\d+)(?:\s?h(?:ours?|rs?)?\s?(?<minutes>\d{1,2})\s?m(?:in(?:utes?|s)?)?|h(?<bareMinutes>\d{2}))(?![a-z0-9])` + // 1h 20min, 2h30
    String.raw`|(?<sign>[+\-\u2212]?)(?<number>\d{1,3}(?::\d{2}){1,2}(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?(?!\d))` +
    String.raw`(?:\s?(?<unit>${TEXT_UNIT_PATTERN})(?![a-z0-9]))?)`,
  'gi',
);

export function findNumbers(text: string): NumberToken[] {
  const skip = notClaimSpans(text);
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([a, b]) => start < b && end > a)) continue;
    const g = m.groups ?? {};
    if (g.hours !== undefined) {
      const base = Number(g.hours) * 3600 + Number(g.minutes ?? g.bareMinutes) * 60;
      tokens.push({
        start,
        end,
        text: m[0],
        signed: false,
        readings: [{ dimension: 'duration', base, raw: base, halfStep: 30 }],
      });
      continue;
    }
    const number = g.number ?? '';
    const unit = g.unit;
    // "4x5", "2nd": a bare number glued to a word is part of a name, not a claim.
    if (unit === undefined && /[a-z]/i.test(text[end] ?? '')) continue;
    if (unit === undefined && !g.sign && /^(19|20)\d\d$/.test(number)) continue; // a year
    const negative = g.sign === '-' || g.sign === '\u2212';
    const readings = number.includes(':') ? clockReadings(number, unit) : [plainReading(number, unit)];
    tokens.push({
      start,
      end,
      text: m[0],
      signed: g.sign !== '',
      readings: negative ? readings.map((q) => ({ ...q, base: -q.base, raw: -q.raw })) : readings,
    });
  }
  return shareRangeUnits(text, tokens);
}

function plainReading(number: string, unit: string | undefined): Quantity {
  const digits = number.replace(/,/g, '');
  const raw = Number(digits);
  const decimals = digits.split('.')[1]?.length ?? 0;
  const reading = unit === undefined ? null : textUnit(unit);
  const toBase = reading?.toBase ?? 1;
  return {
    dimension: reading?.dimension ?? 'other',
    base: raw * toBase,
    raw,
    halfStep: 0.5 * 10 ** -decimals * toBase,
  };
}

/**
 * A clock: h:mm:ss, or two parts read as m:ss and as h:mm unless the unit
 * says which. A pace clock is minutes:seconds per distance.
 */
function clockReadings(number: string, unit: string | undefined): Quantity[] {
  const parts = number.split(':').map(Number);
  const [a = 0, b = 0, c = 0] = parts;
  const reading: UnitReading | null = unit === undefined ? null : textUnit(unit);
  if (reading?.dimension === 'pace') {
    const seconds = a * 60 + b;
    const perSecond = reading.toBase / 60;
    return [{ dimension: 'pace', base: seconds * perSecond, raw: seconds, halfStep: 0.5 * perSecond }];
  }
  const duration = (seconds: number, halfStep: number): Quantity => ({
    dimension: 'duration',
    base: seconds,
    raw: seconds,
    halfStep,
  });
  if (parts.length === 3) return [duration(a * 3600 + b * 60 + c, 0.5)];
  const minSec = duration(a * 60 + b, 0.5);
  const hourMin = duration(a * 3600 + b * 60, 30);
  if (reading?.dimension !== 'duration') return [minSec, hourMin];
  return reading.toBase === 3600 ? [hourMin] : [minSec];
}

/** "200-220 W", "5 to 8 km": the first number of a range takes the unit of the second. */
function shareRangeUnits(text: string, tokens: NumberToken[]): NumberToken[] {
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    const bare = t.readings.length === 1 && t.readings[0]!.dimension === 'other' && !/[a-z%]$/i.test(t.text);
    if (!next || !bare || !/^\s?(?:-|\u2013|to)\s?$/.test(text.slice(t.end, next.start))) return t;
    const unit = next.readings[0];
    if (!unit || unit.dimension === 'other' || next.readings.length !== 1 || unit.raw === 0) return t;
    const toBase = unit.base / unit.raw;
    const q = t.readings[0]!;
    return {
      ...t,
      readings: [{ dimension: unit.dimension, base: q.raw * toBase, raw: q.raw, halfStep: q.halfStep * toBase }],
    };
  });
}

function notClaimSpans(text: string): [number, number][] {
  return NOT_CLAIMS.flatMap((re) =>
    [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  );
}
