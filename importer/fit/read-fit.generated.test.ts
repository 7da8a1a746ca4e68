// Files we write ourselves, for what the fixtures lack or cannot pin down:
// @garmin/fitsdk's Encoder for whole activities and developer fields, and a
// tiny byte builder for big-endian definitions, compressed timestamp headers,
// 12-bit accumulation, unknown messages and damaged data.
import { CrcCalculator, Encoder, Profile, type Mesg } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { makeKnownTrack } from '../../tests/support/known-track';
import { knownRecord, toSemicircles } from '../../tests/support/write-fit';
import { readFit } from './read-fit';

const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const { FILE_ID, RECORD, SESSION, DEVELOPER_DATA_ID, FIELD_DESCRIPTION } = Profile.MesgNum as Record<string, number>;
const toFitSeconds = (ms: number) => Math.round((ms - FIT_EPOCH_MS) / 1000);

// ---- byte builder (FIT protocol document: header, definition and data messages, CRC) ----
const le16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
const le32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const be16 = (v: number) => le16(v).reverse();
const be32 = (v: number) => le32(v).reverse();

/** A definition message: [field number, size, base type byte] per field. */
function definition(local: number, global: number, fields: number[][], bigEndian = false): number[] {
  return [
    0x40 | local,
    0,
    bigEndian ? 1 : 0,
    ...(bigEndian ? be16(global) : le16(global)),
    fields.length,
    ...fields.flat(),
  ];
}

/** A whole FIT file around `data`, with header and file CRCs from the SDK's CrcCalculator. */
function fitFile(data: number[]): Uint8Array {
  const header = [14, 0x20, ...le16(21217), ...le32(data.length), 0x2e, 0x46, 0x49, 0x54];
  const headerBytes = new Uint8Array(header);
  header.push(...le16(CrcCalculator.calculateCRC(headerBytes, 0, 12)));
  const body = new Uint8Array([...header, ...data]);
  return new Uint8Array([...body, ...le16(CrcCalculator.calculateCRC(body, 0, body.length))]);
}

/** The SDK's message types are per message; tests build them as plain objects. */
const write = (e: Encoder, mesgNum: number, mesg: object) => e.onMesg(mesgNum, mesg as Mesg);

function encoderFile(body: (e: Encoder) => void, options?: ConstructorParameters<typeof Encoder>[0]): Uint8Array {
  const e = new Encoder(options);
  write(e, FILE_ID!, {
    type: 'activity',
    manufacturer: 'development',
    product: 1,
    serialNumber: 1234,
    timeCreated: new Date(Date.UTC(2024, 0, 1)),
  });
  body(e);
  return e.close();
}

describe('readFit on Encoder-written activities', () => {
  const track = makeKnownTrack({ seconds: 600, sport: 'cycling' });
  const bytes = encoderFile((e) => {
    for (const p of track.points) {
      write(e, RECORD!, knownRecord(track, p));
    }
    write(e, SESSION!, {
      timestamp: new Date(track.start),
      sport: 'cycling',
      subSport: 'road',
      totalElapsedTime: 600.5,
      avgSpeed: 8.25,
    });
  });
  const result = readFit(bytes);
  const r = result.files[0]!.records;

  it('reads every record back within the profile resolution', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(r.length).toBe(track.points.length);
    // Tolerances: half a unit of each field's profile scale (altitude 1/5 m, distance 1/100 m,
    // speed 1/1000 m/s), plus Float32 rounding on altitude and speed.
    track.points.forEach((p, i) => {
      expect(r.timestamp[i]).toBe(track.start + p.t * 1000);
      expect(r.positionLat[i]).toBe(toSemicircles(p.lat));
      expect(r.positionLong[i]).toBe(toSemicircles(p.lon));
      expect(Math.abs(r.altitude[i]! - p.altitude)).toBeLessThanOrEqual(0.1 + 1e-4);
      expect(Math.abs(r.distance[i]! - p.distance)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(r.speed[i]! - p.speed)).toBeLessThanOrEqual(0.0005 + 1e-6);
      expect(r.heartRate[i]).toBe(Math.round(p.hr));
      expect(r.power[i]).toBe(Math.round(p.power));
      expect(r.cadence[i]).toBe(Math.round(p.cadence));
      expect(r.temperature[i]).toBe(Math.round(p.temperature));
    });
    expect([...r.present].sort()).toEqual([
      'altitude',
      'cadence',
      'distance',
      'heartRate',
      'positions',
      'power',
      'speed',
      'temperature',
    ]);
  });

  it('decodes other messages by profile name, with enum names, epoch-ms dates and scaled values', () => {
    const { fileId, session } = result.files[0]!.messages;
    expect(fileId).toEqual([
      {
        type: 'activity',
        manufacturer: 'development',
        product: 1,
        serialNumber: 1234,
        timeCreated: Date.UTC(2024, 0, 1),
      },
    ]);
    // avg_speed expands into enhanced_avg_speed (profile component).
    expect(session).toEqual([
      {
        timestamp: track.start,
        sport: 'cycling',
        subSport: 'road',
        totalElapsedTime: 600.5,
        avgSpeed: 8.25,
        enhancedAvgSpeed: 8.25,
      },
    ]);
  });

  it('returns each of two chained files', () => {
    const chained = new Uint8Array([...bytes, ...bytes]);
    const twice = readFit(chained);
    expect(twice.warnings).toEqual([]);
    expect(twice.files.map((f) => f.records.length)).toEqual([600, 600]);
  });
});

