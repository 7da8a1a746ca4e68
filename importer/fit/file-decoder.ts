// Decodes the data section of one FIT file (FIT protocol document, "Data
// Records"): definition messages, data messages with normal or compressed
// timestamp headers, records and hrv R-R intervals into columns and everything
// else into messages.
import type { FitFile, FitMessage } from './types';
import { Accumulators } from './accumulator';
import { parseDefinition, type Definition } from './definition';
import { DeveloperFields } from './developer-fields';
import { buildHrvPlan, decodeHrv, HRV_MESG_NUM } from './hrv-plan';
import { MessageDecoder } from './message-decoder';
import { buildMessagePlan } from './message-plan';
import { countRecords } from './count-records';
import { RecordColumnsBuilder } from './record-columns';
import { buildRecordPlan, decodeRecord, RECORD_MESG_NUM, refreshDevOps } from './record-plan';
import { RrIntervalColumn } from './rr-interval-column';
import { fitTimeToMs } from './time';
import type { Deadline } from '../deadline';
import { FIT_MESSAGES_FLOOR, MAX_EMPTY_FIT_MESSAGE_RUN, MIN_FIT_MESSAGE_BYTES, structureCap } from '../limits';

const FIELD_DESCRIPTION = 206;
const TIMESTAMP_FIELD = 253;

/** Why decoding stopped before the end of the data. */
export type Stop =
  | { readonly kind: 'end' }
  | { readonly kind: 'cut'; readonly at: number }
  | { readonly kind: 'undefined-local'; readonly at: number; readonly local: number }
  /** A run of data messages with no fields (MAX_EMPTY_FIT_MESSAGE_RUN): they carry nothing, and zeros would make one a byte. */
  | { readonly kind: 'empty-messages'; readonly at: number; readonly local: number }
  /** More messages than the data's size allows (limits.ts): the rest would cost memory out of all proportion. */
  | { readonly kind: 'too-many-messages'; readonly at: number; readonly cap: number; readonly dataBytes: number }
  /** The file's time budget ran out; the importer refuses the file. */
  | { readonly kind: 'over-time'; readonly at: number };

export interface DecodedData {
  readonly records: FitFile['records'];
  readonly rrIntervals: FitFile['rrIntervals'];
  readonly messages: Record<string, FitMessage[]>;
  readonly messageCount: number;
  readonly stop: Stop;
}

export function decodeData(b: Uint8Array, start: number, end: number, deadline: Deadline): DecodedData {
  const defs: (Definition | undefined)[] = new Array(16);
  const accumulators = new Accumulators();
  const developer = new DeveloperFields();
  const columns = new RecordColumnsBuilder(countRecords(b, start, end, deadline));
  const rr = new RrIntervalColumn();
  const decoder = new MessageDecoder(accumulators, developer);
  const messages: Record<string, FitMessage[]> = {};
  let messageCount = 0;
  let dataMessages = 0;
  const maxDataMessages = structureCap(end - start, FIT_MESSAGES_FLOOR, MIN_FIT_MESSAGE_BYTES);
  let emptyRun = 0;
  let emptyRunStart = 0;
  // Last timestamp seen in any message, in FIT seconds: compressed headers count from it.
  let lastTime = -1;
  let stop: Stop = { kind: 'end' };
  let pos = start;
  while (pos < end) {
    if (deadline.passed()) {
      stop = { kind: 'over-time', at: pos };
      break;
    }
    const header = b[pos]!;
    let def: Definition | undefined;
    let compressedTime = -1;
    if (header & 0x80) {
      // Compressed timestamp header: local type in bits 5-6, seconds (mod 32) in bits 0-4, a rollover forward from the last timestamp.
      def = defs[(header >> 5) & 0x03];
      if (def && lastTime >= 0) {
        compressedTime = lastTime + (((header & 0x1f) - lastTime) & 0x1f);
        lastTime = compressedTime;
      }
    } else if (header & 0x40) {
      const parsed = parseDefinition(b, pos, end);
      if (!parsed) {
        stop = { kind: 'cut', at: pos };
        break;
      }
      defs[header & 0x0f] = parsed.def;
      pos = parsed.next;
      continue;
    } else {
      def = defs[header & 0x0f];
    }
    if (!def) {
      stop = { kind: 'undefined-local', at: pos, local: header & 0x80 ? (header >> 5) & 0x03 : header & 0x0f };
      break;
    }
    if (def.size > 0) emptyRun = 0;
    else if (emptyRun++ === 0) emptyRunStart = pos;
    else if (emptyRun > MAX_EMPTY_FIT_MESSAGE_RUN) {
      const local = header & 0x80 ? (header >> 5) & 0x03 : header & 0x0f;
      stop = { kind: 'empty-messages', at: emptyRunStart, local };
      break;
    }
    if (++dataMessages > maxDataMessages) {
      stop = { kind: 'too-many-messages', at: pos, cap: maxDataMessages, dataBytes: end - start };
      break;
    }
    const content = pos + 1;
    if (content + def.size > end) {
      stop = { kind: 'cut', at: pos };
      break;
    }
    if (def.global === RECORD_MESG_NUM && def.profile) {
      const plan = (def.recordPlan ??= buildRecordPlan(def, def.profile, accumulators, developer, columns));
      refreshDevOps(plan, def, developer, columns);
      const row = columns.addRow();
      if (compressedTime >= 0) columns.timestamp[row] = fitTimeToMs(compressedTime);
      const time = decodeRecord(b, content, def.littleEndian, plan, columns, row);
      if (time >= 0) lastTime = time;
    } else if (def.global === HRV_MESG_NUM && def.profile) {
      const time = decodeHrv(b, content, def.littleEndian, (def.hrvPlan ??= buildHrvPlan(def, def.profile)), rr);
      if (time >= 0) lastTime = time;
      messageCount++;
    } else {
      const plan = (def.messagePlan ??= buildMessagePlan(def, accumulators));
      const message = decoder.decode(b, content, def, plan);
      const time = decoder.raw.get(TIMESTAMP_FIELD);
      if (typeof time === 'number') lastTime = time;
      else if (compressedTime >= 0) message.timestamp = fitTimeToMs(compressedTime);
      if (def.global === FIELD_DESCRIPTION) developer.describe(decoder.raw);
      (messages[plan.name] ??= []).push(message);
      messageCount++;
    }
    pos = content + def.size;
  }
  const records = columns.finish();
  return { records, rrIntervals: rr.finish(), messages, messageCount: messageCount + records.length, stop };
}
