import { describe, expect, it } from 'vitest';
import { filesFromDrop, filesFromList } from './collect-files';

// Minimal stand-ins for the File and Directory Entries API (happy-dom has none).
function fileEntry(fullPath: string, fail = false): FileSystemFileEntry {
  const name = fullPath.split('/').pop()!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok: (f: File) => void, bad?: (e: Error) => void) =>
      fail ? bad?.(new Error('NotFoundError')) : ok(new File(['x'], name)),
  } as unknown as FileSystemFileEntry;
}

/** A folder whose reader hands entries over in batches of 100, like Chrome's. */
function folderEntry(fullPath: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (batch: FileSystemEntry[]) => void) => {
          ok(children.slice(at, at + 100));
          at += 100;
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

function drop(entries: FileSystemEntry[]): DataTransfer {
  return {
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
    files: [],
  } as unknown as DataTransfer;
}

describe('filesFromDrop', () => {
  it('walks nested folders, reading past the first batch of 100, and skips hidden files', async () => {
    const rides = Array.from({ length: 150 }, (_, i) => fileEntry(`/export/rides/${i}.fit`));
    const dropped = drop([
      folderEntry('/export', [
        folderEntry('/export/rides', rides),
        fileEntry('/export/.DS_Store'),
        fileEntry('/export/run.gpx'),
      ]),
      fileEntry('/loose.tcx'),
    ]);

    const { files, errors } = await filesFromDrop(dropped);

    expect(files).toHaveLength(152);
    expect(files[0]?.name).toBe('export/rides/0.fit');
    expect(files[149]?.name).toBe('export/rides/149.fit');
    expect(files.slice(150).map((f) => f.name)).toEqual(['export/run.gpx', 'loose.tcx']);
    expect(errors).toEqual([]);
  });

  it('names a file the browser would not open, and keeps the others', async () => {
    const { files, errors } = await filesFromDrop(drop([fileEntry('/a.fit', true), fileEntry('/b.fit')]));
    expect(files.map((f) => f.name)).toEqual(['b.fit']);
    expect(errors.map((e) => e.message)).toEqual([
      'a.fit: the browser would not open this file (NotFoundError); nothing was imported from it',
    ]);
  });
});

describe('filesFromList', () => {
  it('names picked files by their path in a picked folder, skipping hidden ones there', () => {
    const inFolder = (path: string) => {
      const f = new File(['x'], path.split('/').pop()!);
      Object.defineProperty(f, 'webkitRelativePath', { value: path });
      return f;
    };
    const { files } = filesFromList([
      inFolder('season/a.fit'),
      inFolder('season/.DS_Store'),
      new File(['x'], '.hidden-but-chosen.fit'),
    ]);
    expect(files.map((f) => f.name)).toEqual(['season/a.fit', '.hidden-but-chosen.fit']);
  });
});
