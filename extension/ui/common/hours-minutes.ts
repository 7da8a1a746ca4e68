// Durations the athlete types, written the one way the panel asks for them: h:mm.

/** "1:30" -> 5400 s; null unless hours and two-digit minutes under 60. */
export function parseHoursMinutes(text: string): number | null {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60;
  return seconds > 0 ? seconds : null;
}

/** 5400 s -> "1:30", the form parseHoursMinutes reads back (seconds past the minute are dropped). */
export function formatHoursMinutes(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
