// A pull scanner over XML bytes: no DOM, no DOMParser, so the same code runs
// in a Web Worker, the MV3 service worker and Node. It hands out start and end
// tags one at a time, with local names (namespace prefixes dropped: GPX
// extensions come as gpxtpx:hr, ns3:hr or plain hr) interned so that a switch
// on them compares the same few strings. Text is read on demand right after a
// start tag, as a string or, without making one, as a number or a time.
//
// It reads what well-formed XML 1.0 allows (comments, CDATA, processing
// instructions, a DOCTYPE, either quote around attributes, self-closing tags,
// character and entity references), is lenient about what it does not need
// (namespace declarations are not resolved: elements are told apart by local
// name), and never throws: a document that stops early ends with the open
// elements listed in `unclosed`. Hostile input costs linear time: nesting past
// MAX_XML_DEPTH ends the document (`tooDeep`), which also bounds the search an
// unmatched end tag makes through the open elements; so does a stretch of more
// than MAX_XML_RUN_BYTES without markup (`runTooLong`); and a file's deadline
// ends it too (`overTime`).
//
// A document can also be read as it arrives (a .gpx.gz as it inflates): given
// `more`, the scanner asks it for a longer document whenever it runs out, so
// whoever produces the bytes stops producing them where reading stops.
import { type Deadline, NO_DEADLINE } from '../deadline';
import { MAX_XML_DEPTH, MAX_XML_RUN_BYTES } from '../limits';
import { decodeEntities } from './entities';
import { prepareXml } from './encoding';
import { parseIsoTime } from './iso-time';
import { parseDecimal } from './number';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACKET = 0x5b;

const COMMENT_END = Uint8Array.of(0x2d, 0x2d, 0x3e); // -->
const CDATA_END = Uint8Array.of(0x5d, 0x5d, 0x3e); // ]]>
const PI_END = Uint8Array.of(0x3f, 0x3e); // ?>
const CDATA_OPEN = '[CDATA[';
const LT_SEQ = Uint8Array.of(LT);
/** Bytes from a '<' that text() looks at to tell a CDATA section ("<![CDATA[") from a child. */
const MARKUP_LOOKAHEAD = 9;

/** What `step()` returns when it ran out of bytes and more arrived: step again. */
const MORE = 2;

/** Returns the whole document so far, longer than last time, or null when it has all arrived. */
export type MoreBytes = () => Uint8Array | null;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

// Names are interned in an open-addressing table keyed by a hash of their
// bytes. A document uses a few dozen names; past NAME_PROBES collisions a name
// is simply not cached.
const NAME_CACHE_SIZE = 1024;
const NAME_PROBES = 8;

export class XmlScanner {
  /** Local name of the element the last start or end tag was about. */
  name = '';
  /** True when `next()` stopped at a start tag, false at an end tag. */
  opened = false;
  /** Elements open now (the current one included after a start tag). */
  depth = 0;
  /** At the end: elements left open when the bytes ran out, outermost first; empty for a complete document. */
  readonly unclosed: string[] = [];
  /** At the end: true when the bytes ran out inside a tag, comment, CDATA section or declaration. */
  endedInMarkup = false;
  /** End tags that did not match the element open at that point. */
  mismatchedTags = 0;
  /** At the end: true when an element nested deeper than MAX_XML_DEPTH stopped the reading. */
  tooDeep = false;
  /** At the end: true when the file's time budget stopped the reading. */
  overTime = false;
  /** At the end: true when more than MAX_XML_RUN_BYTES went by without markup (or inside one tag), which stopped the reading. */
  runTooLong = false;

