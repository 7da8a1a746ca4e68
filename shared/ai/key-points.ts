// The key points of an earlier answer, for continuity in the next one: its
// first sentences, within a few hundred characters, so a week's summary can
// follow on from the last without sending whole answers again.

/** About two sentences of prose. */
export const KEY_POINTS_CHARS = 280;

export function keyPoints(answer: string, maxChars: number = KEY_POINTS_CHARS): string {
  const flat = answer.replace(/\s+/g, ' ').trim();
  const sentences = flat.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [];
  let out = '';
  for (const sentence of sentences.slice(0, 2)) {
    const next = `${out} ${sentence.trim()}`.trim();
    if (next.length > maxChars) break;
    out = next;
  }
  if (out !== '') return out;
  // One sentence longer than the limit: cut at a word.
  const cut = flat.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
