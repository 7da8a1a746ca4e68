// What load today keeps tomorrow's form in the athlete's band (Settings →
// Form target), with its arithmetic, and the week ahead under the plan with
// the days that leave the band marked in words.
import type { FormOutlook, ProjectedDay } from '../../../shared/analytics';
import { useFormat } from '../common/format-context';
import { counted } from '../common/plural';
import type { Format } from '../units/format';
import { formTargetWords } from './form-target-words';
import { signed } from './signed';

function dayName(format: Format, day: ProjectedDay): string {
  return new Intl.DateTimeFormat(format.locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day.date}T00:00:00Z`),
  );
}

/** Where a day leaves the band or the ramp limit, in words: colour never carries it alone. */
function dayFlags(day: ProjectedDay): string {
  const flags = [...(day.form === 'in' ? [] : [`form ${day.form} band`]), ...(day.rampOver ? ['ramp over limit'] : [])];
  return flags.length === 0 ? 'in band' : flags.join(', ');
}

export function FormTarget({ outlook }: { outlook: FormOutlook }) {
  const format = useFormat();
  const words = formTargetWords(outlook, format);
  return (
    <section class="today-form-target" aria-labelledby="form-target-heading">
      <h3 id="form-target-heading">Load for today</h3>
      <p class="form-target-headline">{words.headline}</p>
      <p class="form-target-because">{words.because}</p>
      <table class="form-projection">
        <caption>Next 7 days under your plan</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Load</th>
            <th scope="col">Form next morning</th>
            <th scope="col">Ramp</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {outlook.projection.map((day) => {
            const out = day.form !== 'in' || day.rampOver;
            return (
              <tr key={day.day} class={out ? 'projection-out' : undefined}>
                <th scope="row">{dayName(format, day)}</th>
                <td>{format.number(Math.round(day.load))}</td>
                <td>{signed(format, day.formNext)}</td>
                <td>{signed(format, day.ramp)}</td>
                <td>{dayFlags(day)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {outlook.plansWithoutLoad > 0 && (
        <p class="form-unscored">
          {counted(outlook.plansWithoutLoad, 'planned session has', 'planned sessions have', format.number)} no target
          load and count as 0
        </p>
      )}
    </section>
  );
}
