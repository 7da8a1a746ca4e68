// Where the messages of a FIT file start, and which are definitions, so
// mutations can duplicate or contradict definitions at real boundaries.
import { parseDefinition } from '../../importer';

export interface FitMessageAt {
  readonly at: number;
  readonly end: number;
  readonly definition: boolean;
}

export function isFit(b: Uint8Array): boolean {
  return b.length >= 12 && b[8] === 0x2e && b[9] === 0x46 && b[10] === 0x49 && b[11] === 0x54;
}

/** The messages of the first FIT file in `b`, up to the first that cannot be walked. */
export function fitMessages(b: Uint8Array): FitMessageAt[] {
  const out: FitMessageAt[] = [];
  if (!isFit(b)) return out;
  const sizes = new Int32Array(16).fill(-1);
  const end = b.length - 2;
  let pos = b[0]!;
  while (pos < end) {
    const header = b[pos]!;
    if (!(header & 0x80) && header & 0x40) {
      const parsed = parseDefinition(b, pos, end);
      if (!parsed) break;
      sizes[header & 0x0f] = parsed.def.size;
      out.push({ at: pos, end: parsed.next, definition: true });
      pos = parsed.next;
      continue;
    }
    const size = sizes[header & 0x80 ? (header >> 5) & 0x03 : header & 0x0f]!;
    if (size < 0 || pos + 1 + size > end) break;
    out.push({ at: pos, end: pos + 1 + size, definition: false });
    pos += 1 + size;
  }
  return out;
}
