// The chat's tools, run in the extension against the local database
// (shared/ai/tools.ts defines and parses them). Read-only: nothing here
// writes. No tool returns positions or samples; titles, notes and plan labels
// only when the athlete allowed notes, and then quoted as data after the JSON,
// the way the first message quotes them (shared/ai/facts-message.ts). Each
// numeric result also comes back as facts, so the answer's numbers can be
// checked against what the tools said.
import { isRepeat, type PlanStep, round } from '../../shared/model';
import {
  dayNumber,
  baselineOn,
  dayToIsoDate,
  doneSession,
  fitnessFacts,
  flattenSteps,
  foundSessionFacts,
  isoDateToDay,
  matchPlans,
  normalRangeFacts,
  planFacts,
  WELLNESS_METRICS,
  wellnessFacts,
  type Fact,
  type PlannedSession,
} from '../../shared/analytics';
import {
  parseToolCall,
  quotedSection,
  SessionRefs,
  type DateRange,
  type FindSessionsInput,
  type QuotedText,
  type ToolCall,
  type ToolName,
} from '../../shared/ai';
import { listPlans, listWellness, readScoredSessions, readTrainingLog, sessionsOnDays, type SessionsDb } from '../db';
import { sessionPrompt } from './prompt-for';
import type { RunTool, ToolOutput } from './run-conversation';

/**
 * What each tool's result holds, in the athlete's words: the consent screen
 * lists these, since a result goes to the model later in a conversation.
 */
export const LOOK_UP_RESULTS: Readonly<Record<ToolName, string>> = {
  find_sessions: "sessions' dates, sports, moving times, distances, average heart rates and loads",
  get_session_facts: "one session's summary numbers and comparisons, as in the facts below",
  get_fitness: 'daily load, fitness, fatigue and form',
  get_wellness: 'wellness days (resting heart rate, HRV, sleep, ...) and your normal range',
  get_plan: 'planned sessions, their targets and whether they were done',
};

export interface LocalToolOptions {
  readonly allowNotes: boolean;
  /** The conversation's short session references (its first message's), so "s3" means the same session in every result. */
  readonly refs?: SessionRefs;
}

interface ToolContext {
  readonly allowNotes: boolean;
  readonly refs: SessionRefs;
}

