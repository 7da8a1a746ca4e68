// The importer's public API is importer/index.ts: code outside importer/
// (the extension, its tests, the repository's tests) imports from there only,
// so the importer can change its insides without breaking a caller.
import { describe, expect, test } from 'vitest';
import { importsOf, sourcesUnder, type Source } from './support/source-files';

const insideImporter = (path: string) => path.startsWith('importer/');
const isIndex = (target: string) => target === 'importer' || target === 'importer/index';

/** Imports from outside importer/ that reach past importer/index.ts. */
function findBackDoorImports(files: readonly Source[]): string[] {
  return files
    .filter((file) => !insideImporter(file.path))
    .flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target !== null && insideImporter(`${target}/`) && !isIndex(target))
        .map(({ specifier }) => `${file.path} imports '${specifier}': import importer (its index.ts) instead`),
    );
}

test('everything outside importer/ imports it through importer/index.ts', () => {
  const files = ['extension', 'shared', 'convex', 'tests'].flatMap(sourcesUnder);

  const violations = findBackDoorImports(files);

  expect(violations, `past importer/index.ts:\n${violations.join('\n')}`).toEqual([]);
});

describe('the scanner catches a planted back-door import', () => {
  // [file, its text, whether it goes past the index]
  const cases: [string, string, boolean][] = [
    ['extension/sites/x.ts', "import { stravaSport } from '../../importer/strava-export/strava-sport';", true],
    ['extension/demo/season/x.ts', "import { rangeSummarizer } from '../../../importer/derive';", true],
    ['tests/x.test.ts', "import { parseFit } from '../importer/fit/parse-fit';", true],
    ['extension/sites/x.ts', "import { stravaSport } from '../../importer';", false],
    ['extension/sites/x.ts', "import { importFiles } from '../../importer/index';", false],
    ['importer/fit/x.ts', "import { rangeSummarizer } from '../derive';", false],
  ];

  test.each(cases)('%s: %s', (path, text, wrong) => {
    expect(findBackDoorImports([{ path, text }])).toHaveLength(wrong ? 1 : 0);
  });
});
