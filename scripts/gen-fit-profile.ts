// Writes importer/fit/profile.generated.ts: the slice of the Garmin FIT profile
// (@garmin/fitsdk src/profile.js, ~1 MB) that the FIT reader needs, as ~84 KB.
// Run: npx tsx scripts/gen-fit-profile.ts
// With --check it writes nothing and exits 1 when the committed file differs
// from what the installed SDK gives (importer/fit/profile-generated.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Messages the importer decodes by name; every other message number stays "mesg<N>". */
const MESSAGES = [
  'fileId',
  'fileCreator',
  'userProfile',
  'zonesTarget',
  'sport',
  'session',
  'lap',
  'record',
  'event',
  'deviceInfo',
  'activity',
  'hrv',
  'length',
  'hr',
  'split',
  'timeInZone',
  'fieldDescription',
  'developerDataId',
  'workout',
  'workoutStep',
];

/**
 * Enum tables not worth their size to an importer (climbing grades, dive alerts,
 * UI languages, message numbers) and bit-mask types whose values are numbers.
 */
const SKIPPED_TYPES = new Set([
  'dateTime',
  'localDateTime',
  'messageIndex',
  'leftRightBalance',
  'leftRightBalance100',
  'mesgNum',
  'language',
  'displayPosition',
  'diveAlert',
  'bodyLocation',
  'userLocalId',
  'localtimeIntoDay',
  'deviceIndex',
]);

interface SdkField {
  num: number;
  name: string;
  type: string;
  baseType: string;
  array: boolean;
  scale: number | number[];
  offset: number | number[];
  units: string | string[];
  bits: number[];
  components: string[];
  isAccumulated?: boolean;
  subFields: (Omit<SdkField, 'subFields' | 'num' | 'array'> & { map: { name: string; value: number }[] })[];
}
interface SdkProfile {
  version: { major: number; minor: number; patch: number };
  messages: Record<string, { num: number; name: string; fields: Record<string, SdkField> }>;
  types: Record<string, Record<string, string>>;
}

const BASE_TYPES = new Set([
  'enum',
  'sint8',
  'uint8',
  'sint16',
  'uint16',
  'sint32',
  'uint32',
  'string',
  'float32',
  'float64',
  'uint8z',
  'uint16z',
  'uint32z',
  'byte',
  'sint64',
  'uint64',
  'uint64z',
  'bool',
]);

const sdkRoot = dirname(dirname(createRequire(import.meta.url).resolve('@garmin/fitsdk')));

