import type { PlanActions } from './plan-actions';

/** What each of the Plan view's calendars is given: where it is, how to go elsewhere, and what its sessions can do. */
export interface CalendarProps {
  /** A day (day number) inside the period shown: its week, month or the season ending soon after it. */
  readonly anchor: number;
  /** Sets the anchor, or steps from it (two quick presses of Next step twice). */
  readonly onAnchor: (day: number | ((anchor: number) => number)) => void;
  readonly today: number;
  readonly actions: PlanActions;
}
