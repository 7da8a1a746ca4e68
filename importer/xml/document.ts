// What the GPX and TCX parsers share around a document: finding its root
// element, telling an empty or non-XML file apart, saying how a document that
// ends early was cut, and naming the source of the sessions it holds.
import type { Device, ImportIssue, ImportIssueCode, ImportResult, SourceFormat, SourceRef } from '../../shared/model';
import type { Deadline } from '../deadline';
import { formatBytes } from '../archive/format-bytes';
import { MAX_XML_DEPTH, MAX_XML_RUN_BYTES } from '../limits';
import { XmlScanner } from './scanner';

export function issue(file: string, code: ImportIssueCode, message: string): ImportIssue {
  return { file, code, message };
}

/** An open document, positioned just inside its root element, or the error that stops us reading it. */
export type OpenedDocument = { readonly scanner: XmlScanner; readonly root: string } | { readonly error: ImportIssue };

/**
 * Opens `bytes` as XML whose root element is `expectedRoot` (a local name).
 * Empty files, files that are not XML and XML of another kind are errors.
 */
export function openDocument(
  bytes: Uint8Array,
  file: string,
  expectedRoot: string,
  what: string,
  deadline: Deadline,
): OpenedDocument {
  let blank = true;
  for (let i = 0; i < bytes.length && blank; i++)
    blank = bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09;
  if (blank)
    return {
      error: issue(file, 'empty-file', `${file} is empty (${bytes.length} bytes): there is no ${what} data to import.`),
    };
  const scanner = new XmlScanner(bytes, deadline);
  if (!scanner.looksLikeXml()) {
    return {
      error: issue(
        file,
        'unknown-format',
        `${file} is not a ${what} file: it does not start with XML markup. Nothing was imported.`,
      ),
    };
  }
  if (!scanner.next() && scanner.runTooLong) {
    return { error: issue(file, 'corrupt', `${file} ${truncation(scanner)}: nothing was imported.`) };
  }
  if (!scanner.opened) {
    return {
      error: issue(
        file,
        'unknown-format',
        `${file} is not a ${what} file: it holds no XML element. Nothing was imported.`,
      ),
    };
  }
  if (scanner.name !== expectedRoot) {
    return {
      error: issue(
        file,
        'unknown-format',
        `${file} is not a ${what} file: its root element is <${scanner.name}>, not <${expectedRoot}>. Nothing was imported.`,
      ),
    };
  }
  return { scanner, root: scanner.name };
}

/** Reads to the end, so `unclosed` and `endedInMarkup` tell whether the document was complete. */
export function drain(scanner: XmlScanner): void {
  while (scanner.next());
}

/** Where a document that ends early was cut ("ends early inside <trkpt> (unclosed XML: ...)"), or null when it is complete. */
export function truncation(scanner: XmlScanner): string | null {
  if (scanner.tooDeep) {
    return `nests elements more than ${MAX_XML_DEPTH} deep (inside <${scanner.unclosed.at(-1)}>), more than any GPX or TCX does, so reading stopped there`;
  }
  if (scanner.runTooLong) {
    const inside = scanner.unclosed.length > 0 ? ` (inside <${scanner.unclosed.at(-1)}>)` : '';
    return `has more than ${formatBytes(MAX_XML_RUN_BYTES)} between two tags or inside one${inside}, which no GPX or TCX has, so reading stopped there`;
  }
  if (scanner.unclosed.length === 0 && !scanner.endedInMarkup) return null;
  const open = scanner.unclosed;
  if (open.length === 0) return 'ends early inside a tag';
  return `ends early inside <${open.at(-1)}> (unclosed XML: ${open.map((n) => `<${n}>`).join(' ')})`;
}

export function sourceRef(
  format: SourceFormat,
  file: string,
  bytes: Uint8Array,
  contentHash: string,
  device: Device | null,
): SourceRef {
  return { format, file, contentHash, sizeBytes: bytes.length, device };
}

/**
 * Runs one file's parse so that a bug in it costs that file, not the whole
 * import: an error naming the file comes back instead of a throw.
 */
export function neverThrows(file: string, formatName: string, parse: () => ImportResult): ImportResult {
  try {
    return parse();
  } catch (e) {
    const text = `${file} could not be read as ${formatName} (internal error: ${String(e)}). Nothing was imported.`;
    return { sessions: [], warnings: [], errors: [issue(file, 'corrupt', text)] };
  }
}
