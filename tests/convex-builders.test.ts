// Every Convex function is made by a builder from convex/lib/functions.ts:
// userQuery and userMutation check the caller is signed in, and the internal
// builders are handed out there too. A raw query, mutation or action imported
// from Convex elsewhere would skip that check unseen.
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { sourcesUnder, type Source } from './support/source-files';

const BUILDERS_HOME = 'convex/lib/functions.ts';
/** Convex's function builders: query, mutation, action, httpAction, their internal and Generic forms. */
const BUILDER = /^(?:internal)?(?:query|mutation|action|Query|Mutation|Action)(?:Generic)?$|^httpAction(?:Generic)?$/;
const fromConvex = (module: string) => module === 'convex/server' || /(^|\/)_generated\/server$/.test(module);

/** Value imports of a Convex builder outside convex/lib/functions.ts. */
function findRawBuilders(files: readonly Source[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    if (file.path === BUILDERS_HOME) continue;
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const clause = statement.importClause;
      if (!fromConvex(statement.moduleSpecifier.text) || clause === undefined || clause.isTypeOnly) continue;
      const named = clause.namedBindings;
      if (named === undefined || !ts.isNamedImports(named)) continue;
      for (const element of named.elements) {
        const name = (element.propertyName ?? element.name).text;
        if (!element.isTypeOnly && BUILDER.test(name)) violations.push(`${file.path} imports ${name}`);
      }
    }
  }
  return violations;
}

test('no Convex function builder is imported outside convex/lib/functions.ts', () => {
  const files = sourcesUnder('convex');

  const violations = findRawBuilders(files);

  expect(files.length).toBeGreaterThan(0);
  expect(violations, `raw builders (use convex/lib/functions.ts):\n${violations.join('\n')}`).toEqual([]);
});

describe('the scanner catches a planted raw builder', () => {
  // [file, its text, how many violations]
  const cases: [string, string, number][] = [
    ['convex/x.ts', "import { query } from './_generated/server';", 1],
    ['convex/ai/x.ts', "import { internalMutation, mutation } from '../_generated/server';", 2],
    ['convex/x.ts', "import { action as run } from './_generated/server';", 1],
    ['convex/x.ts', "import { queryGeneric } from 'convex/server';", 1],
    ['convex/x.ts', "import { httpAction } from './_generated/server';", 1],
    ['convex/ai/x.ts', "import type { ActionCtx } from '../_generated/server';", 0],
    ['convex/ai/x.ts', "import { type MutationCtx } from '../_generated/server';", 0],
    ['convex/x.ts', "import { defineSchema, paginationOptsValidator } from 'convex/server';", 0],
    ['convex/ai/x.ts', "import { internalAction } from '../lib/functions';", 0],
    ['convex/lib/functions.ts', "import { mutation, query } from '../_generated/server';", 0],
  ];

  test.each(cases)('%s: %s', (path, text, count) => {
    expect(findRawBuilders([{ path, text }])).toHaveLength(count);
  });
});
