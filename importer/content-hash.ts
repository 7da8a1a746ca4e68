// The content hash that identifies a workout file (its source's contentHash):
// SHA-256 in lower-case hex. crypto.subtle is native (750-1,250 MB/s on
// Node 20 here, about ten times the pure-JS sha256Hex) and exists in
// Node 20, Web Workers and the MV3 service worker; the pure-JS hash remains
// for a context without it (or bytes in a SharedArrayBuffer).
import { sha256Hex } from '../shared/model';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export async function contentHash(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  const { buffer } = bytes;
  // Web Crypto takes no views of a SharedArrayBuffer.
  if (!subtle || !(buffer instanceof ArrayBuffer)) return sha256Hex(bytes);
  const digest = new Uint8Array(
    await subtle.digest('SHA-256', new Uint8Array(buffer, bytes.byteOffset, bytes.byteLength)),
  );
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
}
