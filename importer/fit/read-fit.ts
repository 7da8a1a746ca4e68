// readFit: bytes -> FIT files (header, data, CRC; several when chained), never
// throwing. File layout per the FIT protocol document ("File Header", "File
// CRC"): a 12- or 14-byte header ending in ".FIT" (14 adds a header CRC), then
// data_size bytes of messages, then a CRC-16 of everything before it.
import type { FitFile, FitProblem, FitReadResult } from './types';
import { fitCrc } from './crc';
import { decodeData, type DecodedData } from './file-decoder';
import { type Deadline, NO_DEADLINE } from '../deadline';
import { MAX_EMPTY_FIT_MESSAGE_RUN } from '../limits';

const SIGNATURE = [0x2e, 0x46, 0x49, 0x54]; // ".FIT"
const MIN_HEADER = 12;

function hasSignature(b: Uint8Array, start: number): boolean {
  return start + MIN_HEADER <= b.length && SIGNATURE.every((c, i) => b[start + 8 + i] === c);
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Stops that already say the data is damaged, and so explain a wrong CRC. */
const EXPLAINS_CRC: ReadonlySet<DecodedData['stop']['kind']> = new Set(['cut', 'empty-messages', 'too-many-messages']);

function kept(d: DecodedData): string {
  const other = d.messageCount - d.records.length;
  return `kept ${d.records.length} records and ${other} other messages`;
}

class Problems {
  readonly warnings: FitProblem[] = [];
  readonly errors: FitProblem[] = [];

  warn(code: FitProblem['code'], message: string, offset: number): void {
    this.warnings.push({ code, message, offset });
  }

  error(code: FitProblem['code'], message: string, offset: number): void {
    this.errors.push({ code, message, offset });
  }

  /** A problem that lost data: a warning when something was kept, an error when nothing was. */
  loss(code: FitProblem['code'], message: string, offset: number, d: DecodedData): void {
    if (d.messageCount > 0) this.warn(code, message, offset);
    else this.error(code, message, offset);
  }
}

/**
 * Decodes every FIT file in `bytes`. Never throws: problems are reported, and
 * everything before a break is kept. Stops early once `deadline` passes (the
 * caller, knowing it, refuses the file).
 */
export function readFit(bytes: Uint8Array, deadline: Deadline = NO_DEADLINE): FitReadResult {
  const problems = new Problems();
  const files: FitFile[] = [];
  if (bytes.length === 0) {
    problems.error('empty-file', 'The file is empty (0 bytes); there is nothing to read.', 0);
  } else if (!hasSignature(bytes, 0)) {
    problems.error('unknown-format', 'This is not a FIT file: it has no ".FIT" signature in bytes 8-11.', 0);
  } else {
    let pos = 0;
    while (pos < bytes.length) {
      const next = readOneFile(bytes, pos, files, problems, deadline);
      if (next <= pos) break;
      pos = next;
    }
  }
  return { files, warnings: problems.warnings, errors: problems.errors };
}

/** Reads the file starting at `start`; returns where the next chained file starts, or -1 to stop. */
function readOneFile(b: Uint8Array, start: number, files: FitFile[], problems: Problems, deadline: Deadline): number {
  const which = files.length === 0 ? 'The FIT file' : `Chained FIT file ${files.length + 1}`;
  const earlier = files.length === 0 ? 'nothing was read' : `the ${files.length} earlier file(s) are kept`;
  if (!hasSignature(b, start)) {
    problems.error(
      'bad-header',
      `The ${b.length - start} bytes after FIT file ${files.length} are not a FIT header; they were ignored (${earlier}).`,
      start,
    );
    return -1;
  }
  const headerSize = b[start]!;
  if (headerSize !== 12 && headerSize !== 14) {
    problems.error(
      'bad-header',
      `${which} has a header size byte of ${headerSize}, but a FIT header is 12 or 14 bytes; it cannot be read (${earlier}).`,
      start,
    );
    return -1;
  }
  if (start + headerSize > b.length) {
    problems.error('truncated', `${which} ends inside its ${headerSize}-byte header (${earlier}).`, start);
    return -1;
  }
  if (headerSize === 14) {
    const stored = u16(b, start + 12);
    // A zero header CRC means "not computed" (FIT protocol document, "File Header").
    if (stored !== 0 && stored !== fitCrc(b, start, start + 12)) {
      problems.warn('bad-crc', `${which} has a wrong header CRC; its data was read anyway.`, start + 12);
    }
  }
  const dataStart = start + headerSize;
  const dataSize = u32(b, start + 4);
  const declaredEnd = dataStart + dataSize;
  const fileOf = (d: DecodedData): FitFile => ({
    protocolVersion: b[start + 1]!,
    profileVersion: u16(b, start + 2),
    records: d.records,
    rrIntervals: d.rrIntervals,
    messages: d.messages,
  });

  if (dataSize > 0 && declaredEnd + 2 <= b.length) {
    const d = decodeData(b, dataStart, declaredEnd, deadline);
    if (d.messageCount > 0) files.push(fileOf(d));
    reportStop(d, which, problems);
    if (d.stop.kind === 'over-time') return -1;
    if (!EXPLAINS_CRC.has(d.stop.kind) && fitCrc(b, start, declaredEnd) !== u16(b, declaredEnd)) {
      problems.warn('bad-crc', `${which} has a wrong file CRC (data may be damaged); ${kept(d)}.`, declaredEnd);
    }
    return declaredEnd + 2;
  }

  // data_size is 0 (never finalised) or runs past the end of the bytes: read
  // what is there. A valid CRC in the last two bytes marks where data ends.
  const crcAtEnd = b.length - 2 >= dataStart && fitCrc(b, start, b.length - 2) === u16(b, b.length - 2);
  const end = crcAtEnd ? b.length - 2 : b.length;
  const d = decodeData(b, dataStart, end, deadline);
  if (d.messageCount > 0) files.push(fileOf(d));
  const available = end - dataStart;
  const claim = dataSize === 0 ? 'a data size of 0 (never finalised)' : `a data size of ${dataSize} bytes`;
  if (d.stop.kind !== 'cut' && d.stop.kind !== 'end') {
    reportStop(d, which, problems);
  } else if (d.stop.kind === 'cut' || !crcAtEnd) {
    const at = d.stop.kind === 'cut' ? d.stop.at : end;
    const where = d.stop.kind === 'cut' ? `stops mid-message at byte ${at}` : 'ends without a file CRC';
    problems.loss(
      'truncated',
      `${which} is cut off: its header gives ${claim}, ${available} bytes of data are present, and the data ${where}; ${kept(d)}.`,
      at,
      d,
    );
  } else {
    problems.warn(
      'bad-header',
      `${which} has ${claim} but ${available} bytes of data follow, ending in a valid CRC; read them all and ${kept(d)}.`,
      start + 4,
    );
  }
  return -1;
}

function reportStop(d: DecodedData, which: string, problems: Problems): void {
  if (d.stop.kind === 'empty-messages') {
    problems.loss(
      'corrupt',
      `${which} has more than ${MAX_EMPTY_FIT_MESSAGE_RUN} data messages in a row with no fields (local type ${d.stop.local}) from byte ${d.stop.at}, which carry nothing; reading stopped there and ${kept(d)}.`,
      d.stop.at,
      d,
    );
  } else if (d.stop.kind === 'too-many-messages') {
    problems.loss(
      'too-large',
      `${which} holds more than ${d.stop.cap.toLocaleString('en-US')} messages in ${d.stop.dataBytes.toLocaleString('en-US')} bytes of data, more than a workout file of its size can; reading stopped at byte ${d.stop.at} and ${kept(d)}.`,
      d.stop.at,
      d,
    );
  } else if (d.stop.kind === 'undefined-local') {
    problems.loss(
      'corrupt',
      `${which} has a data message for local type ${d.stop.local} with no definition at byte ${d.stop.at}; reading stopped there and ${kept(d)}.`,
      d.stop.at,
      d,
    );
  } else if (d.stop.kind === 'cut') {
    problems.loss(
      'truncated',
      `${which} ends mid-message at byte ${d.stop.at} (its last message runs past the end of its data); ${kept(d)}.`,
      d.stop.at,
      d,
    );
  }
}