  private bytes: Uint8Array;
  /** The same bytes, for comparing names four at a time. */
  private view: DataView;
  private readonly decoder: TextDecoder;
  /** Where the scanned document starts in what `more` returns (after a byte order mark). */
  private readonly skip: number;
  private pos = 0;
  private attrFrom = 0;
  private attrTo = 0;
  private closePending = false;
  /** Local names of the open elements, outermost first. */
  private readonly stack: string[] = [];
  /** Where each open element's qualified name starts and ends in `bytes`, parallel to `stack`. */
  private openFrom = new Int32Array(64);
  private openTo = new Int32Array(64);
  /** The name table slot of each open element's name (-1: not in the table), parallel to `stack`. */
  private openSlot = new Int32Array(64);
  private readonly nameHashes = new Int32Array(NAME_CACHE_SIZE);
  /** Where each cached name first occurred in `bytes`, so a candidate is checked byte against byte: its local part, and the whole name with its prefix. */
  private readonly nameAt = new Int32Array(NAME_CACHE_SIZE);
  private readonly qualifiedFrom = new Int32Array(NAME_CACHE_SIZE);
  private readonly qualifiedTo = new Int32Array(NAME_CACHE_SIZE);
  private readonly nameStrings: (string | undefined)[] = new Array<string | undefined>(NAME_CACHE_SIZE).fill(undefined);
  /** Name table slot of the tag the scanner stopped at; -1 when its name is not in the table. */
  private slot = -1;
  /**
   * Track points repeat one sequence of tags, so the start tag that followed
   * a given start (or end) tag last time is checked first, by one comparison
   * of its bytes, before hashing the name: 1 + its slot, 0 for none.
   */
  private readonly nextAfterStart = new Int32Array(NAME_CACHE_SIZE);
  private readonly nextAfterEnd = new Int32Array(NAME_CACHE_SIZE);

  /** `input` is the whole document, or its start when `more` gives the rest as it arrives. */
  constructor(
    input: Uint8Array,
    private readonly deadline: Deadline = NO_DEADLINE,
    private more: MoreBytes | null = null,
  ) {
    let prepared = prepareXml(input);
    if (more !== null && prepared.bytes.buffer !== input.buffer) {
      // Transcoded (UTF-16): the document is converted whole, so it is read whole.
      for (let longer = more(); longer !== null; longer = more()) input = longer;
      prepared = prepareXml(input);
      this.more = null;
    }
    this.skip = input.length - prepared.bytes.length;
    this.bytes = prepared.bytes;
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    this.decoder = prepared.decoder;
  }

  /** True when the first thing in the document (after a byte order mark and white space) is markup. */
  looksLikeXml(): boolean {
    const b = this.bytes;
    let i = 0;
    while (i < b.length && isSpace(b[i]!)) i++;
    return b[i] === LT;
  }

  /**
   * Moves to the next start or end tag (see `opened` and `name`); false at the
   * end of the document. A self-closing tag gives a start tag, then an end tag.
   */
  next(): boolean {
    for (;;) {
      const stepped = this.step();
      if (stepped !== MORE) return stepped;
    }
  }

  private step(): boolean | typeof MORE {
    if (this.deadline.passed()) {
      this.overTime = true;
      return this.end(false);
    }
    if (this.closePending) {
      this.closePending = false;
      this.opened = false;
      this.depth--;
      return true;
    }
    const b = this.bytes;
    const n = b.length;
    let lt = this.pos;
    for (;;) {
      // A plain loop beats Uint8Array.prototype.indexOf for the short hops between tags.
      while (lt < n && b[lt] !== LT) lt++;
      if (lt - this.pos > MAX_XML_RUN_BYTES) return this.tooLong();
      if (lt >= n) return this.ranOut(this.pos, false);
      if (lt + 1 >= n) return this.ranOut(lt, true);
      const c = b[lt + 1]!;
      if (c === SLASH) {
        if (this.closesOpenElement(lt + 2)) return true;
        let gt = lt + 2;
        while (gt < n && b[gt] !== GT) gt++;
        if (gt >= n) return this.ranOut(lt, true);
        if (gt - lt > MAX_XML_RUN_BYTES) return this.tooLong();
        const name = this.endTagName(lt + 2, gt);
        this.pos = lt = gt + 1;
        if (this.close(name)) {
          this.name = name;
          this.opened = false;
          return true;
        }
        continue;
      }
      if (c === QUESTION) {
        if (!this.skipPast(PI_END, lt + 2)) return this.ranOut(lt, true);
      } else if (c === BANG) {
        if (!this.skipDeclaration(lt)) return this.ranOut(lt, true);
      } else return this.openTag(lt);
      if (this.pos - lt > MAX_XML_RUN_BYTES) return this.tooLong();
      lt = this.pos;
    }
  }

