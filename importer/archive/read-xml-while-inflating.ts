// A GPX or TCX inside a gzip or a zip is read as it inflates, so that a file
// whose reading stops early (nesting past MAX_XML_DEPTH, megabytes without
// markup, its time budget) stops the inflating there too: a few megabytes of
// compressed garbage can otherwise inflate to tens of megabytes nobody reads,
// and hashing and checksumming them costs seconds.
import type { Deadline } from '../deadline';
import { DETECT_PREFIX_BYTES, detectFormat } from '../detect';
import { XmlScanner } from '../xml';
import { formatBytes } from './format-bytes';
import type { InflateStream } from './inflate-stream';

/**
 * Inflates `stream` for as long as the XML reader reads it, when it holds a
 * GPX or TCX. True when reading stopped before the data ended: `stream.bytes`
 * is then all that was inflated, and the file's parser, given them, stops at
 * the same place. False when everything was inflated or it is no GPX or TCX.
 */
export function readingStoppedEarly(stream: InflateStream, deadline: Deadline): boolean {
  stream.grow(DETECT_PREFIX_BYTES);
  const { format } = detectFormat(stream.bytes);
  if (format !== 'gpx' && format !== 'tcx') return false;
  // Each request at least doubles what is there, so rescanning an unfinished tag stays linear.
  const more = () => (stream.grow(Math.max(stream.bytes.length, DETECT_PREFIX_BYTES)) ? stream.bytes : null);
  const scanner = new XmlScanner(stream.bytes, deadline, more);
  while (scanner.next());
  return stream.state === 'open';
}

/** Why only the start of a compressed file was decompressed, for the warning that says so. */
export function partlyDecompressed(inflatedBytes: number): string {
  return `reading it stopped within the first ${formatBytes(inflatedBytes)} decompressed (see why in its other messages), so the rest of its compressed data was not decompressed`;
}
