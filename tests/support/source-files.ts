// The repository's TypeScript sources and their imports, for the tests that
// check the code's rules (layering, the doors into db/ and importer/, ...).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Source {
  /** Path from the repository root, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** Test files, and test-support folders that only tests import. */
export const isTest = (path: string) => /\.test\.tsx?$/.test(path) || /(^|\/)test-support(\/|\.tsx?$)/.test(path);

/** Every .ts and .tsx file under the folder, node_modules and generated code left out. */
export function sourcesUnder(folder: string): Source[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' || entry.name === '_generated' ? [] : sourcesUnder(path);
    }
    return /\.tsx?$/.test(entry.name) ? [{ path, text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

export interface Import {
  readonly specifier: string;
  /** The path a relative specifier points to from the repository root, without extension; null for a package. */
  readonly target: string | null;
}

/** Every import, export-from and literal dynamic import in the file. */
export function importsOf(file: Source): Import[] {
  return ts.preProcessFile(file.text, true, true).importedFiles.map(({ fileName: specifier }) => ({
    specifier,
    target: specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file.path), specifier)) : null,
  }));
}
