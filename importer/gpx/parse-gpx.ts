// GPX file -> sessions: one session per <trk> that holds timed points.
//
// Choices, each said to the athlete when it applies:
// - Several tracks: one session per track. A GPX track is one recording
//   (GPX 1.1: "an ordered list of points describing a path"); devices that
//   split one outing into several tracks show it as several sessions.
// - Points without a usable time are left out; a track where fewer than 75%
//   of the points have one is a path, not a recording (gpxpy's has_times()
//   draws the line there), and is reported as 'no-data'.
// - Routes (<rte>), waypoints and metadata are plans and places, not
//   recordings: a file with only those is 'no-data'.
// - Distance is summed along each segment, not across segment breaks
//   (derive/distance.ts); summaries are derived (importer/derive).
import { emptyResult, epochMs, formatDuration, sessionId, sha256Hex } from '../../shared/model';
import type { Device, ImportIssue, ImportResult, Session, SourceRef, Streams } from '../../shared/model';
import { type Deadline, NO_DEADLINE } from '../deadline';
import { cumulativeDistance, deriveSummary } from '../derive';
import { MIN_XML_STRUCTURE_BYTES, structureCap, XML_STRUCTURES_FLOOR } from '../limits';
import { drain, issue, neverThrows, openDocument, sourceRef, truncation } from '../xml/document';
import { mapGpxType } from './map-gpx-type';
import { readGpx } from './read-gpx';
import type { GpxRead, GpxTrackRead } from './read-gpx';

/** Share of a track's points that must carry a time for it to count as a recording (gpxpy, GPXTrack.has_times). */
const MIN_TIMED_SHARE = 0.75;

// A GPX track point takes 100-300 bytes; sizing the columns from the file avoids most regrowth.
const BYTES_PER_POINT_GUESS = 128;

/**
 * Sessions from a GPX 1.0 or 1.1 file. Never throws: problems come back as
 * errors and warnings naming `file`. Pass `contentHash` (sha256Hex of the
 * bytes) when the caller already has it, to save hashing the file twice.
 */
export function parseGpx(
  bytes: Uint8Array,
  file: string,
  contentHash?: string,
  deadline: Deadline = NO_DEADLINE,
): ImportResult {
  return neverThrows(file, 'GPX', () => parse(bytes, file, contentHash, deadline));
}

function parse(bytes: Uint8Array, file: string, contentHash: string | undefined, deadline: Deadline): ImportResult {
  const opened = openDocument(bytes, file, 'gpx', 'GPX', deadline);
  if ('error' in opened) return { sessions: [], warnings: [], errors: [opened.error] };
  const s = opened.scanner;
  const creator = s.attr('creator')?.trim() || null;
  const maxTracks = structureCap(bytes.length, XML_STRUCTURES_FLOOR, MIN_XML_STRUCTURE_BYTES);
  const read = readGpx(s, creator, bytes.length / BYTES_PER_POINT_GUESS, maxTracks);
  drain(s);
  const cut = truncation(s);

  const result = emptyResult();
  const hash = contentHash ?? sha256Hex(bytes);
  const device: Device | null = creator
    ? { manufacturer: null, product: creator, serial: null, softwareVersion: null }
    : null;
  const source = sourceRef('gpx', file, bytes, hash, device);
  for (const track of read.tracks) {
    const problem = unusable(track, read, file);
    if (problem) {
      result.warnings.push(problem);
      continue;
    }
    result.sessions.push(toSession(track, read, source, result.sessions.length, cut));
  }
  if (read.tracks.length === 0) result.warnings.push(noTrack(read, file));
  const capped: ImportIssue[] = [];
  if (read.tracksOverCap > 0) {
    capped.push(
      issue(
        file,
        'too-large',
        `${file} holds more tracks than its ${bytes.length.toLocaleString('en-US')} bytes can describe: the ${read.tracksOverCap.toLocaleString('en-US')} after the first ${maxTracks.toLocaleString('en-US')} were left out.`,
      ),
    );
  }

  if (cut) {
    const points = result.sessions.reduce((n, x) => n + x.streams!.time.length, 0);
    const seconds = result.sessions.reduce((n, x) => n + x.elapsedS, 0);
    const kept =
      points > 0
        ? `kept the ${points} timed track points before the break (${formatDuration(seconds, 'if-any')} of recording)`
        : 'no timed track point came before the break, so nothing was imported';
    (points > 0 ? result.warnings : result.errors).push(issue(file, 'truncated', `${file} ${cut}: ${kept}.`));
  }
  return result;
}

