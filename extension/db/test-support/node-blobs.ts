// The UI tests run in happy-dom, whose Blob and File are plain classes that
// fake-indexeddb's structured clone (Node's structuredClone) turns into empty
// objects. Node's own Blob and File clone as Chromium's do, so original files
// stored as Blobs (original-bytes.ts) come back whole. Loaded by vitest.config.ts.
import { Blob, File } from 'node:buffer';

Object.assign(globalThis, { Blob, File });
