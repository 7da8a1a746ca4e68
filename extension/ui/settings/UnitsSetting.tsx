// Units for every number in the panel (issue 4, Settings: "units (metric or
// imperial, everywhere)"): a radio group, so arrow keys move between the two.
import { useFormat } from '../common/format-context';
import type { UnitSystem } from '../units/format';
import { useChooseUnits } from '../units/units-choice';

const CHOICES: readonly { readonly system: UnitSystem; readonly label: string; readonly example: string }[] = [
  { system: 'metric', label: 'Metric', example: 'km, m, km/h, min/km' },
  { system: 'imperial', label: 'Imperial', example: 'mi, ft, mph, min/mi' },
];

export function UnitsSetting() {
  const { system } = useFormat();
  const choose = useChooseUnits();
  return (
    <section class="settings-section" aria-labelledby="units-title">
      <h2 id="units-title">Units</h2>
      <fieldset class="units-choice">
        <legend class="visually-hidden">Units</legend>
        {CHOICES.map((choice) => (
          <label key={choice.system}>
            <input
              type="radio"
              name="units"
              value={choice.system}
              checked={system === choice.system}
              onChange={() => choose(choice.system)}
            />
            {choice.label} <span class="settings-note">({choice.example})</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
