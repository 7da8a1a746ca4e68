// Two promises of the house that no other rule checks: every runtime
// dependency in package.json is imported by product code, and every docs/
// file the code cites exists (the notes beside the repository are not cited).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf, isTest, root, sourcesUnder, type Source } from './support/source-files';

const PRODUCT = ['shared', 'importer', 'extension', 'convex'].flatMap(sourcesUnder).filter((f) => !isTest(f.path));

/** The package an import specifier names ('@scope/name' or 'name'), or null for a relative path. */
const packageOf = (specifier: string) =>
  specifier.startsWith('.')
    ? null
    : specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');

function unusedDependencies(dependencies: readonly string[], files: readonly Source[]): string[] {
  const used = new Set(files.flatMap((f) => importsOf(f).map((i) => packageOf(i.specifier))));
  return dependencies.filter((d) => !used.has(d));
}

/** docs/ files a source cites that are missing (another project's docs/, after a slash, is not ours), and citations of the old top-level notes. */
function brokenCitations(files: readonly Source[], exists: (path: string) => boolean): string[] {
  return files.flatMap((f) => [
    ...[...f.text.matchAll(/(?<![\w/.-])docs\/([\w-]+\.md)/g)]
      .filter((m) => !exists(`docs/${m[1]}`))
      .map((m) => `${f.path} cites ${m[0]}`),
    ...[...f.text.matchAll(/\b(ARCHITECTURE|DOMAIN|UI)\.md\b/g)].map((m) => `${f.path} cites ${m[0]}`),
  ]);
}

test('every runtime dependency is imported by product code', () => {
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };

  expect(unusedDependencies(Object.keys(dependencies), PRODUCT)).toEqual([]);
});

test('every docs/ file the code cites exists', () => {
  expect(PRODUCT.length).toBeGreaterThan(0);
  expect(brokenCitations(PRODUCT, (path) => existsSync(join(root, path)))).toEqual([]);
});

describe('the checks catch planted violations', () => {
  test('a dependency nothing imports', () => {
    const files = [{ path: 'extension/x.ts', text: "import { z } from '@scope/used/sub';" }];
    expect(unusedDependencies(['@scope/used', 'left-over'], files)).toEqual(['left-over']);
  });

  test('a citation of a missing docs file, or of the old notes', () => {
    const files = [
      { path: 'shared/x.ts', text: '// see docs/domain.md and docs/gone.md, and ARCHITECTURE.md (not repo/docs/a.md)' },
    ];
    expect(brokenCitations(files, (path) => path === 'docs/domain.md')).toEqual([
      'shared/x.ts cites docs/gone.md',
      'shared/x.ts cites ARCHITECTURE.md',
    ]);
  });
});
