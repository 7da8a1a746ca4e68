// One row of a planned-against-done table: time, distance and load, each
// written "done / planned" in the athlete's units ("–" for nothing).
import { formatDuration, type Sport } from '../../../shared/model';
import type { PlannedAndDone } from '../../../shared/analytics';
import { useFormat } from '../common/format-context';

export interface VolumeRowProps {
  readonly label: string;
  readonly volume: PlannedAndDone;
  /** The sport of the row, so swim distances read in metres or yards; absent for totals over sports. */
  readonly sport?: Sport;
  readonly class?: string;
}

/** The column headings the rows fill. */
export const VOLUME_COLUMNS = ['Time', 'Distance', 'Load'] as const;

export function VolumeRow({ label, volume, sport, class: className }: VolumeRowProps) {
  const format = useFormat();
  // Each side unbroken, so a narrow panel wraps the cell only at the slash.
  const pair = (write: (v: number) => string, done: number, planned: number) => (
    <>
      <span>{done > 0 ? write(done) : '–'}</span> / <span>{planned > 0 ? write(planned) : '–'}</span>
    </>
  );
  const { done, planned } = volume;
  return (
    <tr class={className}>
      <th scope="row">{label}</th>
      <td>{pair(formatDuration, done.movingS, planned.movingS)}</td>
      <td>{pair((m) => format.distance(m, sport), done.distanceM, planned.distanceM)}</td>
      <td>{pair((load) => format.number(load), done.load, planned.load)}</td>
    </tr>
  );
}
