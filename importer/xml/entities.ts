// XML character and entity references (XML 1.0, sections 4.1 and 4.6): the
// five predefined entities and numeric references. Anything else (an entity
// declared in a DTD we do not read) is left as written.

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9._-]*);/g;

function replace(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 0x23) return PREDEFINED[body] ?? whole;
  const code = body.charCodeAt(1) === 0x78 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
}

/** Text with its references resolved. */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(REFERENCE, replace);
}
