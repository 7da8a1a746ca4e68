// Two sources of one workout become one session: the richer source leads
// (FIT carries the most a device recorded, then TCX, then GPX, then a site's
// resampled streams), and every value it lacks is taken from the other. Both
// sources are kept.
import { clockShiftMs, type Session, type SourceFormat, type Summary } from '../../shared/model';
import { mergeStreams } from './merge-streams';

const FORMAT_RICHNESS: Readonly<Record<SourceFormat, number>> = { fit: 4, tcx: 3, gpx: 2, 'activity-json': 1 };

const NULLABLE_SUMMARY_FIELDS = [
  'distanceM',
  'ascentM',
  'descentM',
  'avgHr',
  'maxHr',
  'avgPowerW',
  'maxPowerW',
  'avgCadence',
  'maxCadence',
  'avgSpeed',
  'maxSpeed',
  'calories',
  'avgTempC',
] as const satisfies readonly (keyof Summary)[];

function richness(s: Session): number {
  const format = s.sources[0]?.format;
  return format === undefined ? 0 : FORMAT_RICHNESS[format];
}

/** One session from two recordings of the same workout; `a` arrived first. */
export function mergeSessions(a: Session, b: Session): Session {
  const [lead, other] = richness(b) > richness(a) ? [b, a] : [a, b];
  const merged: { -readonly [K in keyof Session]: Session[K] } = { ...lead };
  for (const field of NULLABLE_SUMMARY_FIELDS) Object.assign(merged, { [field]: lead[field] ?? other[field] });
  if (lead.sport === 'other' && other.sport !== 'other') {
    merged.sport = other.sport;
    merged.subSport = other.subSport;
  }
  merged.utcOffsetS = lead.utcOffsetS ?? other.utcOffsetS;
  merged.title = lead.title ?? other.title;
  merged.notes = lead.notes ?? other.notes;
  merged.rpe = lead.rpe ?? other.rpe;
  merged.gear = lead.gear ?? other.gear;
  if (lead.laps.length === 0) merged.laps = other.laps;
  if (lead.legs.length === 0) merged.legs = other.legs;
  if (lead.pool === undefined && other.pool !== undefined) merged.pool = other.pool;
  if (lead.rrIntervalsS === undefined && other.rrIntervalsS !== undefined) merged.rrIntervalsS = other.rrIntervalsS;
  merged.sources = [...lead.sources, ...other.sources];
  // Two recordings of one device often carry the same note ("average temperature derived..."): say it once.
  merged.warnings = [...new Set([...lead.warnings, ...other.warnings])];
  const offsetS = (other.start + (clockShiftMs(lead, other) ?? 0) - lead.start) / 1000;
  const streams = mergeStreams(lead.streams, other.streams, offsetS);
  if (streams !== undefined) merged.streams = streams;
  return merged;
}
