// Which of two recordings of one workout each channel and summary value is
// taken from. Either recording may itself be a merge of earlier ones: its
// channelSources then says where each of its channels came from.
import {
  CHANNELS,
  SOURCED_SUMMARY_FIELDS,
  SUMMARY_CHANNEL,
  type Channel,
  type ChannelPicks,
  type ChannelSources,
  type Session,
  type SourcedSummaryField,
} from '../../shared/model';
import { channelQuality, compareQuality } from './channel-quality';

export type Side = 'lead' | 'other';

export interface ChannelChoice {
  /** The recording each channel's samples come from; absent when neither has the channel. */
  readonly take: Readonly<Partial<Record<Channel, Side>>>;
  /** The recording each summary value comes from, when either has one. */
  readonly summaryFrom: Readonly<Partial<Record<SourcedSummaryField, Side>>>;
  readonly sources: ChannelSources;
}

/** The source (content hash) a session's channel or summary value came from. */
function originOf(s: Session, channel: Channel): string | undefined {
  return s.channelSources?.channels[channel] ?? s.sources[0]?.contentHash;
}

function summaryOriginOf(s: Session, field: SourcedSummaryField): string | undefined {
  return s.channelSources?.summary[field] ?? s.sources[0]?.contentHash;
}

/** The sources a session can offer for a channel: its earlier options, or the one it recorded. */
function optionsOf(s: Session, channel: Channel): readonly string[] {
  const known = s.channelSources?.options[channel];
  if (known !== undefined) return known;
  const origin = originOf(s, channel);
  return origin === undefined ? [] : [origin];
}

/** The side to take `channel` from (undefined when neither has it), and whether the other side has it too. */
function chooseChannel(
  lead: Session,
  other: Session,
  channel: Channel,
  pick: string | undefined,
): { side: Side; both: boolean } | undefined {
  const spanS = Math.max(lead.elapsedS, other.elapsedS);
  const source = (s: Session) => s.sources.find((src) => src.contentHash === originOf(s, channel));
  const ours = channelQuality(lead.streams, channel, spanS, source(lead));
  const theirs = channelQuality(other.streams, channel, spanS, source(other));
  if (ours === null && theirs === null) return undefined;
  const both = ours !== null && theirs !== null;
  if (pick !== undefined) {
    if (ours !== null && pick === originOf(lead, channel)) return { side: 'lead', both };
    if (theirs !== null && pick === originOf(other, channel)) return { side: 'other', both };
  }
  // A tie keeps the leading recording's channel.
  return { side: compareQuality(ours, theirs) >= 0 ? 'lead' : 'other', both };
}

/**
 * Each channel from the recording that has it best (or the one the athlete
 * picked), and each summary value from the recording its channel came from.
 */
export function chooseChannels(lead: Session, other: Session, picks: ChannelPicks): ChannelChoice {
  const take: Partial<Record<Channel, Side>> = {};
  const channels: Partial<Record<Channel, string>> = {};
  const options: Partial<Record<Channel, readonly string[]>> = {};
  const bySide = { lead, other };
  for (const channel of CHANNELS) {
    const chosen = chooseChannel(lead, other, channel, picks[channel]);
    if (chosen === undefined) continue;
    const { side, both } = chosen;
    take[channel] = side;
    const origin = originOf(bySide[side], channel);
    if (origin !== undefined) channels[channel] = origin;
    const loser = side === 'lead' ? other : lead;
    options[channel] = [...new Set([...optionsOf(bySide[side], channel), ...(both ? optionsOf(loser, channel) : [])])];
  }
  const summaryFrom: Partial<Record<SourcedSummaryField, Side>> = {};
  const summary: Partial<Record<SourcedSummaryField, string>> = {};
  for (const field of SOURCED_SUMMARY_FIELDS) {
    const channel = SUMMARY_CHANNEL[field];
    const preferred: Side = (channel !== null && take[channel]) || 'lead';
    const fallback: Side = preferred === 'lead' ? 'other' : 'lead';
    const side =
      bySide[preferred][field] !== null ? preferred : bySide[fallback][field] !== null ? fallback : undefined;
    if (side === undefined) continue;
    summaryFrom[field] = side;
    const origin = summaryOriginOf(bySide[side], field);
    if (origin !== undefined) summary[field] = origin;
  }
  return { take, summaryFrom, sources: { channels, options, summary } };
}
