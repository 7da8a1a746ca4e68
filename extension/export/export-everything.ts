// "Export everything" (the athlete's right to their data, issue 12): one zip
// with this browser's data and original files, the computed metrics, the
// threshold history, the AI settings and consent, the server's copy when signed
// in, and README.md explaining every file. Never the API key.
import { strToU8, zipSync } from 'fflate';
import type { KeyValueArea } from '../ai/key-value-area';
import type { SessionsDb } from '../db';
import { aiSettingsSection } from './ai-settings-section';
import { aiLedgerSection, privacyChoicesSection } from './privacy-sections';
import type { ExportSection } from './export-section';
import { localSections } from './local-sections';
import { serverSection, type ServerCopy } from './server-section';

export interface ExportProgress {
  /** What is happening, in words. */
  readonly step: string;
  /** Sessions analysed so far, of `total`: the long part of a large library's export. */
  readonly done: number;
  readonly total: number;
}

export interface ExportInput {
  readonly db: SessionsDb;
  /** Extension storage, where the AI settings are kept (beside the key, which is not read). */
  readonly aiArea: KeyValueArea;
  readonly server: ServerCopy;
  /**
   * Further parts, each explaining its files: the AI ledger and the restriction history (issue 12) join the
   * export here, so every part of it lands in the zip and in README.md the same way.
   */
  readonly extraSections?: readonly ExportSection[];
  readonly onProgress?: (progress: ExportProgress) => void;
}

const INTRODUCTION = `# Your SessionsAI data

Everything SessionsAI keeps about you, exported on EXPORTED_AT. JSON files are UTF-8 and readable by any program;
workout files are as you imported them. The parts below list every file and what each field holds.
`;

export async function exportEverything(input: ExportInput): Promise<Uint8Array> {
  const report = input.onProgress ?? (() => {});
  report({ step: 'Reading your local data…', done: 0, total: 0 });
  const local = await localSections(input.db, (done, total) =>
    report({ step: `Computing metrics: session ${done} of ${total}…`, done, total }),
  );
  const ai = await aiSettingsSection(input.aiArea);
  const privacy = [await aiLedgerSection(input.db), await privacyChoicesSection(input.db)];
  let pages = 0;
  const server = await serverSection(input.server, () =>
    report({ step: `Reading your account's copy: page ${++pages}…`, done: 0, total: 0 }),
  );
  const sections = [...local, ai, ...privacy, server, ...(input.extraSections ?? [])];
  report({ step: 'Writing the zip…', done: 0, total: 0 });
  const readme = [INTRODUCTION.replace('EXPORTED_AT', new Date().toISOString()), ...sections.map((s) => s.readme)];
  const files: Record<string, Uint8Array> = { 'README.md': strToU8(readme.join('\n')) };
  for (const section of sections) Object.assign(files, section.files);
  return zipSync(files);
}
