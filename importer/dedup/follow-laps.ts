// A merged session keeps the leading source's laps; where a channel came from
// the other source, each lap's values for it come from the other source's
// matching lap, so the laps table agrees with the session's numbers.
import { SOURCED_SUMMARY_FIELDS, SUMMARY_CHANNEL, type Channel, type Lap } from '../../shared/model';

/** Two laps are the same lap when they start this close (after the clock shift between the sources). */
const SAME_LAP_MS = 5000;

/**
 * `lead` with the values of the `fromOther` channels taken from `other`'s laps,
 * whose starts plus `shiftMs` fall on the lead's clock. Only when both
 * recorded the same laps; otherwise the lead's laps stay whole.
 */
export function lapsFollowingChannels(
  lead: readonly Lap[],
  other: readonly Lap[],
  shiftMs: number,
  fromOther: ReadonlySet<Channel>,
): readonly Lap[] {
  const fields = SOURCED_SUMMARY_FIELDS.filter((f) => {
    const channel = SUMMARY_CHANNEL[f];
    return channel !== null && fromOther.has(channel);
  });
  if (fields.length === 0 || lead.length !== other.length) return lead;
  const same = lead.every((lap, i) => Math.abs(other[i]!.start + shiftMs - lap.start) <= SAME_LAP_MS);
  if (!same) return lead;
  return lead.map((lap, i) => ({ ...lap, ...Object.fromEntries(fields.map((f) => [f, other[i]![f] ?? lap[f]])) }));
}
