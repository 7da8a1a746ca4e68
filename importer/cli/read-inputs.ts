// Command-line paths -> named byte arrays for the importer. A folder is walked
// recursively; every file is named relative to the parent of the path given,
// so "import ~/export" names "export/activities/1001.fit.gz", as the athlete
// sees it in a file browser. Which files are junk (__MACOSX, AppleDouble) is
// the importer's call, not this walker's.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ImportIssue } from '../../shared/model';
import { UsageError } from './usage-error';

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface FoundFile {
  readonly name: string;
  readonly path: string;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

// A folder's own files come before its subfolders' (as `ls -R` lists them), so
// when a copy sits in a subfolder, the top-level file is the one kept and the
// copy is reported as the duplicate. Symbolic links to folders are not
// followed, so a link cycle cannot loop forever.
function walk(dir: string, root: string, out: FoundFile[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const folders: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) folders.push(path);
    else if (entry.isFile() || (entry.isSymbolicLink() && statOrNull(path)?.isFile())) {
      out.push({ name: relative(root, path).split(sep).join('/'), path });
    }
  }
  for (const folder of folders) walk(folder, root, out);
}

/** The files behind the given paths, in argument order; a missing path or an empty folder is a usage error. */
export function findInputs(paths: readonly string[]): FoundFile[] {
  const found: FoundFile[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const stats = statOrNull(path);
    if (stats?.isFile()) {
      found.push({ name: relative(dirname(path), path), path });
    } else if (stats?.isDirectory()) {
      const before = found.length;
      walk(path, dirname(path), found);
      if (found.length === before) problems.push(`"${given}" is a folder with no files in it`);
    } else {
      problems.push(stats ? `"${given}" is neither a file nor a folder` : `"${given}" does not exist`);
    }
  }
  if (problems.length > 0) throw new UsageError(`Nothing was imported: ${problems.join('; ')}.`);
  return found;
}

/** Reads the files; one that cannot be read (permissions, vanished) becomes an error for that file. */
export function readInputs(files: readonly FoundFile[]): { inputs: InputFile[]; errors: ImportIssue[] } {
  const inputs: InputFile[] = [];
  const errors: ImportIssue[] = [];
  for (const f of files) {
    try {
      const data = readFileSync(f.path);
      inputs.push({ name: f.name, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      errors.push({
        file: f.name,
        code: 'missing-file',
        message: `${f.name}: could not be read (${reason}); it was skipped.`,
      });
    }
  }
  return { inputs, errors };
}