  /** Value of an attribute of the element just opened, by local name; null when absent. */
  attr(localName: string): string | null {
    const at = this.findAttr(localName);
    return at < 0 ? null : decodeEntities(this.decoder.decode(this.bytes.subarray(at, this.valueEnd(at))));
  }

  /** Numeric value of an attribute of the element just opened; NaN when absent or not a number. */
  attrNumber(localName: string): number {
    const at = this.findAttr(localName);
    return at < 0 ? NaN : parseDecimal(this.bytes, at, this.valueEnd(at));
  }

  /**
   * Text of the element just opened, up to its first child or its end tag,
   * with CDATA sections included, comments left out and references resolved.
   */
  text(): string {
    let out = '';
    let from = this.pos;
    for (;;) {
      const lt = this.find(LT_SEQ, from, MARKUP_LOOKAHEAD);
      if (this.runTooLong) return out;
      const b = this.bytes;
      const stop = lt < 0 ? b.length : lt;
      if (stop > from) out += decodeEntities(this.decoder.decode(b.subarray(from, stop)));
      if (lt < 0 || b[lt + 1] !== BANG) {
        this.pos = stop;
        return out;
      }
      if (this.startsWith(lt + 2, CDATA_OPEN)) {
        const end = this.find(CDATA_END, lt + 9, 0);
        const cdataEnd = end < 0 ? this.bytes.length : end;
        out += this.decoder.decode(this.bytes.subarray(lt + 9, cdataEnd));
        from = end < 0 ? this.bytes.length : end + 3;
      } else {
        const end = this.find(COMMENT_END, lt + 2, 0);
        from = end < 0 ? this.bytes.length : end + 3;
      }
    }
  }

  /** The element's text as a number; NaN when empty or not a number. */
  number(): number {
    const lt = this.nextLt();
    const b = this.bytes;
    if (lt < 0) return NaN;
    if (b[lt + 1] === BANG) {
      const s = this.text().trim();
      return s === '' ? NaN : Number(s);
    }
    const value = parseDecimal(b, this.pos, lt);
    this.pos = lt;
    return value;
  }

  /** The element's text as an ISO 8601 time in UTC epoch ms; NaN when it is not one. */
  time(): number {
    const lt = this.nextLt();
    const b = this.bytes;
    if (lt < 0) return NaN;
    if (b[lt + 1] === BANG) {
      const s = new TextEncoder().encode(this.text());
      return parseIsoTime(s, 0, s.length);
    }
    const value = parseIsoTime(b, this.pos, lt);
    this.pos = lt;
    return value;
  }

  /** Offset of the next '<' from the current position (with the byte after it, when the document has one), or -1. */
  private nextLt(): number {
    const b = this.bytes;
    const n = b.length;
    let i = this.pos;
    while (i < n && b[i] !== LT) i++;
    if (i - this.pos > MAX_XML_RUN_BYTES) {
      this.tooLong();
      return -1;
    }
    if (i + 1 < n || this.more === null) return i < n ? i : -1;
    return this.find(LT_SEQ, this.pos, 1);
  }

  /**
   * Offset of `seq` at or after `from`, with `lookahead` bytes after it when
   * the document has them, asking for more of a document that is arriving;
   * -1 when it has none, or none within MAX_XML_RUN_BYTES of `from` (which
   * stops the reading).
   */
  private find(seq: Uint8Array, from: number, lookahead: number): number {
    for (;;) {
      const at = this.indexOfSeq(seq, from);
      if ((at < 0 ? this.bytes.length : at) - from > MAX_XML_RUN_BYTES) {
        this.tooLong();
        return -1;
      }
      if ((at >= 0 && at + lookahead < this.bytes.length) || !this.arrived()) return at;
    }
  }

