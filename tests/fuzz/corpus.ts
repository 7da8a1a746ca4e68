// The fuzzer's corpus: every workout file in ../shared/fixtures (FIT, GPX,
// TCX, gz, zip, the bad ones), plus the Strava export layout zipped, as the
// athlete would hand it over.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';
import { FIXTURES_DIR, listFixtures } from '../support/fixtures';

export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const WORKOUT = /\.(fit|gpx|tcx|gz|zip)$/i;

/** Files at most `maxBytes` long (all of them by default), sorted by path so a seed means the same run. */
export function loadCorpus(maxBytes = Number.POSITIVE_INFINITY): CorpusFile[] {
  const files = ['fit', 'gpx', 'tcx', 'export', 'bad']
    .flatMap((dir) => listFixtures(dir, (path) => WORKOUT.test(path)))
    .map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(join(FIXTURES_DIR, path))) }));
  const layout = 'export/strava-layout-DERIVED';
  const entries = Object.fromEntries(
    listFixtures(layout).map((path) => [
      path.slice(layout.length + 1),
      new Uint8Array(readFileSync(join(FIXTURES_DIR, path))),
    ]),
  );
  files.push({ name: 'export_strava.zip', bytes: zipSync(entries) });
  return files.filter((f) => f.bytes.length <= maxBytes);
}
