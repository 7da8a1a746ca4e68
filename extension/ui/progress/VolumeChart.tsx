// Volume by sport as stacked bars: one bar per week or month, one colour per
// sport, in time, distance or load. The numbers are also in a table below the
// chart for screen readers and for reading exact values.
import type { PeriodVolume, SportVolume } from '../../../shared/analytics';
import type { Sport } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import { sportLabel } from '../common/sport-label';
import { formatDuration } from '../../../shared/model';

export type Measure = 'time' | 'distance' | 'load';

const value = (v: SportVolume | undefined, m: Measure) =>
  v === undefined ? 0 : m === 'time' ? v.movingS : m === 'distance' ? v.distanceM : v.load;

const WIDTH = 300;
const HEIGHT = 100;

export function VolumeChart({ periods, measure }: { periods: readonly PeriodVolume[]; measure: Measure }) {
  const format = useFormat();
  const sports = [...new Set(periods.flatMap((p) => Object.keys(p.bySport) as Sport[]))].sort();
  const top = Math.max(...periods.map((p) => value(p.total, measure)), 0);
  const show = (v: number) =>
    measure === 'time' ? formatDuration(v) : measure === 'distance' ? format.distance(v) : format.number(v);
  if (periods.length === 0 || top <= 0) return <p class="section-note">Nothing recorded in this span.</p>;
  const barWidth = WIDTH / periods.length;
  return (
    <figure class="volume-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`Volume by ${measure}`}>
        {periods.map((p, i) => {
          let y = HEIGHT;
          return sports.map((sport) => {
            const h = (value(p.bySport[sport], measure) / top) * HEIGHT;
            y -= h;
            return h > 0 ? (
              <rect
                key={`${p.period}-${sport}`}
                class={`bar sport-${sport}`}
                x={i * barWidth + barWidth * 0.1}
                y={y}
                width={barWidth * 0.8}
                height={h}
              >
                <title>{`${p.period} ${sportLabel(sport)}: ${show(value(p.bySport[sport], measure))}`}</title>
              </rect>
            ) : null;
          });
        })}
      </svg>
      <figcaption class="volume-legend">
        {sports.map((s) => (
          <span key={s} class={`legend sport-${s}`}>
            {sportLabel(s)}
          </span>
        ))}
        <span class="volume-scale">top: {show(top)}</span>
      </figcaption>
      <table class="volume-table">
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Total</th>
            <th scope="col">By sport</th>
          </tr>
        </thead>
        <tbody>
          {[...periods].reverse().map((p) => (
            <tr key={p.period}>
              <td>{p.period}</td>
              <td>{show(value(p.total, measure))}</td>
              <td>
                {sports
                  .filter((s) => value(p.bySport[s], measure) > 0)
                  .map((s) => `${sportLabel(s)} ${show(value(p.bySport[s], measure))}`)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