  /**
   * The bytes ran out inside a stretch that began at `from`: step again once
   * more of the document arrived, else end it (cut inside markup or not), or
   * stop it when the stretch is longer than any GPX or TCX holds.
   */
  private ranOut(from: number, inMarkup: boolean): false | typeof MORE {
    if (this.bytes.length - from > MAX_XML_RUN_BYTES) return this.tooLong();
    return this.arrived() ? MORE : this.end(inMarkup);
  }

  /** Ends the document at a stretch longer than MAX_XML_RUN_BYTES: no GPX or TCX has one, so the rest is not read. */
  private tooLong(): false {
    this.runTooLong = true;
    return this.end(false);
  }

  /** Takes in more of a document that is arriving; false when all of it is here. */
  private arrived(): boolean {
    const longer = this.more?.() ?? null;
    if (longer === null) {
      this.more = null;
      return false;
    }
    this.bytes = longer.subarray(this.skip);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    return true;
  }

  private end(inMarkup: boolean): false {
    this.more = null;
    this.pos = this.bytes.length;
    this.endedInMarkup ||= inMarkup;
    if (this.unclosed.length === 0) this.unclosed.push(...this.stack);
    this.stack.length = 0;
    this.depth = 0;
    return false;
  }

  private openTag(lt: number): boolean | typeof MORE {
    const b = this.bytes;
    const n = b.length;
    const previous = this.slot;
    const successors = this.opened ? this.nextAfterStart : this.nextAfterEnd;
    const predicted = previous >= 0 ? successors[previous]! - 1 : -1;
    let nameEnd = predicted >= 0 ? this.endOfCachedName(predicted, lt + 1) : -1;
    const asPredicted = nameEnd >= 0;
    let local = nameEnd;
    let hash = 0;
    let ascii = true;
    if (!asPredicted) {
      for (nameEnd = local = lt + 1; nameEnd < n; nameEnd++) {
        const c = b[nameEnd]!;
        if (c <= 0x20 || c === GT || c === SLASH) break;
        if (c === COLON) {
          local = nameEnd + 1;
          hash = 0;
        } else {
          hash = (Math.imul(hash, 31) + c) | 0;
          if (c >= 0x80) ascii = false;
        }
      }
    }
    // Find the closing '>', stepping over quoted attribute values (which may hold '>').
    let i = nameEnd;
    for (; i < n; i++) {
      const c = b[i]!;
      if (c === GT) break;
      if (c === DQUOTE || c === SQUOTE) {
        i++;
        while (i < n && b[i] !== c) i++;
      }
    }
    if (i >= n) return this.ranOut(lt, true);
    if (i - lt > MAX_XML_RUN_BYTES) return this.tooLong();
    if (this.stack.length >= MAX_XML_DEPTH) {
      this.tooDeep = true;
      return this.end(false);
    }
    const selfClosing = b[i - 1] === SLASH && i - 1 >= nameEnd;
    if (asPredicted) {
      this.slot = predicted;
      this.name = this.nameStrings[predicted]!;
    } else {
      this.name = this.internName(local, nameEnd, hash, ascii, lt + 1);
      if (previous >= 0 && this.slot >= 0) successors[previous] = this.slot + 1;
    }
    this.opened = true;
    this.attrFrom = nameEnd;
    this.attrTo = selfClosing ? i - 1 : i;
    this.pos = i + 1;
    this.depth++;
    if (selfClosing) this.closePending = true;
    else this.push(lt + 1, nameEnd);
    return true;
  }

  /**
   * Where the name starting at `from` ends when it is the cached name in
   * `slot`, written with the same prefix (or none); -1 when it is not.
   */
  private endOfCachedName(slot: number, from: number): number {
    const cachedFrom = this.qualifiedFrom[slot]!;
    const length = this.qualifiedTo[slot]! - cachedFrom;
    const after = this.bytes[from + length];
    // The byte after the name is checked first: it also keeps the comparison inside the document.
    if (after === undefined || !(after <= 0x20 || after === GT || after === SLASH)) return -1;
    return this.sameBytes(from, cachedFrom, length) ? from + length : -1;
  }