export function localTools(db: SessionsDb, options: LocalToolOptions): RunTool {
  const context: ToolContext = { allowNotes: options.allowNotes, refs: options.refs ?? new SessionRefs() };
  return async (name, input) => {
    const parsed = parseToolCall(name, input);
    if (!parsed.ok) return failed(parsed.error);
    try {
      return await run(db, parsed.call, context);
    } catch (error) {
      return failed(`The local database could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function run(db: SessionsDb, call: ToolCall, options: ToolContext): Promise<ToolOutput> {
  switch (call.name) {
    case 'find_sessions':
      return findSessions(db, call.input, options);
    case 'get_session_facts':
      return sessionFactsOf(db, call.input.sessionId, options);
    case 'get_fitness':
      return fitness(db, call.input);
    case 'get_wellness':
      return wellness(db, call.input, options);
    case 'get_plan':
      return plan(db, call.input, options);
  }
}

async function findSessions(db: SessionsDb, input: FindSessionsInput, options: ToolContext): Promise<ToolOutput> {
  const { rows, records } = await readScoredSessions(db);
  const query = options.allowNotes ? (input.query?.toLowerCase() ?? null) : null;
  const found = rows
    .map((row, i) => ({ row, record: records[i]! }))
    .filter(({ row, record }) => {
      const date = dayToIsoDate(record.day);
      if (input.sport !== null && row.sport !== input.sport) return false;
      if ((input.from !== null && date < input.from) || (input.to !== null && date > input.to)) return false;
      return query === null || `${row.title ?? ''} ${row.notes ?? ''}`.toLowerCase().includes(query);
    })
    .slice(-input.limit)
    .reverse();
  const facts = foundSessionFacts(found.map(({ record }) => record));
  const sessions = found.map(({ record: r }) => ({
    id: options.refs.refFor(r.id),
    date: dayToIsoDate(r.day),
    sport: r.sport,
    movingMin: round(r.movingS / 60, 0),
    distanceKm: r.distanceM === null ? null : round(r.distanceM / 1000, 2),
    avgHr: r.avgHr === null ? null : round(r.avgHr, 0),
    load: r.load === null ? null : round(r.load.value, 0),
  }));
  const titles = options.allowNotes
    ? found.flatMap(({ row }) =>
        row.title ? [{ label: `Title of session ${options.refs.refFor(row.id)}`, text: row.title }] : [],
      )
    : [];
  const note =
    input.query !== null && !options.allowNotes
      ? 'The athlete keeps titles and notes private, so the text search was not applied.'
      : undefined;
  return ok({ sessions, ...(note ? { note } : {}) }, facts, titles);
}

async function sessionFactsOf(db: SessionsDb, asked: string, options: ToolContext): Promise<ToolOutput> {
  const prompt = await sessionPrompt(db, options.refs.idFor(asked), options);
  if (prompt === null)
    return failed(`No session "${asked}" in the athlete's library; use a reference from the facts or find_sessions.`);
  return { content: prompt.message.text, isError: false, facts: prompt.message.facts };
}

async function fitness(db: SessionsDb, range: DateRange): Promise<ToolOutput> {
  const toDay = isoDateToDay(range.to);
  const fromDay = isoDateToDay(range.from);
  const log = await readTrainingLog(db, toDay);
  // A day's load names its sessions: those of the days asked, from the session index.
  const byDay = new Map<number, string[]>();
  for (const row of await sessionsOnDays(db, fromDay, toDay)) {
    const day = dayNumber(row.start, row.utcOffsetS);
    byDay.set(day, [...(byDay.get(day) ?? []), row.id]);
  }
  const rows = log.rows(fromDay, toDay);
  const facts = fitnessFacts(log, fromDay, toDay, byDay);
  const days = rows.map((r) => ({
    date: r.date,
    load: round(r.load, 0),
    ctl: round(r.ctl, 1),
    atl: round(r.atl, 1),
    tsb: round(r.tsb, 1),
  }));
  return ok({ days, ...(days.length === 0 ? { note: 'No training recorded up to that range.' } : {}) }, facts);
}

async function wellness(db: SessionsDb, range: DateRange, options: ToolContext): Promise<ToolOutput> {
  // Every day up to the range's end: the normal range is the athlete's own last 60 days.
  const upTo = await listWellness(db, range.to);
  const rows = upTo.filter((w) => w.date >= range.from);
  const days = rows.map(({ id: _id, updatedAt: _u, deletedAt: _d, notes: _n, ...day }) => day);
  const notes = options.allowNotes
    ? rows.flatMap((w) => (w.notes ? [{ label: `Wellness note of ${w.date}`, text: w.notes }] : []))
    : [];
  const toDay = isoDateToDay(range.to);
  const normal = WELLNESS_METRICS.map((metric) => baselineOn(upTo, metric, toDay)).filter((b) => b.position !== null);
  const normalRanges = normal.map((b) => ({
    metric: b.metric,
    recent: round(b.recent, 1),
    low: round(b.low, 1),
    high: round(b.high, 1),
    position: b.position,
  }));
  return ok({ days, normalRanges }, [...rows.flatMap(wellnessFacts), ...normalRangeFacts(normal, range.to)], notes);
}

async function plan(db: SessionsDb, range: DateRange, options: ToolContext): Promise<ToolOutput> {
  const rows = await listPlans(db, range);
  const { records } = await readScoredSessions(db);
  const [fromDay, toDay] = [isoDateToDay(range.from), isoDateToDay(range.to)];
  const done = records.filter((r) => r.day >= fromDay && r.day <= toDay).map(doneSession);
  const match = matchPlans(rows, done);
  const planned = rows.map(({ updatedAt: _u, deletedAt: _d, title: _t, steps, ...p }) => {
    const m = match.plans.find((c) => c.plannedId === p.id);
    const status =
      m?.doneId == null ? 'missed or not yet done' : m.colour === 'green' ? 'done as planned' : 'done off target';
    const unlabelled = steps?.map((item) =>
      isRepeat(item) ? { ...item, steps: item.steps.map(withoutLabel) } : withoutLabel(item),
    );
    const doneRef = m?.doneId == null ? null : options.refs.refFor(m.doneId);
    return { ...p, ...(unlabelled ? { steps: unlabelled } : {}), status, doneSession: doneRef };
  });
  return ok({ planned }, planFacts(rows), options.allowNotes ? rows.flatMap(planTexts) : []);
}

/** A planned session's name and its steps' labels, as the athlete wrote them. */
function planTexts(plan: PlannedSession): QuotedText[] {
  const title = plan.title ? [{ label: `Planned session ${plan.id}`, text: plan.title }] : [];
  const steps = flattenSteps(plan.steps ?? []).flatMap((step, i) =>
    step.label ? [{ label: `Step ${i + 1} of planned session ${plan.id}`, text: step.label }] : [],
  );
  return [...title, ...steps];
}

/** A step without the athlete's words (a label goes only as quoted text, when notes are allowed). */
function withoutLabel({ label: _l, ...step }: PlanStep): PlanStep {
  return step;
}

/** The result as JSON, then any of the athlete's text quoted as data. */
function ok(value: unknown, facts: readonly Fact[], quoted: readonly QuotedText[] = []): ToolOutput {
  const json = JSON.stringify(value);
  return { content: quoted.length === 0 ? json : `${json}\n\n${quotedSection(quoted)}`, isError: false, facts };
}

function failed(message: string): ToolOutput {
  return { content: message, isError: true, facts: [] };
}
