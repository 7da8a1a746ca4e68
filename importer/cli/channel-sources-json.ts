// The --json form of a merged session's per-channel sources: which file each
// channel's samples and each summary value came from. Every key is present,
// null where nothing has the channel or the value.
import {
  CHANNELS,
  SOURCED_SUMMARY_FIELDS,
  type Channel,
  type Session,
  type SourcedSummaryField,
} from '../../shared/model';

export interface ChannelSourcesJson {
  /** The file each channel's samples came from. */
  readonly channels: Readonly<Record<Channel, string | null>>;
  /** The file each summary value came from. */
  readonly summary: Readonly<Record<SourcedSummaryField, string | null>>;
  /** Channels whose source the athlete picked rather than the importer. */
  readonly picked: readonly Channel[];
}

/** Null for a session from one source. */
export function channelSourcesJson(s: Session): ChannelSourcesJson | null {
  const chosen = s.channelSources;
  if (chosen === undefined) return null;
  const fileOf = (hash: string | undefined) =>
    hash === undefined ? null : (s.sources.find((src) => src.contentHash === hash)?.file ?? hash);
  return {
    channels: Object.fromEntries(CHANNELS.map((c) => [c, fileOf(chosen.channels[c])])) as Record<
      Channel,
      string | null
    >,
    summary: Object.fromEntries(SOURCED_SUMMARY_FIELDS.map((f) => [f, fileOf(chosen.summary[f])])) as Record<
      SourcedSummaryField,
      string | null
    >,
    picked: CHANNELS.filter((c) => s.channelPicks?.[c] !== undefined && s.channelPicks[c] === chosen.channels[c]),
  };
}
