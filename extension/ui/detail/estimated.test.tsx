import { afterEach, describe, expect, it } from 'vitest';
import { analyzeSession, thresholdsAt, timeInZones, powerZones, type AthleteProfile } from '../../../shared/analytics';
import { makeProfile, makeSession, makeStreams } from '../../../shared/analytics/test-support';
import { FormatContext } from '../common/format-context';
import { mount, unmountAll } from '../test-support/render';
import { makeFormat } from '../units/format';
import { HR_ESTIMATE_NOTE, loadEstimateNote } from '../common/estimate-note';
import { keyNumbers } from '../common/key-numbers';
import { KeyNumbers } from './KeyNumbers';
import { ZoneTimes } from './ZoneTimes';

afterEach(unmountAll);

const FROM = Date.UTC(2020, 0, 1);
const format = makeFormat('metric', 'en-GB');
const hrRange = [
  { key: 'maxHr', value: 190, from: FROM },
  { key: 'restHr', value: 50, from: FROM },
] as const;

/** An hour of rowing at a steady 150 bpm: scored by heart rate, the only signal it has. */
const row = makeSession({ id: 'row', sport: 'rowing', streams: makeStreams(3600, { heartRate: () => 150 }) });

function shown(profile: AthleteProfile) {
  const numbers = keyNumbers(row, analyzeSession(row, profile), format);
  return mount(<KeyNumbers numbers={numbers} />);
}

describe('an estimated load says so', () => {
  it('marks hrTSS scored without a threshold HR, with docs/ui.md’s words, reachable by keyboard', () => {
    const root = shown(makeProfile([...hrRange]));
    const load = Array.from(root.querySelectorAll('.key-number')).find(
      (el) => el.querySelector('dt')?.textContent === 'Load',
    )!;
    const mark = load.querySelector<HTMLElement>('abbr.estimated')!;
    expect(mark.textContent).toBe(' (estimated)');
    expect(mark.title).toBe('Estimated from HR; set your threshold HR for a precise value.');
    expect(mark.tabIndex).toBe(0);
  });

  it('carries no marker once the athlete has set a threshold HR', () => {
    const root = shown(makeProfile([...hrRange, { key: 'thresholdHr', value: 165, from: FROM }]));
    expect(root.querySelector('.estimated')).toBeNull();
  });

  it('names the estimated thresholds of other methods, and of a multisport session’s legs', () => {
    const estimatedFtp = { value: 1, method: 'power-tss', basis: '', estimated: true } as const;
    const trimp = { value: 1, method: 'trimp', basis: '', estimated: true } as const;
    expect(loadEstimateNote([estimatedFtp])).toBe('Estimated: set your FTP in Settings for a precise value.');
    expect(loadEstimateNote([trimp])).toBe(
      'Estimated: set your max HR and resting HR in Settings for a precise value.',
    );
    const legs = [
      { sport: 'cycling', start: 0, load: estimatedFtp },
      { sport: 'running', start: 1, load: { value: 1, method: 'hr-tss', basis: '', estimated: true } },
    ] as const;
    expect(loadEstimateNote([{ value: 2, method: 'multisport', basis: '', estimated: true, legs }])).toBe(
      'Estimated: set your FTP and threshold HR in Settings for a precise value.',
    );
    expect(loadEstimateNote([{ ...estimatedFtp, estimated: false }, null])).toBeNull();
    expect(HR_ESTIMATE_NOTE).toBe('Estimated from HR; set your threshold HR for a precise value.');
  });
});

describe('zones from an estimated threshold say so', () => {
  const ride = makeSession({ id: 'ride', streams: makeStreams(600, { power: () => 200 }) });
  function zonesFor(profile: AthleteProfile) {
    const t = thresholdsAt(profile, ride.start, ride.sport);
    const zones = powerZones(t)!;
    return mount(
      <FormatContext.Provider value={format}>
        <ZoneTimes
          zoneTimes={[{ zones, seconds: timeInZones(new Float32Array(600).fill(200), zones.zones) }]}
          sport="cycling"
          thresholds={t}
        />
      </FormatContext.Provider>,
    );
  }

  it('marks power zones drawn from an estimated FTP', () => {
    const root = zonesFor(
      makeProfile([{ key: 'ftp', value: 250, from: FROM, estimated: true, how: '95% of the best 20 minutes' }]),
    );
    expect(root.querySelector('caption')?.textContent).toBe('Power zones (estimated)');
    expect(root.querySelector<HTMLElement>('caption abbr')?.title).toBe(
      'Estimated: set your FTP in Settings for a precise value.',
    );
  });

  it('leaves zones from an FTP the athlete set unmarked', () => {
    const root = zonesFor(makeProfile([{ key: 'ftp', value: 250, from: FROM }]));
    expect(root.querySelector('caption')?.textContent).toBe('Power zones');
  });
});
