// The tools the model may call in the chat. They run in the extension against
// the local database and only read: no tool writes, and none returns GPS
// positions (the executor answers with summaries and facts, never streams).
// Definition shape {name, description, input_schema (JSON Schema)}:
// https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use
import { dayToIsoDate, isoDateToDay } from '../analytics/common/day';
import { SPORTS } from '../model';
import type { Sport } from '../model';

export type ToolName = 'find_sessions' | 'get_session_facts' | 'get_fitness' | 'get_wellness' | 'get_plan';

export interface ToolDefinition {
  readonly name: ToolName;
  readonly description: string;
  readonly input_schema: {
    readonly type: 'object';
    readonly properties: Readonly<Record<string, unknown>>;
    readonly required: readonly string[];
    readonly additionalProperties: false;
  };
}

/** Inclusive ISO local dates, 'YYYY-MM-DD'. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export interface FindSessionsInput {
  readonly sport: Sport | null;
  readonly from: string | null;
  readonly to: string | null;
  /** Words to look for in session titles (and notes, when the athlete shares them). */
  readonly query: string | null;
  readonly limit: number;
}

export type ToolCall =
  | { readonly name: 'find_sessions'; readonly input: FindSessionsInput }
  | { readonly name: 'get_session_facts'; readonly input: { readonly sessionId: string } }
  | { readonly name: 'get_fitness'; readonly input: DateRange }
  | { readonly name: 'get_wellness'; readonly input: DateRange }
  | { readonly name: 'get_plan'; readonly input: DateRange };

export type ParsedToolCall =
  | { readonly ok: true; readonly call: ToolCall }
  | { readonly ok: false; readonly error: string };

export const FIND_SESSIONS_DEFAULT_LIMIT = 10;
export const FIND_SESSIONS_MAX_LIMIT = 50;
/** Longest range a series tool returns, so one tool result stays a few thousand tokens. */
export const MAX_RANGE_DAYS = 366;

const date = (what: string) => ({
  type: 'string',
  format: 'date',
  description: `${what}, YYYY-MM-DD (the athlete's local date)`,
});
const range = {
  type: 'object',
  properties: { from: date('First day, inclusive'), to: date('Last day, inclusive') },
  required: ['from', 'to'],
  additionalProperties: false,
} as const;

