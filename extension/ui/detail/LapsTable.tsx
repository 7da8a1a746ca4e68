import { formatDuration } from '../../../shared/model';
import type { Lap, Sport } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import { speedKind } from '../units/format';

/** Laps as the device recorded them; a column appears only when some lap has its value. */
export function LapsTable({ laps, sport }: { laps: readonly Lap[]; sport: Sport }) {
  const format = useFormat();
  if (laps.length < 2) return null;
  const has = (key: keyof Lap) => laps.some((l) => l[key] !== null);
  const cell = (v: number | null, show: (v: number) => string) => <td>{v === null ? '–' : show(v)}</td>;
  return (
    <section aria-label="Laps" class="laps">
      <h3>Laps</h3>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Lap</th>
              <th scope="col">Time</th>
              {has('distanceM') && <th scope="col">Distance</th>}
              {has('avgSpeed') && <th scope="col">{speedKind(sport) === 'speed' ? 'Speed' : 'Pace'}</th>}
              {has('avgHr') && <th scope="col">HR</th>}
              {has('avgPowerW') && <th scope="col">Power</th>}
            </tr>
          </thead>
          <tbody>
            {laps.map((lap, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>{formatDuration(lap.elapsedS)}</td>
                {has('distanceM') && cell(lap.distanceM, (v) => format.distance(v, sport))}
                {has('avgSpeed') && cell(lap.avgSpeed, (v) => format.speedFor(v, sport))}
                {has('avgHr') && cell(lap.avgHr, format.heartRate)}
                {has('avgPowerW') && cell(lap.avgPowerW, format.power)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
