// Resting HR and HRV next to daily load over the last 90 days, with how each
// moves with the day before's load (Pearson r, shared/analytics loadCorrelation).
import { loadCorrelation, type TrainingLog, type WellnessDay } from '../../../shared/analytics';
import type { DayRow } from '../../../shared/analytics';
import { DayCharts } from '../common/DayCharts';
import { useFormat } from '../common/format-context';

const DAYS = 90;

function strength(r: number): string {
  const a = Math.abs(r);
  const size = a < 0.1 ? 'no' : a < 0.3 ? 'a weak' : a < 0.5 ? 'a moderate' : 'a strong';
  return a < 0.1 ? 'no link' : `${size} ${r > 0 ? 'positive' : 'negative'} link`;
}

export function WellnessVsLoad({
  days,
  wellness,
  log,
}: {
  days: readonly DayRow[];
  wellness: readonly WellnessDay[];
  log: TrainingLog;
}) {
  const format = useFormat();
  const shown = days.slice(-DAYS);
  const byDate = new Map(wellness.map((w) => [w.date, w]));
  const metrics = [
    { metric: 'restingHr' as const, name: 'Resting HR', key: 'rhr' as const, show: format.heartRate },
    {
      metric: 'hrvRmssd' as const,
      name: 'HRV (rMSSD)',
      key: 'hrv' as const,
      show: (v: number) => `${format.number(v)} ms`,
    },
  ].filter((m) => wellness.some((w) => typeof w[m.metric] === 'number'));
  return (
    <section class="progress-section" aria-labelledby="wellness-load-title">
      <h3 id="wellness-load-title">Wellness and load</h3>
      {metrics.length === 0 || shown.length < 2 ? (
        <p class="section-note">
          Log resting HR or HRV in Wellness to see them next to your load, with how they move with it.
        </p>
      ) : (
        <>
          <ul class="correlations">
            {metrics.map((m) => {
              const c = loadCorrelation(wellness, log, m.metric, 1);
              return (
                <li key={m.metric}>
                  {m.name} against the day before's load:{' '}
                  {Number.isNaN(c.r)
                    ? `not enough days yet (${c.n} paired; 3 needed)`
                    : `r = ${format.number(c.r, 2)} over ${c.n} days, ${strength(c.r)}`}
                  . Pearson correlation of each morning's reading with the previous day's load.
                </li>
              );
            })}
          </ul>
          <DayCharts
            label="Load, resting HR and HRV over the last 90 days"
            firstDay={shown[0]!.day}
            channels={[
              {
                key: 'load',
                title: 'Load',
                values: Float64Array.from(shown, (d) => d.load),
                invert: false,
                show: (v) => format.number(v),
              },
              ...metrics.map((m) => ({
                key: m.key,
                title: m.name,
                values: Float64Array.from(shown, (d) => {
                  const v = byDate.get(d.date)?.[m.metric];
                  return typeof v === 'number' ? v : NaN;
                }),
                invert: false,
                show: m.show,
              })),
            ]}
          />
        </>
      )}
    </section>
  );
}
