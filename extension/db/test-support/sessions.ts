// Sessions with known values for the database tests.
import { sessionId, type Session, type SourceFormat } from '../../../shared/model';
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

/** Bytes for `testSession`'s source, keyed as saveImport wants them. */
export function bytesOf(...sessions: Session[]): Map<string, { file: string; bytes: Uint8Array }> {
  return new Map(
    sessions.flatMap((s) =>
      s.sources.map((src) => [src.contentHash, { file: src.file, bytes: new Uint8Array([1, 2, 3]) }] as const),
    ),
  );
}
