// How the athlete is doing: form in plain words, the three numbers behind it,
// and their last 90 days.
import type { DayRow } from '../../../shared/analytics';
import type { ChartChannel } from '../common/chart-channels';
import { EstimatedMark } from '../common/EstimatedMark';
import { useFormat } from '../common/format-context';
import { counted } from '../common/plural';
import { DayCharts } from '../common/DayCharts';
import { FORM_MEANING, formLabel } from './form-label';
import { signed } from './signed';
import type { TrainingPicture } from './training-picture';

function seriesOf(days: readonly DayRow[], pick: (d: DayRow) => number): Float64Array {
  return Float64Array.from(days, pick);
}

export interface FormSummaryProps {
  readonly today: DayRow;
  readonly days: readonly DayRow[];
  readonly unscored: number;
  readonly estimated: TrainingPicture['estimated'];
}

export function FormSummary({ today, days, unscored, estimated }: FormSummaryProps) {
  const format = useFormat();
  const label = formLabel(today.tsb);
  const one = (v: number) => format.number(v, 1);
  const channels: ChartChannel[] = [
    { key: 'fitness', title: 'Fitness (CTL)', values: seriesOf(days, (d) => d.ctl), invert: false, show: one },
    { key: 'fatigue', title: 'Fatigue (ATL)', values: seriesOf(days, (d) => d.atl), invert: false, show: one },
    {
      key: 'form',
      title: 'Form (TSB)',
      values: seriesOf(days, (d) => d.tsb),
      invert: false,
      show: (v) => signed(format, v),
    },
  ];
  return (
    <section class="today-form" aria-label="Form">
      <p class={`form-label form-${label}`}>
        You are <strong>{label}</strong>
      </p>
      <p class="form-meaning">{FORM_MEANING[label]}</p>
      <dl class="key-numbers">
        <div class="key-number">
          <dt>Form (TSB)</dt>
          <dd>{signed(format, today.tsb)}</dd>
        </div>
        <div class="key-number">
          <dt>Fitness (CTL)</dt>
          <dd>{one(today.ctl)}</dd>
        </div>
        <div class="key-number">
          <dt>Fatigue (ATL)</dt>
          <dd>{one(today.atl)}</dd>
        </div>
      </dl>
      {unscored > 0 && (
        <p class="form-unscored">
          {counted(unscored, 'session', 'sessions', format.number)} without a load: set thresholds in Settings
        </p>
      )}
      {estimated !== null && (
        <p class="form-unscored">
          {counted(estimated.count, 'session’s load uses', 'sessions’ loads use', format.number)} an estimated threshold
          <EstimatedMark note={estimated.note} />
        </p>
      )}
      {days.length > 0 && (
        <DayCharts label="Fitness, fatigue and form, last 90 days" firstDay={days[0]!.day} channels={channels} />
      )}
    </section>
  );
}
