// One part of "export everything": its files by path in the zip, and the part
// of README.md that explains them, so a part never lands in the zip unexplained.
import { strToU8 } from 'fflate';
import { toJson } from '../db';

export interface ExportSection {
  /** Contents by path in the zip. */
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** Markdown for README.md: a `##` heading, then every file and field of this part. */
  readonly readme: string;
}

/** Any value as indented JSON (typed arrays as arrays, NaN as null: db's toJson). */
export function jsonFile(value: unknown): Uint8Array {
  return strToU8(JSON.stringify(toJson(value) ?? null, null, 1));
}