function toSession(track: GpxTrackRead, read: GpxRead, source: SourceRef, index: number, cut: string | null): Session {
  const cols = read.columns;
  const { first, end } = track;
  const start = cols.time[first]!;
  const base = cols.streams(first, end, start);
  const streams: Streams =
    base.positions && !base.distance
      ? {
          ...base,
          distance: cumulativeDistance(
            base.positions,
            end - first,
            track.segmentStarts.map((r) => r - first),
          ),
        }
      : base;
  const { sport, subSport } = mapGpxType(track.type);
  const summary = deriveSummary(streams, epochMs(start), sport, subSport);
  return {
    ...summary,
    id: sessionId(source.contentHash, index),
    utcOffsetS: null,
    title: track.name ?? read.metadata.name,
    notes: track.desc ?? read.metadata.desc,
    rpe: null,
    gear: null,
    laps: [],
    legs: [],
    sources: [source],
    warnings: sessionWarnings(track, cut),
    streams,
  };
}

function trackLabel(track: GpxTrackRead): string {
  return `track ${track.index + 1}${track.name ? ` ("${track.name}")` : ''}`;
}

/** Why a track gives no session, or null when it gives one. */
function unusable(track: GpxTrackRead, read: GpxRead, file: string): ImportIssue | null {
  const kept = track.end - track.first;
  const label = trackLabel(track);
  if (track.pointsRead === 0) return issue(file, 'no-data', `${file}: ${label} has no points; it was skipped.`);
  if (kept === 0 && track.placeholderTimes > 0) {
    return issue(
      file,
      'no-data',
      `${file}: ${label} has ${track.pointsRead} points, but their times are placeholders from before GPS existed (such as 1901-12-13, the earliest 32-bit Unix time), not recording times; without times it is a path, not an activity, and was not imported.`,
    );
  }
  if (kept < MIN_TIMED_SHARE * track.pointsRead) {
    return issue(
      file,
      'no-data',
      `${file}: ${label} has ${track.pointsRead} points but ${kept === 0 ? 'no' : `only ${kept} with`} recording times; without times it is a path, not an activity, and was not imported.`,
    );
  }
  const duration = (read.columns.time[track.end - 1]! - read.columns.time[track.first]!) / 1000;
  if (duration <= 0) {
    return issue(
      file,
      'no-data',
      `${file}: ${label} has ${kept} timed point${kept === 1 ? '' : 's'}, all at ${new Date(read.columns.time[track.first]!).toISOString()}: no duration to import, so it was skipped.`,
    );
  }
  return null;
}

function noTrack(read: GpxRead, file: string): ImportIssue {
  const has: string[] = [];
  if (read.routePoints > 0) has.push(`a route (${read.routePoints} route points)`);
  if (read.waypoints > 0) has.push(`${read.waypoints} waypoint${read.waypoints === 1 ? '' : 's'}`);
  const what =
    has.length > 0 ? `has ${has.join(' and ')} but no recorded track` : 'has metadata only, no recorded track';
  return issue(
    file,
    'no-data',
    `${file} ${what}: it plans or marks places, it does not record an activity. Nothing was imported.`,
  );
}

function sessionWarnings(track: GpxTrackRead, cut: string | null): string[] {
  const out: string[] = [];
  const left = (n: number, why: string) => {
    if (n > 0) out.push(`${n} track point${n === 1 ? '' : 's'} ${why} ${n === 1 ? 'was' : 'were'} left out.`);
  };
  left(track.untimed, 'without a time');
  left(track.placeholderTimes, 'with a placeholder time from before GPS existed');
  left(track.backwards, 'with a time earlier than the point before');
  if (cut) out.push(`The file ${cut}: only the points before the break are here.`);
  return out;
}
