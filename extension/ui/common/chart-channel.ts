// One line a chart draws, in display units, with its colour class (one colour per channel across views:
// docs/ui.md, "Charts").
export interface ChartChannel {
  /** Also names the colour class (`chart-<key>`); the daily charts of Today and Wellness add theirs. */
  readonly key:
    | 'hr'
    | 'power'
    | 'speed'
    | 'cadence'
    | 'elevation'
    | 'fitness'
    | 'fatigue'
    | 'form'
    | 'hrv'
    | 'load'
    | 'ratio'
    | 'rhr';
  readonly title: string;
  readonly values: ArrayLike<number>;
  /** Pace charts put faster (smaller numbers) at the top. */
  readonly invert: boolean;
  /** Ranges shaded behind the line, in the values' units ("0.8-1.3: the sweet spot"). */
  readonly bands?: readonly { readonly from: number; readonly to: number; readonly kind: 'good' | 'caution' }[];
  /** A value as the readout shows it, with its unit. */
  readonly show: (value: number) => string;
}
