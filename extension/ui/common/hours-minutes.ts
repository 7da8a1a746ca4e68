// Durations the athlete types, written the one way the panel asks for them: h:mm.

/** "1:30" -> 5400 s; null unless hours and two-digit minutes under 60. */
export function parseHoursMinutes(text: string): number | null {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60;
  return seconds > 0 ? seconds : null;
}
