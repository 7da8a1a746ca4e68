// Ramp rate, both kinds of ACWR, monotony and strain over the last 90 days,
// each with today's value and its method in words (shared/analytics days/pmc).
import type { DayRow } from '../../../shared/analytics';
import { DayCharts } from '../common/DayCharts';
import { useFormat } from '../common/format-context';

const DAYS = 90;

export function LoadBalance({ days }: { days: readonly DayRow[] }) {
  const format = useFormat();
  const shown = days.slice(-DAYS);
  const today = shown[shown.length - 1];
  if (!today || shown.length < 2) return null;
  const n = (v: number, digits = 2) => (Number.isNaN(v) ? '–' : format.number(v, digits));
  const series = (pick: (d: DayRow) => number) => Float64Array.from(shown, pick);
  return (
    <section class="progress-section" aria-labelledby="balance-title">
      <h3 id="balance-title">Load balance</h3>
      <dl class="balance-numbers">
        <div>
          <dt>Ramp rate</dt>
          <dd>{n(today.rampRate, 1)} a week</dd>
          <dd class="method">Fitness (CTL) today minus fitness 7 days ago. Above 8 a week is a steep build.</dd>
        </div>
        <div>
          <dt>ACWR, rolling</dt>
          <dd>{n(today.acwrRolling)}</dd>
          <dd class="method">
            Average daily load of the last 7 days ÷ that of the last 28 (Gabbett 2016). 0.8–1.3 is the sweet spot; above
            1.5, injury risk rises. Needs 28 days of history.
          </dd>
        </div>
        <div>
          <dt>ACWR, exponentially weighted</dt>
          <dd>{n(today.acwrEwma)}</dd>
          <dd class="method">
            Fatigue (ATL, 7-day weighted) ÷ fitness (CTL, 42-day weighted), as intervals.icu shows it.
          </dd>
        </div>
        <div>
          <dt>Monotony</dt>
          <dd>{n(today.monotony)}</dd>
          <dd class="method">
            Mean ÷ standard deviation of the last 7 daily loads (Foster 1998). Above 2, the days are too alike.
          </dd>
        </div>
        <div>
          <dt>Strain</dt>
          <dd>{n(today.strain, 0)}</dd>
          <dd class="method">The week's load × monotony (Foster 1998): a hard week of same-y days scores high.</dd>
        </div>
      </dl>
      <DayCharts
        label="Ramp rate, ACWR, monotony and strain over the last 90 days"
        firstDay={shown[0]!.day}
        channels={[
          {
            key: 'fitness',
            title: 'Ramp rate',
            values: series((d) => d.rampRate),
            invert: false,
            show: (v) => n(v, 1),
          },
          {
            key: 'ratio',
            title: 'ACWR, rolling',
            values: series((d) => d.acwrRolling),
            invert: false,
            show: (v) => n(v),
            bands: [
              { from: 0.8, to: 1.3, kind: 'good' },
              { from: 1.5, to: 3, kind: 'caution' },
            ],
          },
          {
            key: 'fatigue',
            title: 'ACWR, weighted',
            values: series((d) => d.acwrEwma),
            invert: false,
            show: (v) => n(v),
            bands: [
              { from: 0.8, to: 1.3, kind: 'good' },
              { from: 1.5, to: 3, kind: 'caution' },
            ],
          },
          { key: 'form', title: 'Monotony', values: series((d) => d.monotony), invert: false, show: (v) => n(v) },
          { key: 'load', title: 'Strain', values: series((d) => d.strain), invert: false, show: (v) => n(v, 0) },
        ]}
      />
    </section>
  );
}
