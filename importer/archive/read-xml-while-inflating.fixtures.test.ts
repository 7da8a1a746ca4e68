// A GPX or TCX read as it inflates (from a .gz or a zip) must give exactly
// what the loose file gives: the same content hash, so the same session ids
// (stored libraries and sync depend on them), the same sessions and messages.
import { gzipSync, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model';
import { describeWithFixtures, fixture, listFixtures } from '../../tests/support/fixtures';
import { importFiles } from '../import-files';

/** What the athlete gets from one file, with its name (loose, gzipped or zipped) replaced by "F". */
function outcome(result: ImportResult, name: string) {
  const unnamed = (text: string) => text.replaceAll(name, 'F');
  return {
    sessions: result.sessions.map((s) => ({
      id: s.id,
      sources: s.sources.map((r) => ({ ...r, file: unnamed(r.file) })),
      points: s.streams?.time.length,
      elapsedS: s.elapsedS,
      distanceM: s.distanceM,
      warnings: s.warnings.map(unnamed),
    })),
    warnings: result.warnings.map((w) => unnamed(w.message)),
    errors: result.errors.map((e) => unnamed(e.message)),
  };
}

describeWithFixtures('GPX and TCX fixtures read as they inflate', () => {
  const paths = ['gpx', 'tcx'].flatMap((dir) => listFixtures(dir));

  it.each(paths)('%s gives the same sessions loose, gzipped and zipped', async (path) => {
    const bytes = fixture(path);
    const name = path.split('/').pop()!;
    const loose = outcome(await importFiles([{ name, bytes }]), name);
    const gz = outcome(await importFiles([{ name: `${name}.gz`, bytes: gzipSync(bytes) }]), `${name}.gz`);
    const zip = outcome(await importFiles([{ name: 'x.zip', bytes: zipSync({ [name]: bytes }) }]), `x.zip/${name}`);
    expect(gz).toEqual(loose);
    expect(zip).toEqual(loose);
  });

  it('reads every GPX and TCX fixture (none silently missing)', () => {
    expect(paths).toHaveLength(31);
  });
});
