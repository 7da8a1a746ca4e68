// The first message of a summary: the facts about one session or one period,
// read from the local database and rendered by factsMessage. Samples are read
// only to analyse the session itself (power, decoupling, best efforts); no
// position, sample or raw number leaves this file, only facts.
import {
  analyzeSession,
  dayNumber,
  dayToIsoDate,
  doneSession,
  formFacts,
  formOutlook,
  intentFacts,
  isoDateToDay,
  localDay,
  matchPlans,
  periodFacts,
  planFacts,
  recordProgression,
  sessionBests,
  sessionFacts,
  sessionRecord,
  trendFacts,
  type Fact,
  type PlannedSession,
  type SessionBest,
  type SessionCompliance,
  type SessionRecord,
} from '../../shared/analytics';
import type { UnitSystem } from '../../shared/model';
import {
  factsMessage,
  type FactsMessage,
  type SessionRefs,
  type InsightSubject,
  type QuotedText,
} from '../../shared/ai';
import { earlierSummaries } from './earlier-summaries';
import {
  formGoal,
  getStreams,
  listDatedNotes,
  listPlans,
  listSessionNotes,
  listWellness,
  readFormChoice,
  readScoredSessions,
  readTrainingLog,
  toSession,
  withCorrectedLoad,
  type SessionRow,
  type SessionsDb,
  type ScoredSessions,
} from '../db';

export interface InsightPrompt {
  /** The cache key: 'session:<id>' or 'week:<monday>' / 'block:<from>..<to>'. */
  readonly subjectKey: string;
  readonly subject: InsightSubject;
  readonly message: FactsMessage;
  /** The athlete's own words (titles, notes, reflections): in the message, kept out because notes are not allowed, or none. */
  readonly athleteText: AthleteText;
}

export type AthleteText = 'shared' | 'withheld' | 'none';

export interface PromptOptions {
  /** Titles, notes and reflections go in only when the athlete allowed it. */
  readonly allowNotes: boolean;
  /** The athlete's units for distances, ascent and speed (default metric). */
  readonly units?: UnitSystem;
  /** The conversation's session references, when a tool builds facts in one already under way. */
  readonly refs?: SessionRefs;
  /** The athlete's local day taken as today (default: now's). */
  readonly today?: number;
}

export async function sessionPrompt(
  db: SessionsDb,
  sessionId: string,
  options: PromptOptions,
): Promise<InsightPrompt | null> {
  const log = await readTrainingLog(db);
  const data = await readScoredSessions(db);
  const index = data.rows.findIndex((r) => r.id === sessionId);
  const row = data.rows[index];
  if (row === undefined) return null;
  const session = toSession(row, await getStreams(db, sessionId));
  const analysis = withCorrectedLoad(row, analyzeSession(session, data.profile), data.profile);
  const day = dayNumber(row.start, row.utcOffsetS);
  const date = dayToIsoDate(day);
  const record = sessionRecord(session, analysis.load);
  const units = options.units ?? 'metric';
  const intent = await plannedFor(db, data, record);
  const facts = [
    ...sessionFacts({
      session: record,
      summary: session,
      units,
      analysis,
      history: data.records,
      log,
      records: await recordsUpTo(db, data, row),
    }),
    ...(intent.matched
      ? intentFacts({ ...intent.matched, session: record, laps: session.laps, units })
      : planFacts(intent.plans)),
  ];
  const words: QuotedText[] = [
    ...(row.title ? [{ label: 'Session title', text: row.title }] : []),
    ...(row.notes ? [{ label: 'Athlete note', text: row.notes }] : []),
    ...(await sessionNotes(db, sessionId, date)),
    ...intent.plans.flatMap((p) => (p.title ? [{ label: 'Planned session', text: p.title }] : [])),
  ];
  const { quoted, athleteText } = shareIfAllowed(words, options);
  const subject: InsightSubject = { kind: 'session', sessionId, sport: row.sport, date };
  return {
    subjectKey: `session:${sessionId}`,
    subject,
    message: factsMessage({ subject, facts, quoted, ...refsOf(options) }),
    athleteText,
  };
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
  const { athleteText, ...inputs } = await periodInputs(db, from, to, options);
  return { subjectKey, subject, message: factsMessage({ subject, ...inputs }), athleteText };
}

/** A chat's first message: the question, with the facts of the week it is asked in (the tools fetch the rest). */
export async function questionPrompt(
  db: SessionsDb,
  question: string,
  week: { from: string; to: string },
  options: PromptOptions,
): Promise<InsightPrompt> {
  const subject: InsightSubject = { kind: 'question', question };
  const { athleteText, ...inputs } = await periodInputs(db, week.from, week.to, options);
  return { subjectKey: `question:${question}`, subject, message: factsMessage({ subject, ...inputs }), athleteText };
}