function sdkVersion(): string {
  return (JSON.parse(readFileSync(join(sdkRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

async function loadSdkProfile(): Promise<SdkProfile> {
  const mod = (await import(pathToFileURL(join(sdkRoot, 'src/profile.js')).href)) as { default: SdkProfile };
  return mod.default;
}

const first = <T>(v: T | T[]): T | undefined => (Array.isArray(v) ? v[0] : v);

/** A field's own scale/offset: the SDK applies them only when there is one (profile.js arrays hold component scales). */
function own(v: number | number[], fallback: number): number {
  if (!Array.isArray(v)) return v;
  return v.length === 1 ? v[0]! : fallback;
}

function components(f: Pick<SdkField, 'components' | 'bits' | 'scale' | 'offset'>): string | null {
  if (f.components.length === 0) return null;
  const scale = (j: number) => (Array.isArray(f.scale) ? (f.scale[j] ?? 1) : f.scale);
  const offset = (j: number) => (Array.isArray(f.offset) ? (f.offset[j] ?? 0) : f.offset);
  return `[${f.components.map((c, j) => `[${Number(c)}, ${f.bits[j]}, ${scale(j)}, ${offset(j)}]`).join(', ')}]`;
}

function props(f: Omit<SdkField, 'num' | 'array' | 'subFields' | 'map'>, extra: string[]): string {
  const out = [`name: ${JSON.stringify(f.name)}`, `type: ${JSON.stringify(f.type)}`];
  // The base type of a profile type ("manufacturer" is a uint16), for writing fields (the reader takes it from the file).
  if (f.baseType !== f.type) out.push(`baseType: ${JSON.stringify(f.baseType)}`);
  const scale = own(f.scale, 1);
  const offset = own(f.offset, 0);
  const units = Array.isArray(f.units) && f.units.length > 1 ? '' : (first(f.units) ?? '');
  if (scale !== 1) out.push(`scale: ${scale}`);
  if (offset !== 0) out.push(`offset: ${offset}`);
  if (units !== '') out.push(`units: ${JSON.stringify(units)}`);
  const comps = components(f);
  if (comps) out.push(`components: ${comps}`);
  return `{ ${[...out, ...extra].join(', ')} }`;
}

function renderProfile(profile: SdkProfile, version: string): string {
  const wanted = Object.values(profile.messages)
    .filter((m) => MESSAGES.includes(m.name))
    .sort((a, b) => a.num - b.num);
  const usedTypes = new Set<string>();
  const lines: string[] = [];
  for (const m of wanted) {
    lines.push(`  ${m.num}: {`, `    name: ${JSON.stringify(m.name)},`, '    fields: {');
    const byName = new Map(Object.values(m.fields).map((f) => [f.name, f.num]));
    for (const f of Object.values(m.fields).sort((a, b) => a.num - b.num)) {
      usedTypes.add(f.type);
      const extra: string[] = [];
      if (f.array) extra.push('array: true');
      if (f.isAccumulated) extra.push('accumulate: true');
      const subs = f.subFields
        .map((s) => {
          usedTypes.add(s.type);
          const when = s.map.map((w) => `[${byName.get(w.name)}, ${w.value}]`).join(', ');
          return props(s, [`when: [${when}]`]);
        })
        .filter((s) => !s.includes('[undefined'));
      if (subs.length > 0) extra.push(`subFields: [\n        ${subs.join(',\n        ')},\n      ]`);
      lines.push(`      ${f.num}: ${props(f, extra)},`);
    }
    lines.push('    },', '  },');
  }
  const typeLines: string[] = [];
  for (const name of [...usedTypes].sort()) {
    const table = profile.types[name];
    if (!table || BASE_TYPES.has(name) || SKIPPED_TYPES.has(name)) continue;
    const entries = Object.entries(table).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
    typeLines.push(`  ${name}: { ${entries.join(', ')} },`);
  }
  return [
    `// GENERATED by scripts/gen-fit-profile.ts from @garmin/fitsdk ${version} (src/profile.js,`,
    `// FIT profile ${profile.version.major}.${profile.version.minor}.${profile.version.patch}). Do not edit.`,
    '// Regenerate after upgrading @garmin/fitsdk: npx tsx scripts/gen-fit-profile.ts',
    "import type { MessageDef } from './profile-types';",
    '',
    `export const FIT_SDK_VERSION = ${JSON.stringify(version)};`,
    '',
    'export const MESSAGES: Readonly<Record<number, MessageDef>> = {',
    ...lines,
    '};',
    '',
    '/** Enum tables by profile type name: raw value -> profile name. */',
    'export const TYPES: Readonly<Record<string, Readonly<Record<number, string>>>> = {',
    ...typeLines,
    '};',
    '',
  ].join('\n');
}

const GENERATED_PATH = resolve(import.meta.dirname, '../importer/fit/profile.generated.ts');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const source = renderProfile(await loadSdkProfile(), sdkVersion());
  if (process.argv.includes('--check')) {
    const fresh = readFileSync(GENERATED_PATH, 'utf8') === source;
    console.log(
      fresh
        ? 'profile.generated.ts is up to date'
        : `profile.generated.ts is stale: run npx tsx scripts/gen-fit-profile.ts`,
    );
    process.exit(fresh ? 0 : 1);
  }
  writeFileSync(GENERATED_PATH, source);
  console.log(`wrote ${GENERATED_PATH} (${source.length} bytes)`);
}
