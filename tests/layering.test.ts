// The layering in docs/architecture.md ("Layers"), enforced: every import in
// shared/, importer/, extension/ and convex/ must point along the arrows
//   shared <- importer <- extension,   shared <- convex
// and product code may use only the packages its runtime can load.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf, isTest, root, sourcesUnder, type Import, type Source } from './support/source-files';

const LAYERS = ['shared', 'importer', 'extension', 'convex'] as const;
type Layer = (typeof LAYERS)[number];

/** Folders (with trailing slash) each layer may import from, itself included. */
const MAY_IMPORT: Record<Layer, readonly string[]> = {
  shared: ['shared/'],
  importer: ['shared/', 'importer/'],
  extension: ['shared/', 'importer/', 'extension/', 'convex/_generated/'],
  convex: ['shared/', 'convex/'],
};

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * Packages product code may import. shared/ is pure TypeScript. The importer
 * runs in a Web Worker, the MV3 service worker and Node, so a package joins its
 * list only if it runs in all three. Convex functions get server packages only.
 * The extension bundles its runtime dependencies, and WXT's runtime helpers.
 */
const MAY_USE_PACKAGES: Record<Layer, readonly string[]> = {
  shared: [],
  importer: ['fflate'],
  extension: [...Object.keys(packageJson.dependencies), 'wxt'],
  convex: ['convex', '@anthropic-ai/sdk', 'stripe', '@clerk/backend', 'svix'],
};

// Convex runs a file on Node only when it opens with the "use node" directive.
// https://docs.convex.dev/functions/runtimes
const usesNodeRuntime = (text: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use node\1/.test(text);
const nodeBuiltins = new Set(builtinModules);

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Why importing `specifier` from `file` breaks the layering, or null when it is fine. */
function wrongWay(file: Source, layer: Layer, { specifier, target }: Import): string | null {
  const test = isTest(file.path);
  if (target !== null) {
    const allowed = test ? [...MAY_IMPORT[layer], 'tests/support/'] : MAY_IMPORT[layer];
    if (allowed.some((folder) => `${target}/`.startsWith(folder))) return null;
    return `${layer}/ may import only ${allowed.join(', ')} (this resolves to ${target})`;
  }
  if (specifier.startsWith('node:') || nodeBuiltins.has(packageName(specifier))) {
    const mayUseNode =
      test || file.path.startsWith('importer/cli/') || (layer === 'convex' && usesNodeRuntime(file.text));
    return mayUseNode ? null : `Node APIs are allowed only in tests, importer/cli/ and "use node" Convex files`;
  }
  const name = packageName(specifier);
  if (test || MAY_USE_PACKAGES[layer].includes(name)) return null;
  if (name in packageJson.devDependencies) return `${name} is a devDependency: only tests and tools may import it`;
  return `${layer}/ product code may use only these packages: ${MAY_USE_PACKAGES[layer].join(', ') || 'none'}`;
}

/** Every import, export-from and literal dynamic import in the files, checked against the layers. */
function findWrongWayImports(files: readonly Source[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const layer = LAYERS.find((name) => file.path.startsWith(`${name}/`));
    if (layer === undefined) continue;
    for (const imported of importsOf(file)) {
      const reason = wrongWay(file, layer, imported);
      if (reason !== null) violations.push(`${file.path} imports '${imported.specifier}': ${reason}`);
    }
  }
  return violations;
}

test('no import in shared/, importer/, extension/ or convex/ points against the layers', () => {
  const files = LAYERS.flatMap(sourcesUnder);

  const violations = findWrongWayImports(files);

  expect(files.length).toBeGreaterThan(0);
  expect(violations, `wrong-way imports:\n${violations.join('\n')}`).toEqual([]);
});

describe('the scanner catches a planted import', () => {
  // [file, its text, whether the import is wrong-way]
  const cases: [string, string, boolean][] = [
    ['shared/model/x.ts', "import { db } from '../../extension/db';", true],
    ['shared/model/x.ts', "import type { Sport } from './sport';", false],
    ['shared/model/x.ts', "import { readFileSync } from 'node:fs';", true],
    ['shared/model/x.ts', "import { h } from 'preact';", true],
    ['shared/model/x.test.ts', "import { createHash } from 'node:crypto';", false],
    ['importer/fit/x.ts', "export { App } from '../../extension/ui/App';", true],
    ['importer/fit/x.ts', "const schema = await import('../../convex/schema');", true],
    ['importer/fit/x.ts', "import { readFile } from 'fs/promises';", true],
    ['importer/cli/main.ts', "import { readFile } from 'node:fs/promises';", false],
    ['importer/fit/x.ts', "import { Decoder } from '@garmin/fitsdk';", true],
    ['importer/gpx/x.ts', "import { DOMParser } from '@xmldom/xmldom';", true],
    ['importer/fit/x.test.ts', "import FitParser from 'fit-file-parser';", false],
    ['importer/fit/x.ts', "import { unzipSync } from 'fflate';", false],
    ['extension/ui/x.tsx', "import { api } from '../../convex/_generated/api';", false],
    ['extension/ui/x.tsx', "import schema from '../../convex/schema';", true],
    ['extension/db/x.ts', "import { gpx } from '@tmcw/togeojson';", true],
    ['extension/db/x.ts', "import { fixture } from '../../tests/support/fixtures';", true],
    ['extension/db/x.test.ts', "import { fixture } from '../../tests/support/fixtures';", false],
    ['extension/ui/test-support/db.ts', "import 'fake-indexeddb/auto';", false],
    ['extension/ui/db.ts', "import 'fake-indexeddb/auto';", true],
    ['convex/sessions.ts', "import { App } from '../extension/ui/App';", true],
    ['convex/sessions.ts', "import { readFit } from '../importer/fit/read-fit';", true],
    ['convex/sessions.ts', "import type { Session } from '../shared/model';", false],
    ['convex/ai/call.ts', "// Anthropic call\n'use node';\nimport { createHash } from 'node:crypto';", false],
    ['convex/ai/call.ts', "import { createHash } from 'node:crypto';", true],
  ];

  test.each(cases)('%s: %s', (path, text, wrong) => {
    expect(findWrongWayImports([{ path, text }])).toHaveLength(wrong ? 1 : 0);
  });
});
