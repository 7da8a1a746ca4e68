// The choice between the three-week grid, the month and the season: a radio
// group, so the arrow keys move between them as in any form.
import { PLAN_LAYOUTS, type PlanLayout } from './plan-layout';

export function LayoutSwitch({ value, onChange }: { value: PlanLayout; onChange: (layout: PlanLayout) => void }) {
  return (
    <fieldset class="plan-layouts">
      <legend class="visually-hidden">Calendar</legend>
      {PLAN_LAYOUTS.map((layout) => (
        <label key={layout.id}>
          <input
            type="radio"
            name="plan-layout"
            value={layout.id}
            checked={value === layout.id}
            onChange={() => onChange(layout.id)}
          />
          <span>{layout.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
