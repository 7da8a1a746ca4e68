// Handing bytes to the browser as a download: a Blob behind an object URL and
// a temporary <a download> clicked once. The URL is revoked later, not at once:
// Firefox may still be reading it when click() returns (FileSaver.js waits
// 40 s for the same reason, github.com/eligrey/FileSaver.js, src/FileSaver.js).
const REVOKE_AFTER_MS = 40_000;

export function downloadFile(bytes: Uint8Array, fileName: string, type: string): void {
  // A Blob part must be a view of a plain ArrayBuffer (never shared memory);
  // a zip already is one, so the bytes are copied only when they are not.
  const part =
    bytes.buffer instanceof ArrayBuffer
      ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : bytes.slice();
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
