import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../../shared/model';
import { channelSourcesLine, sourceNames } from './source-names';

const source = (hash: string, file: string, product: string | null): SourceRef => ({
  format: 'fit',
  file,
  contentHash: hash,
  sizeBytes: 1,
  device: product === null ? null : { manufacturer: 'garmin', product, serial: null, softwareVersion: null },
});

describe('source names', () => {
  it('spells out FIT product names, keeps written ones, and falls back to the file', () => {
    const names = sourceNames([
      source('a', 'watch/2024-06-01.fit', 'fr955'),
      source('b', 'edge.fit', 'edge530'),
      source('c', 'export.zip/run.tcx', 'Forerunner 15'),
      source('d', 'strava/123.json', null),
      source('e', 'x.fit', '4242'),
    ]);
    expect([...names.values()]).toEqual(['Forerunner 955', 'Edge 530', 'Forerunner 15', '123.json', 'x.fit']);
  });

  it('adds the file where two sources come from the same device', () => {
    const names = sourceNames([source('a', 'a.fit', 'edge530'), source('b', 'b.fit', 'edge530')]);
    expect([...names.values()]).toEqual(['Edge 530 (a.fit)', 'Edge 530 (b.fit)']);
  });

  it('says which source each channel came from, grouped by source', () => {
    const names = new Map([
      ['a', 'Forerunner 955'],
      ['b', 'Edge 530'],
    ]);
    const line = channelSourcesLine(
      {
        channels: { heartRate: 'a', power: 'b', cadence: 'b', speed: 'a', positions: 'a' },
        options: {},
        summary: {},
      },
      names,
    );
    expect(line).toBe('Heart rate, speed and GPS route from Forerunner 955 · power and cadence from Edge 530');
  });
});