describe('developer fields', () => {
  const developerDataIdMesg = {
    developerDataIndex: 0,
    applicationId: Array.from({ length: 16 }, (_, i) => i),
    applicationVersion: 1,
  };
  const fieldDescriptions = {
    0: {
      developerDataIdMesg,
      fieldDescriptionMesg: {
        developerDataIndex: 0,
        fieldDefinitionNumber: 0,
        fitBaseTypeId: 0x84,
        fieldName: 'Doughnuts',
        units: 'doughnuts',
      },
    },
    1: {
      developerDataIdMesg,
      fieldDescriptionMesg: {
        developerDataIndex: 0,
        fieldDefinitionNumber: 1,
        fitBaseTypeId: 0x02,
        fieldName: 'Mood',
        units: 'smiles',
      },
    },
  };
  const start = Date.UTC(2024, 5, 1);
  const bytes = encoderFile(
    (e) => {
      write(e, DEVELOPER_DATA_ID!, developerDataIdMesg);
      write(e, FIELD_DESCRIPTION!, fieldDescriptions[0].fieldDescriptionMesg);
      write(e, FIELD_DESCRIPTION!, fieldDescriptions[1].fieldDescriptionMesg);
      for (let i = 0; i < 5; i++) {
        // Mood only on odd records: the other rows stay NaN.
        const developerFields = i % 2 ? { 0: 100 + i, 1: i } : { 0: 100 + i };
        write(e, RECORD!, { timestamp: new Date(start + i * 1000), heartRate: 120 + i, developerFields });
      }
      write(e, SESSION!, { timestamp: new Date(start), sport: 'running', developerFields: { 0: 7 } });
    },
    { fieldDescriptions },
  );
  const file = readFit(bytes).files[0]!;

  it('keeps developer fields on records as named channels with units', () => {
    expect(file.records.developer.map((c) => [c.name, c.units, [...c.values]])).toEqual([
      ['Doughnuts', 'doughnuts', [100, 101, 102, 103, 104]],
      ['Mood', 'smiles', [NaN, 1, NaN, 3, NaN]],
    ]);
    expect([...file.records.heartRate]).toEqual([120, 121, 122, 123, 124]);
  });

  it('puts developer fields on other messages under "<app index>:<field name>"', () => {
    expect(file.messages.session![0]!['0:Doughnuts']).toBe(7);
    expect(file.messages.fieldDescription!.map((m) => m.fieldName)).toEqual(['Doughnuts', 'Mood']);
  });
});

