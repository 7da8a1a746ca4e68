// The zones today's thresholds give, as a compact table per model: each
// zone's range in the athlete's units and as a share of the threshold, so the
// numbers can be checked against a coach's sheet.
import { hrZones, powerZones, thresholdsAt, type ThresholdEntry, type ZoneSet } from '../../../shared/analytics';
import { athleteProfile } from '../../db';
import { useFormat } from '../common/format-context';
import type { Format } from '../units/format';

interface ZoneTable {
  readonly title: string;
  readonly zones: ZoneSet;
  /** The threshold the percentages are of. */
  readonly of: number;
  readonly show: (n: number) => string;
}

function rangeText(min: number, max: number, show: (n: number) => string, number: (n: number) => string): string {
  if (min === 0) return `< ${show(max)}`;
  if (max === Infinity) return `≥ ${show(min)}`;
  return `${number(min)}–${show(max)}`;
}

function ZoneRows({ table, format }: { table: ZoneTable; format: Format }) {
  const percent = (n: number) => format.number(Math.round((n / table.of) * 100));
  return (
    <table class="zone-table settings-zones">
      <caption>{table.title}</caption>
      <tbody>
        {table.zones.zones.map((zone, i) => (
          <tr key={zone.name} class={`zone-${i + 1}`}>
            <th scope="row">Z{i + 1}</th>
            <td class="zone-name">{zone.name}</td>
            <td>{rangeText(zone.min, zone.max, table.show, format.number)}</td>
            <td>{rangeText(zone.min, zone.max, (n) => `${percent(n)}%`, percent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TodayZones({ entries, now }: { entries: readonly ThresholdEntry[]; now: number }) {
  const format = useFormat();
  const today = thresholdsAt(athleteProfile(entries), now);
  const power = powerZones(today);
  const hr = hrZones(today);
  const tables: ZoneTable[] = [];
  if (power && today.ftp) {
    tables.push({
      title: `Power zones (Coggan), from FTP ${format.power(today.ftp.value)}`,
      zones: power,
      of: today.ftp.value,
      show: format.power,
    });
  }
  if (hr && today.thresholdHr) {
    const title = `Heart-rate zones, from threshold heart rate ${format.heartRate(today.thresholdHr.value)}`;
    tables.push({ title, zones: hr, of: today.thresholdHr.value, show: format.heartRate });
  }
  return (
    <section class="today-zones" aria-labelledby="today-zones-title">
      <h3 id="today-zones-title">Your zones today</h3>
      {tables.length === 0 ? (
        <p class="settings-note">Add an FTP or a threshold heart rate to see your zones.</p>
      ) : (
        tables.map((t) => <ZoneRows key={t.zones.model} table={t} format={format} />)
      )}
    </section>
  );
}
