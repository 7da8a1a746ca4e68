// Third-party workout files live beside the repo in ../shared/fixtures and are
// never copied in. Tests read them from there: when the folder is missing they
// skip with a message on a developer machine, and fail under CI.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe } from 'vitest';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../../shared/fixtures');

export const fixturesAvailable = existsSync(join(FIXTURES_DIR, 'MANIFEST.md'));

/** `describe` that needs ../shared/fixtures: skipped with a message locally, a failure under CI. */
export function describeWithFixtures(name: string, body: () => void): void {
  if (fixturesAvailable) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    throw new Error(`${name}: ../shared/fixtures is missing (looked in ${FIXTURES_DIR}); CI needs it`);
  }
  console.warn(`skipping "${name}": ../shared/fixtures not found at ${FIXTURES_DIR}`);
  describe.skip(name, body);
}

/** Bytes of a fixture, by its path under ../shared/fixtures ("fit/elevate__huez.fit"). */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, path)));
}

/** A fixture's text, decoded as UTF-8. */
export function fixtureText(path: string): string {
  return new TextDecoder().decode(fixture(path));
}

/** Every match of a regex's first group in a fixture's text: an independent reading of the file to check a parser against. */
export function fixtureMatches(path: string, re: RegExp): string[] {
  return [...fixtureText(path).matchAll(re)].map((m) => m[1]!);
}

/** Fixture paths (relative to ../shared/fixtures) under a folder, recursively, sorted. */
export function listFixtures(dir: string, filter: (path: string) => boolean = () => true): string[] {
  const root = join(FIXTURES_DIR, dir);
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(FIXTURES_DIR, full));
    }
  };
  walk(root);
  return out.filter(filter);
}
