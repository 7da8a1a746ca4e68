// A duration written as a clock, the one way every layer writes it.

/**
 * Whole seconds as h:mm:ss, hours unbounded ("0:45:00", "30:01:01"); with hours 'if-any',
 * a duration under an hour drops them ("2:03"), as prose writes it.
 */
export function formatDuration(seconds: number, hours: 'always' | 'if-any' = 'always'): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60));
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 || hours === 'always' ? `${h}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
