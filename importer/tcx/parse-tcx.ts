// TCX file -> sessions: one session per <Activity>; the activities of a
// <MultiSportSession> become the legs of one 'multisport' session. Lap totals
// come from the file where it writes them, the rest is derived from the
// track points (summarize-tcx.ts).
import { emptyResult, epochMs, formatDuration, sessionId, sha256Hex } from '../../shared/model';
import type {
  Device,
  ImportIssue,
  ImportResult,
  Lap,
  Leg,
  Session,
  SourceRef,
  Streams,
  Summary,
} from '../../shared/model';
import { type Deadline, NO_DEADLINE } from '../deadline';
import { rangeSummarizer } from '../derive';
import { withFileWarnings } from '../file-warnings';
import { MIN_XML_STRUCTURE_BYTES, structureCap, XML_STRUCTURES_FLOOR } from '../limits';
import type { RangeSummarizer } from '../derive';
import { drain, issue, neverThrows, openDocument, sourceRef, truncation } from '../xml/document';
import { mapTcxSport } from './map-tcx-sport';
import { readTcx } from './read-tcx';
import type { TcxActivityRead, TcxCreator, TcxRead } from './read-tcx';
import { combine, derivedLap, lapSummary } from './summarize-tcx';

// A TCX track point takes 200-400 bytes; sizing the columns from the file avoids most regrowth.
const BYTES_PER_POINT_GUESS = 200;

/**
 * Sessions from a TCX file. Never throws: problems come back as errors and
 * warnings naming `file`. Pass `contentHash` (sha256Hex of the bytes) when the
 * caller already has it, to save hashing the file twice.
 */
export function parseTcx(
  bytes: Uint8Array,
  file: string,
  contentHash?: string,
  deadline: Deadline = NO_DEADLINE,
): ImportResult {
  return neverThrows(file, 'TCX', () => parse(bytes, file, contentHash, deadline));
}

/** One session's worth of activities: a lone activity, or the legs of a multisport session. */
type Group = readonly TcxActivityRead[];

function parse(bytes: Uint8Array, file: string, contentHash: string | undefined, deadline: Deadline): ImportResult {
  const opened = openDocument(bytes, file, 'TrainingCenterDatabase', 'TCX', deadline);
  if ('error' in opened) return { sessions: [], warnings: [], errors: [opened.error] };
  const s = opened.scanner;
  const maxStructures = structureCap(bytes.length, XML_STRUCTURES_FLOOR, MIN_XML_STRUCTURE_BYTES);
  const read = readTcx(s, bytes.length / BYTES_PER_POINT_GUESS, maxStructures);
  drain(s);
  const cut = truncation(s);
  const result = emptyResult();
  const hash = contentHash ?? sha256Hex(bytes);

  for (const group of groups(read)) {
    const problem = unusable(group, read, file);
    if (problem) {
      result.warnings.push(problem);
      continue;
    }
    const source = sourceRef('tcx', file, bytes, hash, device(group[0]!.creator));
    result.sessions.push(toSession(group, read, source, result.sessions.length, cut));
  }
  const capped: ImportIssue[] = [];
  if (read.lapsOverCap + read.activitiesOverCap > 0) {
    const over = [
      read.lapsOverCap > 0
        ? `${read.lapsOverCap.toLocaleString('en-US')} laps were not kept as laps (their track points were)`
        : '',
      read.activitiesOverCap > 0 ? `${read.activitiesOverCap.toLocaleString('en-US')} activities were left out` : '',
    ].filter((x) => x !== '');
    capped.push(
      issue(
        file,
        'too-large',
        `${file} holds more laps and activities than its ${bytes.length.toLocaleString('en-US')} bytes can describe (at most ${maxStructures.toLocaleString('en-US')}): ${over.join(' and ')}.`,
      ),
    );
  }
  if (read.activities.length === 0 && read.activitiesOverCap === 0) {
    const what =
      read.courses > 0
        ? `holds ${read.courses} course${read.courses === 1 ? '' : 's'} (planned routes)`
        : 'holds no activity';
    result.warnings.push(issue(file, 'no-data', `${file} ${what}, not a recorded activity. Nothing was imported.`));
  }
  if (cut) {
    const points = result.sessions.reduce((n, x) => n + (x.streams?.time.length ?? 0), 0);
    const sessions = `${result.sessions.length} session${result.sessions.length === 1 ? '' : 's'}`;
    const time = formatDuration(
      result.sessions.reduce((n, x) => n + x.elapsedS, 0),
      'if-any',
    );
    const kept =
      result.sessions.length > 0
        ? `kept ${sessions} with the ${points} track points before the break (${time})`
        : 'nothing before the break could be imported';
    (result.sessions.length > 0 ? result.warnings : result.errors).push(
      issue(file, 'truncated', `${file} ${cut}: ${kept}.`),
    );
  }
  // A cap is about the whole file, so about each of its sessions (the cut above they state themselves).
  result.warnings.push(...capped);
  return { ...result, sessions: withFileWarnings(result.sessions, capped) };
}

function groups(read: TcxRead): Group[] {
  const out: TcxActivityRead[][] = [];
  let multisport = -1;
  for (const a of read.activities) {
    if (a.multisport >= 0 && a.multisport === multisport) out.at(-1)!.push(a);
    else out.push([a]);
    multisport = a.multisport;
  }
  return out;
}

