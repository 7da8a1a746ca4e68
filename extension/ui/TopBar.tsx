// The top bar: the views that exist (only Sessions so far; views not built
// are left out rather than shown empty) and the unit choice.
import type { UnitSystem } from './units/format';

export interface TopBarProps {
  readonly units: UnitSystem;
  readonly onUnits: (system: UnitSystem) => void;
  /** Back to the list from wherever the panel is. */
  readonly onSessions: () => void;
}

export function TopBar({ units, onUnits, onSessions }: TopBarProps) {
  return (
    <header class="top-bar">
      <h1>SessionsAI</h1>
      <nav aria-label="Views">
        <button type="button" aria-current="page" onClick={onSessions}>
          Sessions
        </button>
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
