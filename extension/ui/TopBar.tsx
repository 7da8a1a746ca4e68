// The top bar: the views that exist (views not built are left out rather
// than shown empty). Units are a setting, chosen in Settings.
import { VIEWS, type ViewId } from './views';

export interface TopBarProps {
  /** Null while the panel decides which view to open on: the bar is there at once, so a view can be chosen meanwhile. */
  readonly current: ViewId | null;
  /** Opens a view (choosing the current one again goes back to its start, e.g. the list from a detail). */
  readonly onView: (view: ViewId) => void;
}

export function TopBar({ current, onView }: TopBarProps) {
  return (
    <header class="top-bar">
      <h1>SessionsAI</h1>
      <nav aria-label="Views">
        {VIEWS.map((view) => (
          <button
            key={view.id}
            type="button"
            aria-current={view.id === current ? 'page' : undefined}
            onClick={() => onView(view.id)}
          >
            {view.label}
          </button>
        ))}
      </nav>
    </header>
  );
}
