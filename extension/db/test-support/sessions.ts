// Sessions with known values for the database tests.
import { sessionId, sha256Hex, type Session, type SourceFormat } from '../../../shared/model';
import { makeSession } from '../../../tests/support/sessions';

/** A 1-hour ride (tests/support's) from one file whose content hash is `hash`, with a 3-sample stream. */
export function testSession(
  hash: string,
  over: Partial<Session> = {},
  format: SourceFormat = 'fit',
  file = `${hash.slice(0, 4)}.${format}`,
): Session {
  return makeSession({
    id: sessionId(hash, 0),
    sources: [{ format, file, contentHash: hash, sizeBytes: 3, device: null }],
    streams: { time: new Float64Array([0, 1, 2]), power: new Float32Array([200, NaN, 210]) },
    ...over,
  });
}

/** The files made by fileHash, by their hash. */
const files = new Map<string, Uint8Array>();

/**
 * The content hash of a file holding `text`: the SHA-256 of its bytes, as the importer computes it, which sync
 * sends an original file under (the server checks it). bytesOf keeps these bytes for a source with this hash.
 */
export function fileHash(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const hash = sha256Hex(bytes);
  files.set(hash, bytes);
  return hash;
}

/** Bytes for `testSession`'s source, keyed as saveImport wants them: fileHash's file, else [1, 2, 3]. */
export function bytesOf(...sessions: Session[]): Map<string, { file: string; bytes: Uint8Array }> {
  return new Map(
    sessions.flatMap((s) =>
      s.sources.map(
        (src) =>
          [
            src.contentHash,
            { file: src.file, bytes: files.get(src.contentHash) ?? new Uint8Array([1, 2, 3]) },
          ] as const,
      ),
    ),
  );
}
