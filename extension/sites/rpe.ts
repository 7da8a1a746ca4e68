// Perceived exertion onto the model's 0-10 scale (Session.rpe).

/** A site's RPE on a 1-10 scale (intervals.icu icu_rpe), or null when out of range. */
export function rpeOfTen(v: number | null): number | null {
  return v !== null && v >= 0 && v <= 10 ? v : null;
}
