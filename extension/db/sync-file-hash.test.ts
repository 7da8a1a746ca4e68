import { expect, test } from 'vitest';
import { sha256Hex } from '../../shared/model';
import { packStreams, unpackStreams } from './packed-streams';
import { encodeSamplesFile, type SamplesContent } from './samples-file';
import { rowFile, samplesFileHash } from './sync-file-hash';

const samples = () => ({
  time: new Float64Array([0, 1, 2]),
  power: new Float32Array([200, Number.NaN, 210]),
  extra: [{ name: 'smO2', units: '%', values: new Float64Array([61, 62, 63]) }],
});
const hashOf = (value: SamplesContent) => sha256Hex(encodeSamplesFile(value));

test("a row's samples read anew hash as their samples file does, and any change to them changes the hash", () => {
  const first = samplesFileHash('ride', samples());
  const again = samplesFileHash('ride', samples());
  const changed = { ...samples(), power: new Float32Array([200, Number.NaN, 211]) };
  const reordered = { power: samples().power, time: samples().time, extra: samples().extra };
  const extraChanged = { ...samples(), extra: [{ name: 'smO2', units: '%', values: new Float64Array([61, 62, 64]) }] };

  expect([first, again]).toEqual([hashOf(samples()), hashOf(samples())]);
  expect(samplesFileHash('ride', changed)).toBe(hashOf(changed));
  // The file packs channels in one order, so samples set in another order are the same file.
  expect(samplesFileHash('ride', reordered)).toBe(first);
  expect(samplesFileHash('ride', extraChanged)).toBe(hashOf(extraChanged));
  expect(new Set([first, hashOf(changed), hashOf(extraChanged)]).size).toBe(3);
});

test("an original file's bytes are the file itself, and samples' are their samples file", () => {
  const bytes = new Uint8Array([1, 2, 3]);

  expect(rowFile('sources', bytes).bytes).toBe(bytes);
  expect(rowFile('streams', { time: new Float64Array([0]) }).bytes).toEqual(
    encodeSamplesFile({ time: new Float64Array([0]) }),
  );
});

test('samples read anew from the database are compared by their packed form, and stay packed', () => {
  const stored = packStreams(samples());
  const [first, again] = [unpackStreams(structuredClone(stored)), unpackStreams(structuredClone(stored))];
  const changed = unpackStreams(packStreams({ ...samples(), power: new Float32Array([200, Number.NaN, 211]) }));

  expect(samplesFileHash('read', first)).toBe(hashOf(samples()));
  expect(samplesFileHash('read', again)).toBe(hashOf(samples()));
  expect(samplesFileHash('read', changed)).toBe(
    hashOf({ ...samples(), power: new Float32Array([200, Number.NaN, 211]) }),
  );
  // Neither read was unpacked to find that out: their channels are still made on the first read.
  expect(Object.getOwnPropertyDescriptor(again, 'power')?.get).toBeTypeOf('function');
  expect(again.power).toEqual(samples().power);
  expect(Object.getOwnPropertyDescriptor(again, 'power')?.value).toBe(again.power);
});