function unusable(group: Group, _read: TcxRead, file: string): ImportIssue | null {
  const hasLapTimes = group.some((a) => a.laps.some((l) => l.startMs === l.startMs && l.totalTimeS > 0));
  const hasPoints = group.some((a) => a.end > a.first);
  if (hasLapTimes || hasPoints) return null;
  const a = group[0]!;
  const dropped = group.reduce((n, x) => n + x.untimed, 0);
  const id = a.idMs === a.idMs ? ` ${new Date(a.idMs).toISOString()}` : '';
  return issue(
    file,
    'no-data',
    `${file}: activity${id} has no lap times and no timed track points${dropped > 0 ? ` (${dropped} points without a time)` : ''}; it was skipped.`,
  );
}

/** The legs of a group (one per activity), each with its laps; all summarised from one summarizer over the group's points. */
function toSession(group: Group, read: TcxRead, source: SourceRef, index: number, cut: string | null): Session {
  const cols = read.columns;
  const first = group[0]!.first;
  const end = group.at(-1)!.end;
  const startMs = sessionStart(group, read);
  const streams: Streams | undefined = end > first ? cols.streams(first, end, startMs) : undefined;
  const summarizer = streams ? rangeSummarizer(streams, epochMs(startMs)) : null;
  const legs = group.map((a) => toLeg(a, summarizer, first));
  const multisport = group.length > 1 || group[0]!.multisport >= 0;
  const summary: Summary = multisport ? combine(legs, null, 'multisport', 'generic') : withoutLaps(legs[0]!);
  const notes = group.map((a) => a.notes).filter((n): n is string => n !== null);
  const lapNotes = legs
    .flatMap((_l, i) => group[i]!.laps.map((lap, k) => (lap.notes ? `Lap ${k + 1}: ${lap.notes}` : null)))
    .filter((n): n is string => n !== null);
  const allNotes = [...notes, ...lapNotes];
  return {
    ...summary,
    id: sessionId(source.contentHash, index),
    utcOffsetS: null,
    title: null,
    notes: allNotes.length > 0 ? allNotes.join('\n') : null,
    rpe: null,
    gear: null,
    laps: multisport ? [] : legs[0]!.laps,
    legs: multisport ? legs : [],
    sources: [source],
    warnings: [...sessionWarnings(group, cut), ...(multisport ? legGaps(legs) : [])],
    ...(streams ? { streams } : {}),
  };
}

function toLeg(a: TcxActivityRead, summarizer: RangeSummarizer | null, base: number): Leg {
  const sport = mapTcxSport(a.sport);
  const subSport = 'generic';
  const laps: Lap[] = a.laps.map((lap) => {
    const derived = summarizer ? derivedLap(summarizer, lap.first - base, lap.end - base, 0, sport, subSport) : null;
    return lapSummary(lap, derived, sport, subSport);
  });
  const whole =
    summarizer && a.end > a.first ? derivedLap(summarizer, a.first - base, a.end - base, 0, sport, subSport) : null;
  const summary = laps.length > 0 ? combine(laps, whole, sport, subSport) : whole!;
  return { ...summary, laps };
}

function withoutLaps(leg: Leg): Summary {
  const { laps: _laps, pool: _pool, ...summary } = leg;
  return summary;
}

/** The activity's Id (its start, by the schema), else its first lap's start, else its first point. */
function sessionStart(group: Group, read: TcxRead): number {
  const a = group[0]!;
  const candidates = [a.idMs, a.laps[0]?.startMs ?? NaN, a.end > a.first ? read.columns.time[a.first]! : NaN];
  return candidates.find((t) => t === t) ?? NaN;
}

function device(creator: TcxCreator | null): Device | null {
  if (!creator?.name) return null;
  const version = creator.versionMajor !== null ? `${creator.versionMajor}.${creator.versionMinor ?? '0'}` : null;
  return {
    manufacturer: null,
    product: creator.name,
    serial: creator.unitId && creator.unitId !== '0' ? creator.unitId : null,
    softwareVersion: version,
  };
}

// Transitions take minutes; legs further apart are separate workouts that the file groups as one.
const LEG_GAP_NOTE_S = 3600;

function legGaps(legs: readonly Leg[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < legs.length; i++) {
    const gapS = (legs[i]!.start - (legs[i - 1]!.start + legs[i - 1]!.elapsedS * 1000)) / 1000;
    if (gapS > LEG_GAP_NOTE_S) {
      out.push(
        `Leg ${i + 1} starts ${formatDuration(gapS, 'if-any')} after leg ${i} ends: the file groups workouts recorded apart as one multisport session, so its elapsed time includes the gaps.`,
      );
    }
  }
  return out;
}

function sessionWarnings(group: Group, cut: string | null): string[] {
  const out: string[] = [];
  const untimed = group.reduce((n, a) => n + a.untimed, 0);
  const backwards = group.reduce((n, a) => n + a.backwards, 0);
  if (untimed > 0)
    out.push(
      `${untimed} track point${untimed === 1 ? '' : 's'} without a time ${untimed === 1 ? 'was' : 'were'} left out.`,
    );
  if (backwards > 0)
    out.push(
      `${backwards} track point${backwards === 1 ? '' : 's'} with a time earlier than the point before ${backwards === 1 ? 'was' : 'were'} left out.`,
    );
  if (cut) out.push(`The file ${cut}: only the laps and points before the break are here.`);
  return out;
}