async function periodInputs(
  db: SessionsDb,
  from: string,
  to: string,
  options: PromptOptions,
): Promise<{ facts: Fact[]; quoted: QuotedText[]; earlier: QuotedText[]; athleteText: AthleteText }> {
  const fromDay = isoDateToDay(from);
  const toDay = isoDateToDay(to);
  const log = await readTrainingLog(db, toDay);
  const data = await readScoredSessions(db);
  const [plans, wellness] = await Promise.all([
    listPlans(db),
    // Every day up to the period's end: wellness flags compare with the athlete's own baseline.
    listWellness(db, to),
  ]);
  const sessions = data.records;
  const facts = [
    ...periodFacts({ fromDay, toDay, sessions, log, plans, wellness, units: options.units ?? 'metric' }),
    ...trendFacts({ fromDay, toDay, sessions, log }),
  ];
  // A period holding today also gets what load today keeps form in the athlete's band, so advice is computed.
  const today = options.today ?? localDay();
  if (today >= fromDay && today <= toDay)
    facts.push(...formFacts(formOutlook(log, today, plans, formGoal(await readFormChoice(db)))));
  const earlier = await earlierSummaries(db, fromDay, toDay, sessions);
  const inPeriod = (date: string) => date >= from && date <= to;
  const notes = await listDatedNotes(db, from, to);
  const words: QuotedText[] = [
    ...plans.flatMap((p) => (p.title && inPeriod(p.date) ? [{ label: 'Planned session', text: p.title }] : [])),
    ...wellness.flatMap((w) =>
      w.notes && inPeriod(w.date) ? [{ label: `Wellness note ${w.date}`, text: w.notes }] : [],
    ),
    ...notes.map((n) => ({
      label: n.kind === 'reflection' ? `Reflection ${n.date}` : `Athlete note ${n.date}`,
      text: n.text,
    })),
  ];
  const { quoted, athleteText } = shareIfAllowed(words, options);
  // Earlier answers may restate the athlete's notes, so they go only where the notes may.
  if (options.allowNotes || earlier.length === 0) return { facts, earlier, quoted, athleteText };
  return { facts, earlier: [], quoted, athleteText: 'withheld' };
}

/** The athlete's words go in only when allowed; either way, the panel learns whether there were any (to ask once). */
function shareIfAllowed(
  words: QuotedText[],
  options: PromptOptions,
): { quoted: QuotedText[]; athleteText: AthleteText } {
  if (words.length === 0) return { quoted: [], athleteText: 'none' };
  return options.allowNotes ? { quoted: words, athleteText: 'shared' } : { quoted: [], athleteText: 'withheld' };
}

function refsOf(options: PromptOptions): { refs?: SessionRefs } {
  return options.refs ? { refs: options.refs } : {};
}

/** The session's notes and reflections, and those of its day not tied to another session. */
async function sessionNotes(db: SessionsDb, sessionId: string, date: string): Promise<QuotedText[]> {
  const [own, ofDay] = await Promise.all([listSessionNotes(db, sessionId), listDatedNotes(db, date, date)]);
  const notes = [...own, ...ofDay.filter((n) => n.sessionId === null)];
  return notes.map((n) => ({ label: n.kind === 'reflection' ? 'Reflection' : 'Athlete note', text: n.text }));
}

/**
 * The plan the session carried out, matched among the day's plans and
 * sessions as the calendar matches them; without a match, the day's plans of
 * its sport, so an unplanned session is still seen beside what was planned.
 */
async function plannedFor(
  db: SessionsDb,
  data: ScoredSessions,
  session: SessionRecord,
): Promise<{ plans: PlannedSession[]; matched: { plan: PlannedSession; compliance: SessionCompliance } | null }> {
  const date = dayToIsoDate(session.day);
  const dayPlans = await listPlans(db, { from: date, to: date });
  const sameDay = data.records.filter((r) => r.day === session.day).map(doneSession);
  const compliance = matchPlans(dayPlans, sameDay).plans.find((m) => m.doneId === session.id);
  const plan = dayPlans.find((p) => p.id === compliance?.plannedId);
  if (plan && compliance) return { plans: [plan], matched: { plan, compliance } };
  return { plans: dayPlans.filter((p) => p.sport === session.sport), matched: null };
}

/**
 * Best efforts of the session and of every earlier session of its sport, so a
 * record names the one it beat. Each earlier session's samples are read and
 * analysed one at a time and dropped.
 */
async function recordsUpTo(db: SessionsDb, data: ScoredSessions, target: SessionRow) {
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
