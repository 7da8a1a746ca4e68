import { describe, expect, it } from 'vitest';
import { XmlScanner } from './scanner';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Every tag as "<name" or "</name", for comparing whole documents. */
function tokens(xml: Uint8Array | string): string[] {
  const s = new XmlScanner(typeof xml === 'string' ? utf8(xml) : xml);
  const out: string[] = [];
  while (s.next()) out.push(s.opened ? `<${s.name}` : `</${s.name}`);
  return out;
}

/** The scanner positioned on the first start tag with this local name. */
function at(xml: string | Uint8Array, name: string): XmlScanner {
  const s = new XmlScanner(typeof xml === 'string' ? utf8(xml) : xml);
  while (s.next()) if (s.opened && s.name === name) return s;
  throw new Error(`no <${name}>`);
}

describe('XmlScanner', () => {
  it('skips the BOM, declaration, processing instructions, comments and DOCTYPE', () => {
    const xml = Uint8Array.of(
      0xef,
      0xbb,
      0xbf,
      ...utf8(`<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?><!DOCTYPE gpx [<!ENTITY x "y">]>
<!-- <fake> --><gpx><a/></gpx>`),
    );
    expect(tokens(xml)).toEqual(['<gpx', '<a', '</a', '</gpx']);
  });

  it('drops namespace prefixes and keeps local names', () => {
    expect(tokens('<r><gpxtpx:TrackPointExtension><ns3:hr>1</ns3:hr></gpxtpx:TrackPointExtension></r>')).toEqual([
      '<r',
      '<TrackPointExtension',
      '<hr',
      '</hr',
      '</TrackPointExtension',
      '</r',
    ]);
  });

  it('reads attributes with either quote, prefixed names, white space around = and > inside values', () => {
    const s = at(`<r><trkpt a:note='x > "y"' lon = "-77.5" lat='38.25' /></r>`, 'trkpt');
    expect(s.attrNumber('lat')).toBe(38.25);
    expect(s.attrNumber('lon')).toBe(-77.5);
    expect(s.attr('note')).toBe('x > "y"');
    expect(s.attr('missing')).toBeNull();
    expect(s.attrNumber('note')).toBeNaN();
    expect(s.next()).toBe(true);
    expect([s.opened, s.name]).toEqual([false, 'trkpt']);
  });

  it('resolves the predefined entities and numeric references in text and attributes', () => {
    const s = at(
      '<r><name q="&quot;&#65;&#x42;&apos;">Fish &amp; chips &lt;3 &gt; &#233;&#x1F6B4; &unknown;</name></r>',
      'name',
    );
    expect(s.attr('q')).toBe(`"AB'`);
    expect(s.text()).toBe('Fish & chips <3 > é🚴 &unknown;');
  });

  it('joins CDATA sections with text and leaves comments out', () => {
    const s = at('<r><desc>a<![CDATA[ <b> & ]]>c<!-- no -->d</desc></r>', 'desc');
    expect(s.text()).toBe('a <b> & cd');
    expect(s.next() && !s.opened).toBe(true);
  });

  it('reads numbers and times inside CDATA', () => {
    const s = at('<r><ele><![CDATA[ 12.5 ]]></ele><time><![CDATA[2020-01-01T00:00:01Z]]></time></r>', 'ele');
    expect(s.number()).toBe(12.5);
    s.next();
    s.next();
    expect(s.time()).toBe(Date.UTC(2020, 0, 1, 0, 0, 1));
  });

  it('gives NaN for empty or non-numeric text', () => {
    expect(at('<r><ele></ele></r>', 'ele').number()).toBeNaN();
    expect(at('<r><ele>  </ele></r>', 'ele').number()).toBeNaN();
    expect(at('<r><ele>12a</ele></r>', 'ele').number()).toBeNaN();
    expect(at('<r><time>yesterday</time></r>', 'time').time()).toBeNaN();
  });

  it('decodes UTF-8 text, UTF-16 documents and declared single-byte encodings', () => {
    expect(at('<r><name>Mojstrovka – Vršič</name></r>', 'name').text()).toBe('Mojstrovka – Vršič');
    const text = '<r><name>Žiri</name></r>';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(at(le, 'name').text()).toBe('Žiri');
    const latin1 = Uint8Array.of(
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><r><name>Z'),
      0xfc,
      ...utf8('rich</name></r>'),
    );
    expect(at(latin1, 'name').text()).toBe('Zürich');
  });

  it('reports a document that ends early: open elements, and whether it stopped inside a tag', () => {
    const cutInText = new XmlScanner(utf8('<gpx><trk><trkseg><trkpt lat="1" lon="2"><ele>1'));
    while (cutInText.next());
    expect(cutInText.unclosed).toEqual(['gpx', 'trk', 'trkseg', 'trkpt', 'ele']);
    expect(cutInText.endedInMarkup).toBe(false);

    const cutInTag = new XmlScanner(utf8('<gpx><trk><trkpt lat="1" lo'));
    expect(tokens('<gpx><trk><trkpt lat="1" lo')).toEqual(['<gpx', '<trk']);
    while (cutInTag.next());
    expect(cutInTag.unclosed).toEqual(['gpx', 'trk']);
    expect(cutInTag.endedInMarkup).toBe(true);

    const whole = new XmlScanner(utf8('<gpx><trk/></gpx>\n'));
    while (whole.next());
    expect(whole.unclosed).toEqual([]);
    expect(whole.endedInMarkup).toBe(false);
  });

  it('skips stray end tags and closes skipped elements on a mismatched one, without throwing', () => {
    const s = new XmlScanner(utf8('<a><b><c></b></x></a>'));
    const seen: string[] = [];
    while (s.next()) seen.push(`${s.opened ? '<' : '</'}${s.name}`);
    expect(seen).toEqual(['<a', '<b', '<c', '</b', '</a']);
    expect(s.mismatchedTags).toBe(2);
    expect(s.unclosed).toEqual([]);
  });

  it('tells XML from other bytes', () => {
    expect(new XmlScanner(utf8('  \n<gpx/>')).looksLikeXml()).toBe(true);
    expect(new XmlScanner(Uint8Array.of(14, 16, 0x2d, 0x08)).looksLikeXml()).toBe(false);
    expect(new XmlScanner(new Uint8Array(0)).looksLikeXml()).toBe(false);
  });
});
