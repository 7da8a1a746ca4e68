// Times per distance the athlete types and reads in a form field: "4:30".

/** "4:30" -> 270 s; null unless minutes and two-digit seconds under 60, above zero. */
export function parseMinutesSeconds(text: string): number | null {
  const m = /^(\d{1,3}):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * 60 + Number(m[2]);
  return seconds > 0 ? seconds : null;
}

/** 270 -> "4:30", rounded to the second. */
export function minutesSecondsText(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
