// The first message of a summary: the facts about one session or one period,
// read from the local database and rendered by factsMessage. Samples are read
// only to analyse the session itself (power, decoupling, best efforts); no
// position, sample or raw number leaves this file, only facts.
import {
  analyzeSession,
  dayNumber,
  dayToIsoDate,
  formFacts,
  formOutlook,
  isoDateToDay,
  localDay,
  periodFacts,
  planFacts,
  recordProgression,
  sessionBests,
  sessionFacts,
  sessionRecord,
  type Fact,
  type SessionBest,
} from '../../shared/analytics';
import { factsMessage, type FactsMessage, type InsightSubject, type QuotedText } from '../../shared/ai';
import {
  formGoal,
  getStreams,
  listDatedNotes,
  listPlans,
  listSessionNotes,
  listWellness,
  readFormChoice,
  readTraining,
  toSession,
  type SessionRow,
  type SessionsDb,
  type Training,
} from '../db';

export interface InsightPrompt {
  /** The cache key: 'session:<id>' or 'week:<monday>' / 'block:<from>..<to>'. */
  readonly subjectKey: string;
  readonly subject: InsightSubject;
  readonly message: FactsMessage;
}

export interface PromptOptions {
  /** Titles, notes and reflections go in only when the athlete allowed it. */
  readonly allowNotes: boolean;
  /** The athlete's local day taken as today (default: now's). */
  readonly today?: number;
}

export async function sessionPrompt(
  db: SessionsDb,
  sessionId: string,
  options: PromptOptions,
): Promise<InsightPrompt | null> {
  const data = await readTraining(db);
  const index = data.rows.findIndex((r) => r.id === sessionId);
  const row = data.rows[index];
  if (row === undefined) return null;
  const session = toSession(row, await getStreams(db, sessionId));
  const analysis = analyzeSession(session, data.profile);
  const day = dayNumber(row.start, row.utcOffsetS);
  const date = dayToIsoDate(day);
  const plans = (await listPlans(db, { from: date, to: date })).filter((p) => p.sport === row.sport);
  const facts = [
    ...sessionFacts({
      session: sessionRecord(session, analysis.load),
      analysis,
      history: data.records,
      log: data.log,
      records: await recordsUpTo(db, data, row),
    }),
    ...planFacts(plans),
  ];
  const quoted: QuotedText[] = options.allowNotes
    ? [
        ...(row.title ? [{ label: 'Session title', text: row.title }] : []),
        ...(row.notes ? [{ label: 'Athlete note', text: row.notes }] : []),
        ...(await sessionNotes(db, sessionId)),
        ...plans.flatMap((p) => (p.title ? [{ label: 'Planned session', text: p.title }] : [])),
      ]
    : [];
  const subject: InsightSubject = { kind: 'session', sessionId, sport: row.sport, date };
  return { subjectKey: `session:${sessionId}`, subject, message: factsMessage({ subject, facts, quoted }) };
}

/** A week (7 days from a Monday) or any block of days, inclusive ISO dates. */
export async function periodPrompt(
  db: SessionsDb,
  from: string,
  to: string,
  options: PromptOptions,
): Promise<InsightPrompt> {
  const subject: InsightSubject = { kind: 'period', from, to };
  const subjectKey = isoDateToDay(to) - isoDateToDay(from) === 6 ? `week:${from}` : `block:${from}..${to}`;
  return { subjectKey, subject, message: factsMessage({ subject, ...(await periodInputs(db, from, to, options)) }) };
}

/** A chat's first message: the question, with the facts of the week it is asked in (the tools fetch the rest). */
export async function questionPrompt(
  db: SessionsDb,
  question: string,
  week: { from: string; to: string },
  options: PromptOptions,
): Promise<InsightPrompt> {
  const subject: InsightSubject = { kind: 'question', question };
  return {
    subjectKey: `question:${question}`,
    subject,
    message: factsMessage({ subject, ...(await periodInputs(db, week.from, week.to, options)) }),
  };
}

async function periodInputs(
  db: SessionsDb,
  from: string,
  to: string,
  options: PromptOptions,
): Promise<{ facts: Fact[]; quoted: QuotedText[] }> {
  const fromDay = isoDateToDay(from);
  const toDay = isoDateToDay(to);
  const data = await readTraining(db, toDay);
  const [plans, wellness] = await Promise.all([
    listPlans(db),
    // Every day up to the period's end: wellness flags compare with the athlete's own baseline.
    listWellness(db, to),
  ]);
  const facts = periodFacts({ fromDay, toDay, sessions: data.records, log: data.log, plans, wellness });
  // A period holding today also gets what load today keeps form in the athlete's band, so advice is computed.
  const today = options.today ?? localDay();
  if (today >= fromDay && today <= toDay)
    facts.push(...formFacts(formOutlook(data.log, today, plans, formGoal(await readFormChoice(db)))));
  if (!options.allowNotes) return { facts, quoted: [] };
  const inPeriod = (date: string) => date >= from && date <= to;
  const notes = await listDatedNotes(db, from, to);
  const quoted: QuotedText[] = [
    ...plans.flatMap((p) => (p.title && inPeriod(p.date) ? [{ label: 'Planned session', text: p.title }] : [])),
    ...wellness.flatMap((w) =>
      w.notes && inPeriod(w.date) ? [{ label: `Wellness note ${w.date}`, text: w.notes }] : [],
    ),
    ...notes.map((n) => ({
      label: n.kind === 'reflection' ? `Reflection ${n.date}` : `Athlete note ${n.date}`,
      text: n.text,
    })),
  ];
  return { facts, quoted };
}

async function sessionNotes(db: SessionsDb, sessionId: string): Promise<QuotedText[]> {
  const notes = await listSessionNotes(db, sessionId);
  return notes.map((n) => ({ label: n.kind === 'reflection' ? 'Reflection' : 'Athlete note', text: n.text }));
}

/**
 * Best efforts of the session and of every earlier session of its sport, so a
 * record names the one it beat. Each earlier session's samples are read and
 * analysed one at a time and dropped.
 */
async function recordsUpTo(db: SessionsDb, data: Training, target: SessionRow) {
  const bests: SessionBest[] = [];
  for (const row of data.rows) {
    if (row.sport !== target.sport || row.start > target.start) continue;
    const streams = await getStreams(db, row.id);
    if (streams === undefined) continue;
    const analysis = analyzeSession(toSession(row, streams), data.profile);
    bests.push(...sessionBests(analysis, row.sport, dayNumber(row.start, row.utcOffsetS)));
  }
  return recordProgression(bests);
}
