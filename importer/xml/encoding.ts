// The character encoding of an XML document (XML 1.0, Appendix F): a byte
// order mark, else the encoding named in the XML declaration, else UTF-8.
// The scanner reads markup as ASCII bytes, which every ASCII-compatible
// encoding (UTF-8, ISO-8859-x, windows-125x) shares; only text handed out as
// strings goes through the decoder. UTF-16 documents are transcoded to UTF-8
// first.

export interface PreparedXml {
  /** The document as ASCII-compatible bytes, without a byte order mark. */
  readonly bytes: Uint8Array;
  /** Decodes text taken from `bytes`. */
  readonly decoder: TextDecoder;
}

const UTF8 = new TextDecoder('utf-8');
const DECLARED = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): PreparedXml {
  const text = new TextDecoder(label).decode(bytes.subarray(2));
  return { bytes: new TextEncoder().encode(text), decoder: UTF8 };
}

/** Bytes and decoder for a document, by its byte order mark or declaration. Unknown encodings read as UTF-8. */
export function prepareXml(input: Uint8Array): PreparedXml {
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return { bytes: input.subarray(3), decoder: UTF8 };
  if (input[0] === 0xff && input[1] === 0xfe) return utf16(input, 'utf-16le');
  if (input[0] === 0xfe && input[1] === 0xff) return utf16(input, 'utf-16be');
  let head = '';
  for (let i = 0; i < Math.min(input.length, 200); i++) head += String.fromCharCode(input[i]!);
  const label = DECLARED.exec(head.trimStart())?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8' || label === 'us-ascii') return { bytes: input, decoder: UTF8 };
  try {
    return { bytes: input, decoder: new TextDecoder(label) };
  } catch {
    return { bytes: input, decoder: UTF8 };
  }
}
