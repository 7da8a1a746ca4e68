// What the App gives every registered view (views.ts).

export interface ViewProps {
  /** Opens one session's detail (from a list, a calendar or a chart). */
  readonly onOpenSession: (id: string) => void;
}
