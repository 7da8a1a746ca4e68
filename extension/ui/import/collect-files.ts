// Turning what the athlete dropped or picked into named files for the import
// worker. Folders are walked here (the worker gets only files); each file is
// named by its path inside what was given, so errors name it as they know it.
import type { ImportIssue } from '../../../shared/model';
import type { FileToImport } from '../../worker/import-protocol';

export interface CollectedFiles {
  readonly files: FileToImport[];
  /** Entries of a dropped folder the browser would not hand over. */
  readonly errors: ImportIssue[];
}

// Hidden files in a folder are the operating system's bookkeeping (.DS_Store,
// ._ AppleDouble files, .git), never workouts: left out rather than reported.
const isHidden = (name: string) => name.startsWith('.');

/** Files from an <input type=file>, named by their path inside a picked folder when there is one. */
export function filesFromList(list: ArrayLike<File>): CollectedFiles {
  const files: FileToImport[] = [];
  for (const file of Array.from(list)) {
    const path = file.webkitRelativePath || file.name;
    if (path !== file.name && isHidden(file.name)) continue;
    files.push({ name: path, blob: file });
  }
  return { files, errors: [] };
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All entries of a folder: readEntries hands them over in batches (Chrome: 100) until an empty one. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const pathOf = (entry: FileSystemEntry) => entry.fullPath.replace(/^\//, '') || entry.name;

function unreadable(entry: FileSystemEntry, error: unknown): ImportIssue {
  const what = entry.isDirectory ? 'folder' : 'file';
  const reason = error instanceof Error ? error.message : String(error);
  return {
    file: pathOf(entry),
    code: 'missing-file',
    message: `${pathOf(entry)}: the browser would not open this ${what} (${reason}); nothing was imported from it`,
  };
}

async function walk(entry: FileSystemEntry, out: CollectedFiles, inFolder: boolean): Promise<void> {
  if (inFolder && isHidden(entry.name)) return;
  try {
    if (entry.isFile) {
      out.files.push({ name: pathOf(entry), blob: await fileOf(entry as FileSystemFileEntry) });
    } else if (entry.isDirectory) {
      for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, out, true);
    }
  } catch (error) {
    out.errors.push(unreadable(entry, error));
  }
}

/**
 * Files and folders from a drop. The entries must be taken while the drop
 * event is being handled (the data store is protected afterwards, HTML
 * "drag data store mode"), so call this synchronously from the handler.
 */
export function filesFromDrop(data: DataTransfer): Promise<CollectedFiles> {
  const items = Array.from(data.items).filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return Promise.resolve(filesFromList(data.files));
  const out: CollectedFiles = { files: [], errors: [] };
  return (async () => {
    for (const entry of entries) await walk(entry!, out, false);
    return out;
  })();
}
