// profile.generated.ts must be exactly what scripts/gen-fit-profile.ts makes
// from the installed @garmin/fitsdk, so an SDK upgrade cannot leave it stale.
// The script runs as a child process: importer/ may not import scripts/ (layering test).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIT_SDK_VERSION, MESSAGES } from './profile.generated';

const ROOT = resolve(import.meta.dirname, '../..');

describe('profile.generated.ts', () => {
  it('matches the generator output for the installed @garmin/fitsdk (run: npx tsx scripts/gen-fit-profile.ts)', () => {
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-fit-profile.ts', '--check'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    expect(run()).toContain('up to date');
    const sdk = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/@garmin/fitsdk/package.json'), 'utf8')) as {
      version: string;
    };
    expect(FIT_SDK_VERSION).toBe(sdk.version);
  });

  it('carries the record components the reader depends on', () => {
    const record = MESSAGES[20]!;
    expect(record.fields[8]).toMatchObject({
      name: 'compressedSpeedDistance',
      components: [
        [6, 12, 100, 0],
        [5, 12, 16, 0],
      ],
    });
    expect(record.fields[5]).toMatchObject({ name: 'distance', scale: 100, accumulate: true });
    expect(record.fields[6]).toMatchObject({ name: 'speed', scale: 1000, components: [[73, 16, 1000, 0]] });
  });
});
