// The hostile files of issue 15, generated so no binary is committed: each is
// tiny when compressed and was measured to hang or bloat the importer.
import { gzipSync } from 'fflate';

const ascii = (s: string) => new TextEncoder().encode(s);

/** A 12-byte FIT header stating `dataSize` (no header CRC). */
function fitHeader(dataSize: number): Uint8Array {
  const h = new Uint8Array(12);
  const view = new DataView(h.buffer);
  h[0] = 12;
  h[1] = 0x20; // protocol 2.0
  view.setUint16(2, 2132, true);
  view.setUint32(4, dataSize, true);
  h.set(ascii('.FIT'), 8);
  return h;
}

/**
 * A FIT file holding one definition message with no fields (local type 0)
 * followed by `zeroBytes` zero bytes: each zero is a header byte of a data
 * message with no content, so a decoder that accepts it makes one message a byte.
 */
export function fitEmptyDefinitionThenZeros(zeroBytes: number): Uint8Array {
  const definition = Uint8Array.of(0x40, 0, 0, 0, 0, 0); // local 0, little-endian, global 0 (file_id), 0 fields
  const dataSize = definition.length + zeroBytes;
  const out = new Uint8Array(12 + dataSize + 2);
  out.set(fitHeader(dataSize));
  out.set(definition, 12);
  return out; // the CRC is left 0: wrong, as a hostile file's would be
}

/** A GPX document with `n` nested open tags followed by `n` end tags that match none of them. */
export function gpxUnmatchedEndTags(n: number): Uint8Array {
  return ascii(`<?xml version="1.0"?><gpx version="1.1">${'<a>'.repeat(n)}${'</b>'.repeat(n)}</gpx>`);
}

/** A TCX activity with `n` empty laps. */
export function tcxEmptyLaps(n: number): Uint8Array {
  return ascii(
    '<?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sport="Biking">' +
      `<Id>2024-06-01T08:00:00Z</Id>${'<Lap/>'.repeat(n)}</Activity></Activities></TrainingCenterDatabase>`,
  );
}

/** `bytes` gzipped, as a `.gz` member. */
export function gzip(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes, { level: 9 });
}

/**
 * A GPX that nests `depth` elements before its track, whose points (`gpx`'s,
 * a real-looking recording) then repeat until the file passes `bytes`: it
 * compresses as real GPX does, so no expansion cap refuses it, while its
 * reading stops at the nesting cap within its first kilobytes (fuzz cases
 * 4580 and 7937 of seed 20261202, "repeated chunk of 1003.gpx.gz").
 */
export function gpxNestedBeforeRepeatedTrack(gpx: string, depth: number, bytes: number): Uint8Array {
  const points = gpx.slice(gpx.indexOf('<trkpt'), gpx.lastIndexOf('</trkseg>'));
  const head = `<?xml version="1.0"?><gpx version="1.1">${'<extensions>'.repeat(depth)}<trk><trkseg>`;
  const repeats = Math.ceil(bytes / points.length);
  return ascii(`${head}${points.repeat(repeats)}</trkseg></trk>${'</extensions>'.repeat(depth)}</gpx>`);
}
