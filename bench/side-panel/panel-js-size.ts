// What the side panel page makes the browser download and parse: the scripts
// sidepanel.html names and every chunk they import statically, gzipped. The
// import worker's chunk (started when an import begins) and chunks the page
// may fetch later (dynamic import(), and all they import) are counted apart.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  /** Paths inside the extension folder. */
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PanelJsSizes {
  readonly panel: JsSize;
  readonly worker: JsSize;
  readonly onDemand: JsSize;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const WORKER = /new Worker\(\s*new URL\(\s*["'`]([^"'`]+\.js)["'`]/g;
const HTML_SCRIPTS = /<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g;

/** A reference from `from` (a file in `root`), as a path inside `root`: "/x.js" is from the root, "./x.js" from the file's folder. */
function resolveRef(root: string, from: string, ref: string): string {
  return relative(root, ref.startsWith('/') ? join(root, ref) : resolve(dirname(join(root, from)), ref));
}

function refs(root: string, file: string, pattern: RegExp): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(pattern)].map((m) => resolveRef(root, file, (m[1] ?? m[2])!));
}

/** The files and every file they reach through `patterns`, each once. */
function closure(root: string, entries: readonly string[], patterns: readonly RegExp[] = [STATIC_IMPORT]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const pattern of patterns) refs(root, file, pattern).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

function sizeOf(root: string, files: readonly string[]): JsSize {
  const bytes = files.map((f) => readFileSync(join(root, f)));
  return {
    files,
    bytes: bytes.reduce((n, b) => n + b.length, 0),
    // Level 9, as web servers and store reviewers quote gzipped sizes.
    gzipBytes: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** Sizes for the built extension in `extensionDir` (e.g. <out>/chrome-mv3). */
export function panelJsSizes(extensionDir: string): PanelJsSizes {
  const panel = closure(extensionDir, refs(extensionDir, 'sidepanel.html', HTML_SCRIPTS));
  const worker = closure(
    extensionDir,
    panel.flatMap((f) => refs(extensionDir, f, WORKER)),
  ).filter((f) => !panel.includes(f));
  const loaded = new Set([...panel, ...worker]);
  // Everything the panel could still fetch later: dynamic imports, and what those import in turn.
  const onDemand = closure(extensionDir, [...loaded], [STATIC_IMPORT, DYNAMIC_IMPORT]).filter((f) => !loaded.has(f));
  return {
    panel: sizeOf(extensionDir, panel),
    worker: sizeOf(extensionDir, worker),
    onDemand: sizeOf(extensionDir, onDemand),
  };
}
