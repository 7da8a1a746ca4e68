// The top bar: the views that exist (views not built are left out rather
// than shown empty) and the unit choice.
import type { UnitSystem } from './units/format';
import { VIEWS, type ViewId } from './views';

export interface TopBarProps {
  readonly units: UnitSystem;
  readonly onUnits: (system: UnitSystem) => void;
  readonly current: ViewId;
  /** Opens a view (choosing the current one again goes back to its start, e.g. the list from a detail). */
  readonly onView: (view: ViewId) => void;
}

export function TopBar({ units, onUnits, current, onView }: TopBarProps) {
  return (
    <header class="top-bar">
      <h1>SessionsAI</h1>
      <nav aria-label="Views">
        {VIEWS.map((view) => (
          <button key={view.id} type="button" aria-current={view.id === current ? 'page' : undefined} onClick={() => onView(view.id)}>
            {view.label}
          </button>
        ))}
      </nav>
      <label class="units">
        <span class="visually-hidden">Units</span>
        <select value={units} onChange={(e) => onUnits((e.currentTarget as HTMLSelectElement).value as UnitSystem)}>
          <option value="metric">km, m</option>
          <option value="imperial">mi, ft</option>
        </select>
      </label>
    </header>
  );
}