  private push(from: number, to: number): void {
    const at = this.stack.length;
    if (at === this.openFrom.length) {
      this.openFrom = grown(this.openFrom);
      this.openTo = grown(this.openTo);
      this.openSlot = grown(this.openSlot);
    }
    this.openFrom[at] = from;
    this.openTo[at] = to;
    this.openSlot[at] = this.slot;
    this.stack.push(this.name);
  }

  /**
   * The common case of an end tag, decided without making a string: written
   * as `</name>` with the same qualified name as the element open now, which
   * it then closes. False (having changed nothing) for anything else.
   */
  private closesOpenElement(at: number): boolean {
    const top = this.stack.length - 1;
    if (top < 0) return false;
    const b = this.bytes;
    const from = this.openFrom[top]!;
    const length = this.openTo[top]! - from;
    if (b[at + length] !== GT || !this.sameBytes(at, from, length)) return false;
    this.pos = at + length + 1;
    this.slot = this.openSlot[top]!;
    this.name = this.stack.pop()!;
    this.opened = false;
    this.depth--;
    return true;
  }

  /** Pops the element an end tag closes; false for a stray end tag, which is skipped. The search is bounded by MAX_XML_DEPTH. */
  private close(name: string): boolean {
    const stack = this.stack;
    if (stack[stack.length - 1] === name) {
      stack.pop();
      this.depth--;
      return true;
    }
    this.mismatchedTags++;
    const at = stack.lastIndexOf(name);
    if (at < 0) return false;
    stack.length = at;
    this.depth = at;
    return true;
  }

  /** Skips a comment, CDATA section or DOCTYPE starting at `lt` ("<!"); false when the document ends inside it. */
  private skipDeclaration(lt: number): boolean {
    const b = this.bytes;
    if (b[lt + 2] === 0x2d && b[lt + 3] === 0x2d) return this.skipPast(COMMENT_END, lt + 4);
    if (this.startsWith(lt + 2, CDATA_OPEN)) return this.skipPast(CDATA_END, lt + 9);
    // <!DOCTYPE ...> with an optional [internal subset]. The bracket is looked
    // for only up to the '>', or a run of declarations would each scan to it.
    const gt = b.indexOf(GT, lt + 2);
    const inside = b.subarray(lt + 2, gt < 0 ? b.length : gt).indexOf(LBRACKET);
    const bracket = inside < 0 ? -1 : lt + 2 + inside;
    if (bracket >= 0) {
      const close = b.indexOf(0x5d, bracket);
      if (close < 0) return false;
      const after = b.indexOf(GT, close);
      if (after < 0) return false;
      this.pos = after + 1;
      return true;
    }
    if (gt < 0) return false;
    this.pos = gt + 1;
    return true;
  }

  private skipPast(seq: Uint8Array, from: number): boolean {
    const at = this.indexOfSeq(seq, from);
    if (at < 0) return false;
    this.pos = at + seq.length;
    return true;
  }

  private indexOfSeq(seq: Uint8Array, from: number): number {
    const b = this.bytes;
    const first = seq[0]!;
    for (let at = b.indexOf(first, from); at >= 0; at = b.indexOf(first, at + 1)) {
      let k = 1;
      while (k < seq.length && b[at + k] === seq[k]) k++;
      if (k === seq.length) return at;
    }
    return -1;
  }

  private startsWith(at: number, ascii: string): boolean {
    for (let k = 0; k < ascii.length; k++) if (this.bytes[at + k] !== ascii.charCodeAt(k)) return false;
    return true;
  }

  /** Offset of the value of the attribute with this local name, or -1. */
  private findAttr(localName: string): number {
    const b = this.bytes;
    const to = this.attrTo;
    let i = this.attrFrom;
    while (i < to) {
      while (i < to && isSpace(b[i]!)) i++;
      const nameFrom = i;
      let local = i;
      while (i < to && b[i] !== EQUALS && !isSpace(b[i]!)) {
        if (b[i] === COLON) local = i + 1;
        i++;
      }
      const nameTo = i;
      while (i < to && isSpace(b[i]!)) i++;
      if (b[i] !== EQUALS) return -1;
      i++;
      while (i < to && isSpace(b[i]!)) i++;
      const quote = b[i];
      if (quote !== DQUOTE && quote !== SQUOTE) return -1;
      const valueFrom = i + 1;
      const valueTo = this.valueEnd(valueFrom);
      if (valueTo > to) return -1;
      if (nameTo - local === localName.length && nameTo > nameFrom && this.startsWith(local, localName))
        return valueFrom;
      i = valueTo + 1;
    }
    return -1;
  }

