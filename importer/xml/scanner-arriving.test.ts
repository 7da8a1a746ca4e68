// The scanner fed a document as it arrives (a .gpx.gz as it inflates) must
// read exactly what it reads from the whole document, wherever the pieces end.
import { describe, expect, it } from 'vitest';
import { MAX_XML_RUN_BYTES } from '../limits';
import { type MoreBytes, XmlScanner } from './scanner';

const utf8 = (s: string) => new TextEncoder().encode(s);

const DOCUMENT = utf8(
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE gpx [<!ENTITY x "y">]><!-- a > comment -->' +
    '<gpx creator="Forerunner &amp; co"><trk><name><![CDATA[Tour <de> Ski]]> &lt;1&gt;</name><trkseg>' +
    '<trkpt lat="45.5" lon=\'6.25\'><ele>1023.4</ele><time>2024-06-01T08:00:00Z</time>' +
    '<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>142</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>' +
    '</trkpt><trkpt lat="45.6" lon="6.26"/><?pi data?><trkpt lat="-1e2" lon="x"><ele><!-- c -->12</ele></trkpt>' +
    '</trkseg></trk></gpx>\n',
);

/** What a reader sees: tags, attributes, and each leaf's text, number and time. */
function reading(s: XmlScanner): string[] {
  const out: string[] = [];
  while (s.next()) {
    if (!s.opened) out.push(`</${s.name}`);
    else if (s.name === 'trkpt') out.push(`<trkpt ${s.attrNumber('lat')} ${s.attr('lon')}`);
    else if (s.name === 'ele' || s.name === 'hr') out.push(`<${s.name} ${s.number()}`);
    else if (s.name === 'time') out.push(`<time ${s.time()}`);
    else if (s.name === 'name') out.push(`<name ${s.text()}`);
    else out.push(`<${s.name} ${s.attr('creator')}`);
  }
  return out;
}

/** `bytes` arriving `piece` bytes at a time; counts how many have been handed over. */
function arriving(bytes: Uint8Array, piece: number): { first: Uint8Array; more: MoreBytes; given: () => number } {
  let given = piece;
  return {
    first: bytes.subarray(0, piece),
    more: () => {
      if (given >= bytes.length) return null;
      given += piece;
      return bytes.subarray(0, given);
    },
    given: () => Math.min(given, bytes.length),
  };
}

describe('XmlScanner on a document as it arrives', () => {
  it.each([1, 2, 3, 5, 8, 13, 64, 1024])('reads it in pieces of %i bytes exactly as whole', (piece) => {
    const whole = reading(new XmlScanner(DOCUMENT));
    expect(whole).toContain('<name Tour <de> Ski <1>');
    expect(whole).toContain('<ele 12');
    const { first, more } = arriving(DOCUMENT, piece);
    const s = new XmlScanner(first, undefined, more);
    expect(reading(s)).toEqual(whole);
    expect([s.unclosed, s.endedInMarkup, s.runTooLong]).toEqual([[], false, false]);
  });

  it('says where a document cut inside a tag ended, as when it is whole', () => {
    const cut = DOCUMENT.subarray(0, DOCUMENT.indexOf(0x3e, 400));
    const whole = new XmlScanner(cut);
    const { first, more } = arriving(cut, 7);
    const streamed = new XmlScanner(first, undefined, more);
    expect(reading(streamed)).toEqual(reading(whole));
    expect([streamed.unclosed, streamed.endedInMarkup]).toEqual([whole.unclosed, whole.endedInMarkup]);
    expect(streamed.endedInMarkup).toBe(true);
  });

  it('stops at a stretch without markup longer than the limit, asking for no more than the stretch', () => {
    const head = '<gpx><trk><name>';
    const bytes = utf8(`${head}${'x'.repeat(3 * MAX_XML_RUN_BYTES)}</name></trk></gpx>`);
    const whole = new XmlScanner(bytes);
    const piece = 64 * 1024;
    const { first, more, given } = arriving(bytes, piece);
    const streamed = new XmlScanner(first, undefined, more);
    for (const s of [whole, streamed]) {
      expect(reading(s)).toEqual(['<gpx null', '<trk null', '<name ']);
      expect([s.runTooLong, s.unclosed]).toEqual([true, ['gpx', 'trk', 'name']]);
    }
    // The first piece that takes the stretch past the limit is the last one asked for: 17 of 64 KiB, of 3 MiB.
    expect(given()).toBe(Math.ceil((head.length + MAX_XML_RUN_BYTES + 1) / piece) * piece);
    expect(given()).toBe(17 * piece);
  });
});
