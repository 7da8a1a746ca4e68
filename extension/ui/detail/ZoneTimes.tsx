// Time in each zone, per zone model the thresholds allow, as a table with
// bars: the minutes are written out, so colour never carries the meaning alone.
// Zones drawn from an estimated threshold carry the estimate marker.
import { formatDuration } from '../../../shared/model';
import type { Thresholds, ZoneTime } from '../../../shared/analytics';
import type { Sport } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import type { Format } from '../units/format';
import { zoneEstimateNote } from '../common/estimate-note';
import { EstimatedMark } from '../common/EstimatedMark';

const MODEL_TITLES = {
  power: 'Power zones',
  hr: 'Heart-rate zones (threshold HR)',
  hrr: 'Heart-rate zones (reserve)',
  pace: 'Pace zones',
} as const;

function bound(value: number, unit: string, format: Format, sport: Sport): string {
  if (unit === 'W') return format.power(value);
  if (unit === 'bpm') return format.heartRate(value);
  return format.speedFor(value, sport);
}

function rangeText(min: number, max: number, unit: string, format: Format, sport: Sport): string {
  if (max === Infinity) return `from ${bound(min, unit, format, sport)}`;
  if (min === 0) return `below ${bound(max, unit, format, sport)}`;
  return `${bound(min, unit, format, sport)} – ${bound(max, unit, format, sport)}`;
}

export interface ZoneTimesProps {
  readonly zoneTimes: readonly ZoneTime[];
  readonly sport: Sport;
  /** The thresholds in force on the session's day, which the zones were drawn from. */
  readonly thresholds: Thresholds;
}

export function ZoneTimes({ zoneTimes, sport, thresholds }: ZoneTimesProps) {
  const format = useFormat();
  if (zoneTimes.length === 0) return null;
  return (
    <section class="zones" aria-label="Time in zones">
      <h3>Time in zones</h3>
      {zoneTimes.map(({ zones, seconds }) => {
        const total = seconds.reduce((a, b) => a + b, 0) || 1;
        // Boundaries the athlete set by hand owe nothing to a threshold.
        const estimate = zones.manual ? null : zoneEstimateNote(zones.model, thresholds);
        return (
          <table key={zones.model} class={`zone-table zone-${zones.model}`}>
            <caption>
              {MODEL_TITLES[zones.model]}
              {estimate !== null && <EstimatedMark note={estimate} />}
            </caption>
            <tbody>
              {zones.zones.map((zone, i) => (
                <tr key={zone.name} class={`zone-${i + 1}`}>
                  <th scope="row">
                    Z{i + 1} {zone.name}
                    <span class="zone-range">{rangeText(zone.min, zone.max, zones.unit, format, sport)}</span>
                  </th>
                  <td>{formatDuration(seconds[i] ?? 0)}</td>
                  <td class="zone-bar-cell">
                    <span class="zone-bar" style={{ width: `${Math.round(((seconds[i] ?? 0) / total) * 100)}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
