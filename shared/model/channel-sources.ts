// Which recording each part of a merged session came from. When two sources
// recorded one workout (a watch and a bike computer, a FIT and a site's
// streams), each channel is taken from the source that recorded it best, and
// each summary value follows its channel. Sources are named by content hash.
import type { Summary } from './session';

/** The sample channels chosen per source, in the order the detail names them. */
export const CHANNELS = ['heartRate', 'power', 'cadence', 'speed', 'positions', 'altitude', 'temperature'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Summary values that come from a source (timing and sport are the leading source's). */
export const SOURCED_SUMMARY_FIELDS = [
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
export type SourcedSummaryField = (typeof SOURCED_SUMMARY_FIELDS)[number];

/** Every measured summary value absent: a workout logged by hand, or a site's entry without samples. */
export const NOTHING_MEASURED: Readonly<Record<SourcedSummaryField, null>> = Object.fromEntries(
  SOURCED_SUMMARY_FIELDS.map((field) => [field, null]),
) as Record<SourcedSummaryField, null>;

/** The channel each summary value follows; calories follow none (a device's own estimate). */
export const SUMMARY_CHANNEL: Readonly<Record<SourcedSummaryField, Channel | null>> = {
  distanceM: 'speed',
  ascentM: 'altitude',
  descentM: 'altitude',
  avgHr: 'heartRate',
  maxHr: 'heartRate',
  avgPowerW: 'power',
  maxPowerW: 'power',
  avgCadence: 'cadence',
  maxCadence: 'cadence',
  avgSpeed: 'speed',
  maxSpeed: 'speed',
  calories: null,
  avgTempC: 'temperature',
};

/** The athlete's choice of source per channel, by content hash; it outlives later merges. */
export type ChannelPicks = Readonly<Partial<Record<Channel, string>>>;

export interface ChannelSources {
  /** The source of each channel's samples. */
  readonly channels: Readonly<Partial<Record<Channel, string>>>;
  /** Every source that recorded the channel, best first: what the athlete may pick from. */
  readonly options: Readonly<Partial<Record<Channel, readonly string[]>>>;
  /** The source of each summary value present. */
  readonly summary: Readonly<Partial<Record<SourcedSummaryField, string>>>;
}