describe('hand-built data messages', () => {
  const t0 = toFitSeconds(Date.UTC(2024, 2, 3, 4, 5, 0));
  // record: timestamp (253, uint32), position_lat (0, sint32), heart_rate (3, uint8), power (7, uint16)
  const recordFields = [
    [253, 4, 0x86],
    [0, 4, 0x85],
    [3, 1, 0x02],
    [7, 2, 0x84],
  ];

  it('reads big-endian definitions the same as little-endian ones', () => {
    const little = fitFile([
      ...definition(0, 20, recordFields),
      0,
      ...le32(t0),
      ...le32(-123456789),
      150,
      ...le16(310),
    ]);
    const big = fitFile([
      ...definition(0, 20, recordFields, true),
      0,
      ...be32(t0),
      ...be32(-123456789),
      150,
      ...be16(310),
    ]);
    for (const bytes of [little, big]) {
      const { files, warnings } = readFit(bytes);
      expect(warnings).toEqual([]);
      const r = files[0]!.records;
      expect([r.timestamp[0], r.positionLat[0], r.heartRate[0], r.power[0]]).toEqual([
        FIT_EPOCH_MS + t0 * 1000,
        -123456789,
        150,
        310,
      ]);
    }
  });

  it('decodes hrv times into rrIntervals in both byte orders, dropping unused 0xFFFF slots', () => {
    // hrv (78): time (0), uint16[5] in ms.
    const slots = [893, 869, 0xffff, 0xffff, 0xffff];
    const little = fitFile([
      ...definition(0, 78, [[0, 10, 0x84]]),
      0,
      ...slots.flatMap(le16),
      0,
      ...[831, 0xffff, 0xffff, 0xffff, 0xffff].flatMap(le16),
    ]);
    const big = fitFile([
      ...definition(0, 78, [[0, 10, 0x84]], true),
      0,
      ...slots.flatMap(be16),
      0,
      ...[831, 0xffff, 0xffff, 0xffff, 0xffff].flatMap(be16),
    ]);
    for (const bytes of [little, big]) {
      const { files, warnings } = readFit(bytes);
      expect(warnings).toEqual([]);
      expect([...files[0]!.rrIntervals]).toEqual([0.893, 0.869, 0.831].map(Math.fround));
      expect(files[0]!.messages).toEqual({});
    }
  });

  it('times compressed headers after an hrv message from its timestamp field', () => {
    // hrv with timestamp (253) and one time slot, then a record with a compressed header (local 1: heart_rate).
    const base = t0 - (t0 % 32);
    const bytes = fitFile([
      ...definition(0, 78, [
        [253, 4, 0x86],
        [0, 2, 0x84],
      ]),
      0,
      ...le32(base),
      ...le16(1000),
      ...definition(1, 20, [[3, 1, 0x02]]),
      0x80 | (1 << 5) | ((base + 2) & 0x1f),
      120,
    ]);
    const { rrIntervals, records } = readFit(bytes).files[0]!;
    expect([...rrIntervals]).toEqual([1]);
    expect(records.timestamp[0]).toBe(FIT_EPOCH_MS + (base + 2) * 1000);
  });

  it('timestamps compressed headers from the last full timestamp, rolling over every 32 s', () => {
    // Local type 1: heart_rate only. Compressed header: 1, local type (2 bits), 5-bit seconds.
    const compressed = (seconds: number, hr: number) => [0x80 | (1 << 5) | (seconds & 0x1f), hr];
    const base = t0 - (t0 % 32) + 30; // low 5 bits = 30, so +3 s wraps past 31
    const bytes = fitFile([
      ...definition(0, 20, [[253, 4, 0x86]]),
      0,
      ...le32(base),
      ...definition(1, 20, [[3, 1, 0x02]]),
      ...compressed(base + 1, 101),
      ...compressed(base + 3, 103),
      ...compressed(base + 33, 133), // 30 s later: the most a compressed header can span is 31 s
    ]);
    const r = readFit(bytes).files[0]!.records;
    expect([...r.timestamp].map((ms) => (ms - FIT_EPOCH_MS) / 1000 - base)).toEqual([0, 1, 3, 33]);
    expect([...r.heartRate]).toEqual([NaN, 101, 103, 133]);
  });

  it('expands compressed_speed_distance: 12-bit speed, 12-bit distance accumulated across its rollover', () => {
    // Field 8, 3 bytes: speed (1/100 m/s) in bits 0-11, distance (1/16 m) in bits 12-23.
    const csd = (speed: number, distance16: number) => {
      const v = (speed & 0xfff) | ((distance16 & 0xfff) << 12);
      return [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff];
    };
    const bytes = fitFile([
      ...definition(0, 20, [[8, 3, 0x0d]]),
      0,
      ...csd(350, 4000),
      0,
      ...csd(351, 4090),
      0,
      ...csd(352, 10), // 4096 + 10: the 12-bit counter wrapped
      0,
      0xff,
      0xff,
      0xff, // invalid: no speed, no distance
    ]);
    const r = readFit(bytes).files[0]!.records;
    expect([...r.speed].map((v) => Math.round(v * 100))).toEqual([350, 351, 352, NaN]);
    expect([...r.distance]).toEqual([4000 / 16, 4090 / 16, 4106 / 16, NaN]);
  });

  it('adds fractional cadence and lets enhanced speed win over speed', () => {
    // cadence (4, uint8), fractional_cadence (53, uint8, 1/128), speed (6, uint16), enhanced_speed (73, uint32)
    const bytes = fitFile([
      ...definition(0, 20, [
        [73, 4, 0x86],
        [4, 1, 0x02],
        [53, 1, 0x02],
        [6, 2, 0x84],
      ]),
      0,
      ...le32(70000),
      88,
      64,
      ...le16(1234),
    ]);
    const r = readFit(bytes).files[0]!.records;
    expect(r.cadence[0]).toBe(88.5);
    expect(r.speed[0]).toBe(70);
  });

  it('keeps unknown messages as mesg<N>, reads strings and arrays, and leaves out invalid values', () => {
    const name = [...new TextEncoder().encode('Café'), 0, 0x41]; // NUL ends the string
    const bytes = fitFile([
      ...definition(0, 0xff00, [
        [1, 2, 0x84],
        [2, 6, 0x84],
        [3, 4, 0x86],
      ]),
      0,
      ...le16(7),
      ...le16(1),
      ...le16(0xffff),
      ...le16(3),
      0xff,
      0xff,
      0xff,
      0xff,
      ...definition(1, 12, [
        [3, name.length, 0x07],
        [0, 1, 0x00],
        [1, 1, 0x00],
      ]), // sport: name, sport, sub_sport
      1,
      ...name,
      1,
      0xff,
    ]);
    const { messages } = readFit(bytes).files[0]!;
    expect(messages.mesg65280).toEqual([{ field1: 7, field2: [1, NaN, 3] }]);
    expect(messages.sport).toEqual([{ name: 'Café', sport: 'running' }]);
  });

  it('reads a field whose declared size is smaller than its base type as bytes (COROS)', () => {
    // event.data (3) is uint32 in the profile; written with size 1.
    const bytes = fitFile([
      ...definition(0, 21, [
        [0, 1, 0x00],
        [1, 1, 0x00],
        [3, 1, 0x86],
      ]),
      0,
      0,
      0,
      1,
    ]);
    const { files, warnings } = readFit(bytes);
    expect(warnings).toEqual([]);
    expect(files[0]!.messages.event).toEqual([{ event: 'timer', eventType: 'start', data: 1, timerTrigger: 'auto' }]);
  });

  it('stops at a data message with no definition and says what it kept', () => {
    const bytes = fitFile([...definition(0, 20, [[3, 1, 0x02]]), 0, 90, 0, 91, 5, 1, 2, 3]);
    const { files, warnings } = readFit(bytes);
    expect(files[0]!.records.length).toBe(2);
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([['corrupt', 14 + 9 + 4]]);
    expect(warnings[0]!.message).toContain('kept 2 records');
  });

  it('never throws on any cut of a file, and keeps every whole record before the cut', () => {
    const data = [...definition(0, 20, recordFields)];
    for (let i = 0; i < 20; i++) data.push(0, ...le32(t0 + i), ...le32(i), 100 + i, ...le16(200));
    const bytes = fitFile(data);
    const recordStart = 14 + 6 + 12;
    for (let cut = 0; cut <= bytes.length; cut++) {
      const result = readFit(bytes.subarray(0, cut));
      const records = result.files[0]?.records.length ?? 0;
      const whole = Math.max(0, Math.min(20, Math.floor((cut - recordStart) / 12)));
      expect(records, `cut at ${cut}`).toBe(whole);
      expect(result.warnings.length + result.errors.length, `cut at ${cut}`).toBe(cut === bytes.length ? 0 : 1);
    }
  });
});
