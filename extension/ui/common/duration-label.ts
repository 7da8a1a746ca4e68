// A best-effort duration as curve axes and tables name it: "5 s", "20 min", "1 h 30 min".
export function durationLabel(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600)
    return seconds % 60 === 0 ? `${seconds / 60} min` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Where a duration axis puts its labels. */
export const DURATION_TICKS: readonly number[] = [1, 10, 60, 300, 1200, 3600, 18000];
