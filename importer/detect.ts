// What a file is, from its first bytes, never from its name: athletes rename
// files, and exports name gzip files ".fit" and FIT files ".fit.gz".

export type DetectedFormat =
  | 'fit'
  | 'gpx'
  | 'tcx'
  | 'gzip'
  | 'zip'
  /** SessionsAI's own JSON document of a training site's activity (importer/activity-json). */
  | 'activity-json'
  /** A Strava bulk export's activities.csv. */
  | 'strava-activities-csv'
  /** A macOS AppleDouble/AppleSingle metadata file ("._name"). */
  | 'apple-double'
  /** XML whose root is neither gpx nor TrainingCenterDatabase (`xmlRoot` names it). */
  | 'other-xml'
  | 'empty'
  | 'unknown';

export interface Detection {
  readonly format: DetectedFormat;
  /** Local name of the XML root element, when the bytes are XML and it was reached. */
  readonly xmlRoot?: string;
}

/** Bytes of the prefix that detection needs; a longer XML prologue is read until the root anyway. */
export const DETECT_PREFIX_BYTES = 64 * 1024;

function startsWith(b: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > b.length) return false;
  for (let i = 0; i < ascii.length; i++) if (b[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function isXmlSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function indexOfAscii(b: Uint8Array, ascii: string, from: number): number {
  outer: for (let i = from; i + ascii.length <= b.length; i++) {
    for (let j = 0; j < ascii.length; j++) if (b[i + j] !== ascii.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/**
 * Local name of the root element (XML 1.0 §2.8: the prolog is a declaration,
 * comments, processing instructions, whitespace and a DOCTYPE), or undefined
 * when the bytes are not XML or end before the root.
 */
function xmlRootName(b: Uint8Array, at: number): string | undefined {
  for (;;) {
    while (isXmlSpace(b[at])) at++;
    if (b[at] !== 0x3c /* < */) return undefined;
    const close = startsWith(b, at, '<!--')
      ? '-->'
      : startsWith(b, at, '<?')
        ? '?>'
        : startsWith(b, at, '<!')
          ? '>'
          : null;
    if (close === null) break;
    const end = indexOfAscii(b, close, at + 2);
    if (end < 0) return undefined;
    at = end + close.length;
  }
  let end = at + 1;
  while (end < b.length && !isXmlSpace(b[end]) && b[end] !== 0x3e /* > */ && b[end] !== 0x2f /* / */) end++;
  if (end >= b.length) return undefined;
  const qualified = String.fromCharCode(...b.subarray(at + 1, Math.min(end, at + 256)));
  return qualified.slice(qualified.indexOf(':') + 1);
}

// The activity-json writer puts "format" first (importer/activity-json/write-activity-json.ts),
// so a JSON object whose first member names it is recognised from its opening bytes.
const ACTIVITY_JSON_HEAD = /^\s*\{\s*"format"\s*:\s*"sessionsai\.activity"/;

function isActivityJson(b: Uint8Array, at: number): boolean {
  return ACTIVITY_JSON_HEAD.test(String.fromCharCode(...b.subarray(at, at + 128)));
}

/** Detects the format from the leading bytes (a prefix of the file is enough). */
export function detectFormat(b: Uint8Array): Detection {
  if (b.length === 0) return { format: 'empty' };
  // FIT protocol §3.3.1: byte 0 is the header size (12 or 14), bytes 8-11 are
  // ".FIT". A bad header size is still a FIT file: its decoder says what is wrong.
  if (startsWith(b, 8, '.FIT')) return { format: 'fit' };
  // RFC 1952 §2.3.1: ID1 0x1f, ID2 0x8b.
  if (b[0] === 0x1f && b[1] === 0x8b) return { format: 'gzip' };
  // APPNOTE §4.3.7 local file header, or §4.3.16 end record first (an empty zip).
  if (startsWith(b, 0, 'PK\x03\x04') || startsWith(b, 0, 'PK\x05\x06')) return { format: 'zip' };
  // RFC 1740 §A: AppleSingle 0x00051600, AppleDouble 0x00051607.
  if (b[0] === 0x00 && b[1] === 0x05 && b[2] === 0x16 && (b[3] === 0x07 || b[3] === 0x00))
    return { format: 'apple-double' };
  const textStart = startsWith(b, 0, '\xef\xbb\xbf') ? 3 : 0; // UTF-8 byte order mark
  if (startsWith(b, textStart, 'Activity ID,')) return { format: 'strava-activities-csv' };
  if (isActivityJson(b, textStart)) return { format: 'activity-json' };
  const root = xmlRootName(b, textStart);
  if (root === undefined) return { format: 'unknown' };
  if (root === 'gpx') return { format: 'gpx', xmlRoot: root };
  if (root === 'TrainingCenterDatabase') return { format: 'tcx', xmlRoot: root };
  return { format: 'other-xml', xmlRoot: root };
}
