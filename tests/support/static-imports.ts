// What a page loads before it runs: the modules its entry reaches through
// static imports alone. Dynamic import() calls load later, and type-only
// imports are erased (tsconfig's verbatimModuleSyntax keeps every other
// import, even one naming only types inline), so the walk skips both.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { root } from './source-files';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The specifiers a module's text imports statically, as it runs (type-only imports left out). */
export function staticSpecifiers(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  return file.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly)
      return [(statement.moduleSpecifier as ts.StringLiteral).text];
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
      return [(statement.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

/** A module's text by its path from the repository root; undefined when there is no such file. */
export type ReadSource = (path: string) => string | undefined;

const readRepoFile: ReadSource = (path) =>
  existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;

export interface StaticGraph {
  /** Every module reached, each with the module that first imported it (the entry's is null). */
  readonly importedBy: ReadonlyMap<string, string | null>;
  /** Packages imported by any module reached. */
  readonly packages: ReadonlySet<string>;
}

/** The modules `entry` (a path from the repository root) reaches through static imports. */
export function staticImportGraph(entry: string, read: ReadSource = readRepoFile): StaticGraph {
  const importedBy = new Map<string, string | null>([[entry, null]]);
  const packages = new Set<string>();
  const texts = new Map<string, string>();
  const found = (path: string) => {
    const text = read(path);
    if (text !== undefined) texts.set(path, text);
    return text !== undefined;
  };
  if (!found(entry)) throw new Error(`${entry}: no such file`);
  const queue = [entry];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const specifier of staticSpecifiers(path, texts.get(path)!)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      // A stylesheet or other asset resolves to no TypeScript file and holds no imports.
      const base = posix.normalize(posix.join(posix.dirname(path), specifier));
      const target = EXTENSIONS.map((ext) => base + ext).find((candidate) => texts.has(candidate) || found(candidate));
      if (target !== undefined && !importedBy.has(target)) {
        importedBy.set(target, path);
        queue.push(target);
      }
    }
  }
  return { importedBy, packages };
}

/** The chain of imports from the entry to `module`, for a message saying why it is loaded. */
export function importChain(graph: StaticGraph, module: string): string[] {
  const chain: string[] = [];
  for (let at: string | null | undefined = module; at; at = graph.importedBy.get(at)) chain.unshift(at);
  return chain;
}