export const AI_TOOLS: readonly ToolDefinition[] = [
  {
    name: 'find_sessions',
    description:
      "Lists the athlete's sessions, newest first: a short reference (s3), date, sport, moving time, distance, load, and the title when the athlete shares titles and notes. " +
      'Use it to find sessions to compare or to look up; then get_session_facts for the details of one.',
    input_schema: {
      type: 'object',
      properties: {
        sport: { type: 'string', enum: SPORTS, description: 'Only this sport.' },
        from: date('Earliest day, inclusive'),
        to: date('Latest day, inclusive'),
        query: {
          type: 'string',
          description: 'Words to look for in session titles (only when the athlete shares titles and notes).',
        },
        limit: {
          type: 'integer',
          minimum: 1,
          maximum: FIND_SESSIONS_MAX_LIMIT,
          description: `How many sessions at most (default ${FIND_SESSIONS_DEFAULT_LIMIT}).`,
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  {
    name: 'get_session_facts',
    description:
      "One session's facts: load, power and heart-rate numbers, how it compares with similar sessions, records set, " +
      'and form on that day. Each fact has an id and the sessions behind it.',
    input_schema: {
      type: 'object',
      properties: {
        sessionId: { type: 'string', description: 'A session reference (s3) from the facts or from find_sessions.' },
      },
      required: ['sessionId'],
      additionalProperties: false,
    },
  },
  {
    name: 'get_fitness',
    description: `The daily training-load series: load, fitness (CTL), fatigue (ATL) and form (TSB) for each day, at most ${MAX_RANGE_DAYS} days.`,
    input_schema: range,
  },
  {
    name: 'get_wellness',
    description: `Daily wellness entries (resting heart rate, HRV, sleep, weight, mood and the like) with their normal ranges, at most ${MAX_RANGE_DAYS} days.`,
    input_schema: range,
  },
  {
    name: 'get_plan',
    description: `Planned sessions in the range and whether each was done as planned, off target or missed, at most ${MAX_RANGE_DAYS} days.`,
    input_schema: range,
  },
];

type Fields = Readonly<Record<string, unknown>>;
type Check<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Checks a tool_use block's name and input against the definitions above. The
 * error goes back to the model as an is_error tool_result, so it names the
 * field and what was expected.
 */
export function parseToolCall(name: string, input: unknown): ParsedToolCall {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail(`${name}: the input must be a JSON object.`);
  const fields = input as Fields;
  switch (name) {
    case 'find_sessions':
      return parseFindSessions(fields);
    case 'get_session_facts': {
      const unknown = unknownField(name, fields, ['sessionId']);
      if (unknown) return fail(unknown);
      const id = fields.sessionId;
      if (typeof id !== 'string' || id.trim() === '')
        return fail('get_session_facts: sessionId must be a non-empty string.');
      return { ok: true, call: { name, input: { sessionId: id } } };
    }
    case 'get_fitness':
    case 'get_wellness':
    case 'get_plan': {
      const r = parseRange(name, fields);
      return r.ok ? { ok: true, call: { name, input: r.value } } : r;
    }
    default:
      return fail(`There is no tool named "${name}". The tools are: ${AI_TOOLS.map((t) => t.name).join(', ')}.`);
  }
}

function parseFindSessions(fields: Fields): ParsedToolCall {
  const name = 'find_sessions';
  const unknown = unknownField(name, fields, ['sport', 'from', 'to', 'query', 'limit']);
  if (unknown) return fail(unknown);
  const sport = fields.sport;
  if (sport !== undefined && !(SPORTS as readonly unknown[]).includes(sport))
    return fail(`${name}: sport must be one of ${SPORTS.join(', ')}.`);
  const from = optionalDate(name, 'from', fields.from);
  if (!from.ok) return from;
  const to = optionalDate(name, 'to', fields.to);
  if (!to.ok) return to;
  if (from.value !== null && to.value !== null && from.value > to.value)
    return fail(`${name}: from (${from.value}) is after to (${to.value}).`);
  const query = fields.query;
  if (query !== undefined && typeof query !== 'string') return fail(`${name}: query must be a string.`);
  const limit = fields.limit ?? FIND_SESSIONS_DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > FIND_SESSIONS_MAX_LIMIT) {
    return fail(`${name}: limit must be a whole number from 1 to ${FIND_SESSIONS_MAX_LIMIT}.`);
  }
  const text = query?.trim() ?? '';
  return {
    ok: true,
    call: {
      name,
      input: {
        sport: (sport as Sport | undefined) ?? null,
        from: from.value,
        to: to.value,
        query: text === '' ? null : text,
        limit,
      },
    },
  };
}

function parseRange(name: string, fields: Fields): Check<DateRange> {
  const unknown = unknownField(name, fields, ['from', 'to']);
  if (unknown) return fail(unknown);
  const from = optionalDate(name, 'from', fields.from);
  if (!from.ok) return from;
  const to = optionalDate(name, 'to', fields.to);
  if (!to.ok) return to;
  if (from.value === null || to.value === null) return fail(`${name}: both from and to are required (YYYY-MM-DD).`);
  const days = isoDateToDay(to.value) - isoDateToDay(from.value) + 1;
  if (days < 1) return fail(`${name}: from (${from.value}) is after to (${to.value}).`);
  if (days > MAX_RANGE_DAYS) return fail(`${name}: the range is ${days} days; ask for at most ${MAX_RANGE_DAYS}.`);
  return { ok: true, value: { from: from.value, to: to.value } };
}

function optionalDate(tool: string, field: string, value: unknown): Check<string | null> {
  if (value === undefined) return { ok: true, value: null };
  // A round trip through day numbers rejects well-formed non-dates like 2024-02-30.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = isoDateToDay(value);
    if (!Number.isNaN(day) && dayToIsoDate(day) === value) return { ok: true, value };
  }
  return fail(`${tool}: ${field} must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
}

function unknownField(tool: string, fields: Fields, known: readonly string[]): string | null {
  const extra = Object.keys(fields).filter((k) => !known.includes(k));
  return extra.length === 0
    ? null
    : `${tool}: unknown field ${extra.map((k) => `"${k}"`).join(', ')}; the fields are ${known.join(', ')}.`;
}

function fail(error: string): { readonly ok: false; readonly error: string } {
  return { ok: false, error };
}
