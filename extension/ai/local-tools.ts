// The chat's tools, run in the extension against the local database
// (shared/ai/tools.ts defines and parses them). Read-only: nothing here
// writes. No tool returns positions or samples; titles and notes only when
// the athlete allowed notes. Each numeric result also comes back as facts, so
// the answer's numbers can be checked against what the tools said.
import {
  baselineOn,
  dayToIsoDate,
  isoDateToDay,
  matchPlans,
  WELLNESS_METRICS,
  type Fact,
} from '../../shared/analytics';
import { parseToolCall, type DateRange, type FindSessionsInput, type ToolCall } from '../../shared/ai';
import { listPlans, listWellness, readTraining, type SessionsDb } from '../db';
import { planFacts } from './plan-facts';
import { sessionPrompt } from './prompt-for';
import type { RunTool, ToolOutput } from './run-conversation';
import { wellnessFacts } from './wellness-facts';

export interface LocalToolOptions {
  readonly allowNotes: boolean;
}

export function localTools(db: SessionsDb, options: LocalToolOptions): RunTool {
  return async (name, input) => {
    const parsed = parseToolCall(name, input);
    if (!parsed.ok) return failed(parsed.error);
    try {
      return await run(db, parsed.call, options);
    } catch (error) {
      return failed(`The local database could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function run(db: SessionsDb, call: ToolCall, options: LocalToolOptions): Promise<ToolOutput> {
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

async function findSessions(db: SessionsDb, input: FindSessionsInput, options: LocalToolOptions): Promise<ToolOutput> {
  const { rows, records } = await readTraining(db);
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
  const facts: Fact[] = found.flatMap(({ record: r }) => {
    const own = [r.id];
    const date = dayToIsoDate(r.day);
    const f: Fact[] = [
      {
        id: `found.${r.id}.time`,
        value: round(r.movingS / 60, 0),
        unit: 'min',
        label: `${r.sport} on ${date}: ${round(r.movingS / 60, 0)} min moving`,
        sessionIds: own,
      },
    ];
    if (r.distanceM !== null)
      f.push({
        id: `found.${r.id}.distance`,
        value: round(r.distanceM / 1000, 2),
        unit: 'km',
        label: `${r.sport} on ${date}: ${round(r.distanceM / 1000, 2)} km`,
        sessionIds: own,
      });
    if (r.avgHr !== null)
      f.push({
        id: `found.${r.id}.hr`,
        value: round(r.avgHr, 0),
        unit: 'bpm',
        label: `${r.sport} on ${date}: average HR ${round(r.avgHr, 0)} bpm`,
        sessionIds: own,
      });
    if (r.load !== null)
      f.push({
        id: `found.${r.id}.load`,
        value: round(r.load.value, 0),
        unit: 'load',
        label: `${r.sport} on ${date}: load ${round(r.load.value, 0)}`,
        sessionIds: own,
      });
    return f;
  });
  const sessions = found.map(({ row, record: r }) => ({
    id: r.id,
    date: dayToIsoDate(r.day),
    sport: r.sport,
    movingMin: round(r.movingS / 60, 0),
    distanceKm: r.distanceM === null ? null : round(r.distanceM / 1000, 2),
    avgHr: r.avgHr === null ? null : round(r.avgHr, 0),
    load: r.load === null ? null : round(r.load.value, 0),
    ...(options.allowNotes && row.title ? { title: row.title } : {}),
  }));
  const note =
    input.query !== null && !options.allowNotes
      ? 'The athlete keeps titles and notes private, so the text search was not applied.'
      : undefined;
  return ok({ sessions, ...(note ? { note } : {}) }, facts);
}

async function sessionFactsOf(db: SessionsDb, sessionId: string, options: LocalToolOptions): Promise<ToolOutput> {
  const prompt = await sessionPrompt(db, sessionId, options);
  if (prompt === null)
    return failed(`No session with id "${sessionId}" in the athlete's library; use find_sessions for ids.`);
  return { content: prompt.message.text, isError: false, facts: prompt.message.facts };
}

async function fitness(db: SessionsDb, range: DateRange): Promise<ToolOutput> {
  const toDay = isoDateToDay(range.to);
  const { log } = await readTraining(db, toDay);
  const byDay = new Map<number, string[]>();
  for (const e of log.allEntries()) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e.id]);
  const rows = log.rows(isoDateToDay(range.from), toDay);
  const facts = rows.flatMap((r): Fact[] => {
    const ids = byDay.get(r.day) ?? [];
    return [
      {
        id: `fitness.${r.date}.ctl`,
        value: round(r.ctl, 1),
        unit: 'load/day',
        label: `Fitness (CTL) on ${r.date} ${round(r.ctl, 1)}`,
        sessionIds: [],
      },
      {
        id: `fitness.${r.date}.atl`,
        value: round(r.atl, 1),
        unit: 'load/day',
        label: `Fatigue (ATL) on ${r.date} ${round(r.atl, 1)}`,
        sessionIds: [],
      },
      {
        id: `fitness.${r.date}.tsb`,
        value: round(r.tsb, 1),
        unit: 'load/day',
        label: `Form (TSB) on ${r.date} ${round(r.tsb, 1)}`,
        sessionIds: [],
      },
      {
        id: `fitness.${r.date}.load`,
        value: round(r.load, 0),
        unit: 'load',
        label: `Load on ${r.date} ${round(r.load, 0)}`,
        sessionIds: ids,
      },
    ];
  });
  const days = rows.map((r) => ({
    date: r.date,
    load: round(r.load, 0),
    ctl: round(r.ctl, 1),
    atl: round(r.atl, 1),
    tsb: round(r.tsb, 1),
  }));
  return ok({ days, ...(days.length === 0 ? { note: 'No training recorded up to that range.' } : {}) }, facts);
}

async function wellness(db: SessionsDb, range: DateRange, options: LocalToolOptions): Promise<ToolOutput> {
  // Every day up to the range's end: the normal range is the athlete's own last 60 days.
  const upTo = await listWellness(db, range.to);
  const rows = upTo.filter((w) => w.date >= range.from);
  const days = rows.map(({ id: _id, updatedAt: _u, deletedAt: _d, notes, ...day }) =>
    options.allowNotes && notes ? { ...day, notes } : day,
  );
  const toDay = isoDateToDay(range.to);
  const normal = WELLNESS_METRICS.map((metric) => baselineOn(upTo, metric, toDay)).filter((b) => b.position !== null);
  const normalFacts: Fact[] = normal.map((b) => ({
    id: `wellness.normal.${range.to}.${b.metric}`,
    value: round(b.recent, 1),
    unit: b.metric,
    label: `${b.metric} 7-day average ${round(b.recent, 1)} to ${range.to}, normal range ${round(b.low, 1)}-${round(b.high, 1)} (${b.position})`,
    sessionIds: [],
  }));
  const normalRanges = normal.map((b) => ({
    metric: b.metric,
    recent: round(b.recent, 1),
    low: round(b.low, 1),
    high: round(b.high, 1),
    position: b.position,
  }));
  return ok({ days, normalRanges }, [...rows.flatMap(wellnessFacts), ...normalFacts]);
}

async function plan(db: SessionsDb, range: DateRange, options: LocalToolOptions): Promise<ToolOutput> {
  const rows = await listPlans(db, range);
  const { records } = await readTraining(db);
  const [fromDay, toDay] = [isoDateToDay(range.from), isoDateToDay(range.to)];
  const done = records
    .filter((r) => r.day >= fromDay && r.day <= toDay)
    .map((r) => ({
      id: r.id,
      day: r.day,
      sport: r.sport,
      movingS: r.movingS,
      distanceM: r.distanceM,
      load: r.load?.value ?? null,
    }));
  const match = matchPlans(rows, done);
  const planned = rows.map(({ updatedAt: _u, deletedAt: _d, title, ...p }) => {
    const m = match.plans.find((c) => c.plannedId === p.id);
    const status =
      m?.doneId == null ? 'missed or not yet done' : m.colour === 'green' ? 'done as planned' : 'done off target';
    return { ...p, ...(options.allowNotes && title ? { title } : {}), status, doneSessionId: m?.doneId ?? null };
  });
  return ok({ planned }, planFacts(rows));
}

function ok(value: unknown, facts: readonly Fact[]): ToolOutput {
  return { content: JSON.stringify(value), isError: false, facts };
}

function failed(message: string): ToolOutput {
  return { content: message, isError: true, facts: [] };
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