  /** Offset of the quote that closes the attribute value starting at `valueFrom`, or past the end. */
  private valueEnd(valueFrom: number): number {
    // A plain loop: values are short, and indexOf's call costs more than the scan.
    const b = this.bytes;
    const quote = b[valueFrom - 1];
    let i = valueFrom;
    while (i < b.length && b[i] !== quote) i++;
    return i;
  }

  /** The local name of an end tag whose name and trailing space fill bytes[from, to), interned. */
  private endTagName(from: number, to: number): string {
    const b = this.bytes;
    let end = from;
    let local = from;
    for (; end < to && b[end]! > 0x20; end++) if (b[end] === COLON) local = end + 1;
    let hash = 0;
    let ascii = true;
    for (let i = local; i < end; i++) {
      hash = (Math.imul(hash, 31) + b[i]!) | 0;
      if (b[i]! >= 0x80) ascii = false;
    }
    return this.internName(local, end, hash, ascii, from);
  }

  /**
   * The name in bytes[local, to) (with its hash, as computed while scanning;
   * its prefix, if any, starts at `qualified`), as one shared string per
   * distinct name. Sets `slot`.
   */
  private internName(local: number, to: number, hash: number, ascii: boolean, qualified: number): string {
    const b = this.bytes;
    const length = to - local;
    let slot = (hash ^ (hash >>> 10) ^ length) & (NAME_CACHE_SIZE - 1);
    for (let probe = 0; probe < NAME_PROBES; probe++) {
      const cached = this.nameStrings[slot];
      if (cached === undefined) break;
      if (this.nameHashes[slot] === hash && this.sameName(this.nameAt[slot]!, local, to)) {
        this.slot = slot;
        return cached;
      }
      slot = (slot + 1) & (NAME_CACHE_SIZE - 1);
    }
    let name = '';
    if (ascii) for (let i = local; i < to; i++) name += String.fromCharCode(b[i]!);
    else name = this.decoder.decode(b.subarray(local, to));
    // An object key is an internalized string in V8, so callers' comparisons
    // with literals ('trkpt') are pointer compares, not character loops.
    name = Object.keys({ [name]: 0 })[0] ?? name;
    if (this.nameStrings[slot] === undefined) {
      this.nameHashes[slot] = hash;
      this.nameAt[slot] = local;
      this.qualifiedFrom[slot] = qualified;
      this.qualifiedTo[slot] = to;
      this.nameStrings[slot] = name;
      this.slot = slot;
    } else this.slot = -1;
    return name;
  }

  /** True when the name at bytes[cachedAt] is the one in bytes[from, to): same bytes, then a byte that ends a name. */
  private sameName(cachedAt: number, from: number, to: number): boolean {
    const length = to - from;
    // The byte after is checked first: it also keeps the comparison inside the document.
    const after = this.bytes[cachedAt + length];
    if (after === undefined || !(after <= 0x20 || after === GT || after === SLASH)) return false;
    return this.sameBytes(cachedAt, from, length);
  }

  /** True when bytes[x, x + length) and bytes[y, y + length) are equal; both ranges lie inside the document. */
  private sameBytes(x: number, y: number, length: number): boolean {
    // Tag names are 3-20 bytes: whole 32-bit words first cut the loop to a quarter.
    const v = this.view;
    let k = 0;
    for (; k + 4 <= length; k += 4) if (v.getInt32(x + k) !== v.getInt32(y + k)) return false;
    const b = this.bytes;
    for (; k < length; k++) if (b[x + k] !== b[y + k]) return false;
    return true;
  }
}

function grown(a: Int32Array) {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
