// What a planned or done session in any of the Plan view's calendars can ask
// the view to do. The view owns the prompts and forms these open.
import type { PlanRow } from '../../db';

export interface PlanActions {
  readonly onOpenSession: (id: string) => void;
  /** Asks to delete a planned session. */
  readonly onDelete: (plan: PlanRow) => void;
  readonly onEdit: (plan: PlanRow) => void;
  /** Moves a planned session to another day (a day number). */
  readonly onMove: (plan: PlanRow, day: number) => void;
  /** A planned session is being dragged: a day it is dropped on moves it there. */
  readonly onDragPlan: (plan: PlanRow | null) => void;
  /** Moves the dragged plan to the day it was dropped on; false when no plan is being dragged. */
  readonly onDropOn: (day: number) => boolean;
  /** Asks to copy the week starting on this Monday (a day number) to another week. */
  readonly onCopyWeek: (monday: number) => void;
  /** The plan to give focus to once it is drawn on this date (after a move, or when its edit closes). */
  readonly focusPlan: { readonly id: string; readonly date: string } | null;
  /** That plan has taken focus: later redraws (another week and back) leave focus where it is. */
  readonly onPlanFocused: () => void;
}

/** How many days Alt+an arrow key moves a focused plan: a day sideways, a week up or down, as the grid is drawn. */
export const MOVE_KEYS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  ArrowUp: -7,
  ArrowDown: 7,
};
