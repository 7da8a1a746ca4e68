// The climbs of a session (shared/analytics findClimbs: a low point to the next
// high, at least 30 m gained, ended by a 10 m drop), with VAM, metres climbed per hour.
import type { Climb } from '../../../shared/analytics';
import { useFormat } from '../common/format-context';
import { formatDuration } from '../../../shared/model';

export function ClimbsTable({ climbs }: { climbs: readonly Climb[] }) {
  const format = useFormat();
  if (climbs.length === 0) return null;
  const vam = (v: number) =>
    format.system === 'imperial' ? `${format.number(v / 0.3048)} ft/h` : `${format.number(v)} m/h`;
  return (
    <section class="climbs" aria-labelledby="climbs-title">
      <h3 id="climbs-title">Climbs</h3>
      <p class="section-note">
        From a low point to the next high, at least 30 m gained; VAM is the height gained per hour (Ferrari).
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Starts at</th>
            <th scope="col">Gain</th>
            <th scope="col">Time</th>
            <th scope="col">VAM</th>
          </tr>
        </thead>
        <tbody>
          {climbs.map((c) => (
            <tr key={c.startS}>
              <td>{formatDuration(c.startS)}</td>
              <td>{format.elevation(c.gainM)}</td>
              <td>{formatDuration(c.endS - c.startS)}</td>
              <td>{vam(c.vam)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
