import { gunzipSync, gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { finishGunzip, type GunzipOutcome, openGunzip } from './gunzip';

const MiB = 1024 * 1024;

/** One member inflated whole, as unpack does when it is not a GPX or TCX read while inflating. */
function gunzipLimited(bytes: Uint8Array, ceiling: number): GunzipOutcome {
  const opened = openGunzip(bytes, ceiling);
  return 'stream' in opened ? finishGunzip(opened) : opened;
}
const sample = new TextEncoder().encode('<gpx>'.repeat(2000));

describe('gunzipLimited', () => {
  it('reads a member with a stored file name and checks its CRC-32 and size', () => {
    const out = gunzipLimited(gzipSync(sample, { filename: 'ride.gpx', mtime: 0 }), MiB);
    expect(out).toEqual({ kind: 'ok', bytes: sample, intact: true });
  });

  it('keeps the data but says so when the trailer CRC-32 disagrees', () => {
    const gz = gzipSync(sample);
    gz[gz.length - 8]! ^= 0xff;
    expect(gunzipLimited(gz, MiB)).toEqual({ kind: 'ok', bytes: sample, intact: false });
  });

  it('stops a bomb at the ceiling instead of expanding it whole', () => {
    // 16 MiB of zeros compress to ~16 KiB; the ceiling is 1 MiB.
    const bomb = gzipSync(new Uint8Array(16 * MiB), { level: 1 });
    const out = gunzipLimited(bomb, MiB);
    expect(out).toEqual({ kind: 'failed', code: 'too-large', reason: 'it expands to more than 1 MiB' });
  });

  it('keeps what a cut-off stream held before the break', () => {
    const long = new TextEncoder().encode(Array.from({ length: 20_000 }, (_, i) => `<trkpt lat="${i}"/>`).join(''));
    const gz = gzipSync(long);
    const out = gunzipLimited(gz.subarray(0, gz.length / 2), MiB);
    expect(out.kind).toBe('truncated');
    // fflate hands over output block by block, so some prefix (not necessarily half) survives.
    expect(out.kind === 'truncated' && out.bytes.length).toBeGreaterThan(0);
    expect(out.kind === 'truncated' && Buffer.compare(out.bytes, long.subarray(0, out.bytes.length))).toBe(0);
  });

  it('calls a header cut short truncated with nothing kept', () => {
    const gz = gzipSync(sample, { filename: 'ride.gpx' });
    expect(gunzipLimited(gz.subarray(0, 14), MiB)).toEqual({ kind: 'truncated', bytes: new Uint8Array(0) });
    expect(gunzipLimited(gz.subarray(0, 5), MiB)).toEqual({ kind: 'truncated', bytes: new Uint8Array(0) });
  });

  it('refuses a compression method other than DEFLATE', () => {
    const gz = gzipSync(sample);
    gz[2] = 7;
    expect(gunzipLimited(gz, MiB)).toMatchObject({ kind: 'failed', code: 'unsupported' });
  });
});

describeWithFixtures('gunzipLimited on fixtures', () => {
  it('export/gc__14582164182.fit.gz inflates to what fflate gives, intact', () => {
    const gz = fixture('export/gc__14582164182.fit.gz');
    const out = gunzipLimited(gz, 1024 * MiB);
    expect(out.kind).toBe('ok');
    if (out.kind === 'ok') {
      expect(Buffer.compare(out.bytes, gunzipSync(gz))).toBe(0);
      expect(out.intact).toBe(true);
    }
  });

  it('bad/DERIVED__truncated-gzip__* is truncated, keeping the start of the FIT', () => {
    const out = gunzipLimited(fixture('bad/DERIVED__truncated-gzip__fitparse__garmin-fenix-5-bike.fit.gz'), MiB);
    const whole = fixture('fit/fitparse__garmin-fenix-5-bike.fit');
    expect(out.kind).toBe('truncated');
    if (out.kind !== 'truncated') return;
    expect(out.bytes.length).toBeGreaterThan(0);
    expect(Buffer.compare(out.bytes, whole.subarray(0, out.bytes.length))).toBe(0);
  });
});
