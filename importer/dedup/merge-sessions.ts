// Two sources of one workout become one session. The richer source leads
// (FIT carries the most a device recorded, then TCX, then GPX, then a site's
// resampled streams): its clock, sport, laps and notes are kept, and what it
// lacks is taken from the other. Each channel comes from the source that
// recorded it best, or the one the athlete picked (chooseChannels), and each
// summary value, of the session and of its laps, from its channel's source.
// Both sources are kept.
import {
  CHANNELS,
  clockShiftMs,
  type Channel,
  type Session,
  type SourceFormat,
  type SourcedSummaryField,
} from '../../shared/model';
import { chooseChannels, type Side } from './choose-channels';
import { lapsFollowingChannels } from './follow-laps';
import { mergeStreams } from './merge-streams';

const FORMAT_RICHNESS: Readonly<Record<SourceFormat, number>> = { fit: 4, tcx: 3, gpx: 2, 'activity-json': 1 };

function richness(s: Session): number {
  const format = s.sources[0]?.format;
  return format === undefined ? 0 : FORMAT_RICHNESS[format];
}

/** One session from two recordings of the same workout; `a` arrived first. The athlete's picks on either hold. */
export function mergeSessions(a: Session, b: Session): Session {
  const [lead, other] = richness(b) > richness(a) ? [b, a] : [a, b];
  const picks = { ...b.channelPicks, ...a.channelPicks };
  const choice = chooseChannels(lead, other, picks);
  const merged: { -readonly [K in keyof Session]: Session[K] } = { ...lead };
  const bySide = { lead, other };
  for (const [field, side] of Object.entries(choice.summaryFrom) as [SourcedSummaryField, Side][]) {
    Object.assign(merged, { [field]: bySide[side][field] });
  }
  if (lead.sport === 'other' && other.sport !== 'other') {
    merged.sport = other.sport;
    merged.subSport = other.subSport;
  }
  merged.utcOffsetS = lead.utcOffsetS ?? other.utcOffsetS;
  merged.title = lead.title ?? other.title;
  merged.notes = lead.notes ?? other.notes;
  merged.rpe = lead.rpe ?? other.rpe;
  merged.gear = lead.gear ?? other.gear;
  const shiftMs = clockShiftMs(lead, other) ?? 0;
  const fromOther = new Set<Channel>(CHANNELS.filter((c) => choice.take[c] === 'other'));
  merged.laps = lead.laps.length === 0 ? other.laps : lapsFollowingChannels(lead.laps, other.laps, shiftMs, fromOther);
  if (lead.legs.length === 0) merged.legs = other.legs;
  if (lead.pool === undefined && other.pool !== undefined) merged.pool = other.pool;
  if (lead.rrIntervalsS === undefined && other.rrIntervalsS !== undefined) merged.rrIntervalsS = other.rrIntervalsS;
  merged.sources = [...lead.sources, ...other.sources];
  // Two recordings of one device often carry the same note ("average temperature derived..."): say it once.
  merged.warnings = [...new Set([...lead.warnings, ...other.warnings])];
  merged.channelSources = choice.sources;
  if (Object.keys(picks).length > 0) merged.channelPicks = picks;
  const offsetS = (other.start + shiftMs - lead.start) / 1000;
  const streams = mergeStreams(lead.streams, other.streams, offsetS, fromOther);
  if (streams !== undefined) merged.streams = streams;
  return merged;
}
