import { describe, expect, it } from 'vitest';
import { epochMs, seconds, watts, bpm } from '../../../shared/model';
import { makeStreams } from '../../../shared/analytics/test-support';
import { makeSession } from '../../../tests/support/sessions';
import { toSessionRow } from '../../db/test-support/tables';
import { FormatContext } from '../common/format-context';
import { mount } from '../test-support/render';
import { makeFormat } from '../units/format';
import { SessionRow } from './SessionRow';

const ride = (avgPowerW: number | null) =>
  toSessionRow(
    makeSession({
      id: 'r',
      start: epochMs(Date.UTC(2024, 5, 1, 6)),
      elapsedS: seconds(3600),
      movingS: seconds(3600),
      avgPowerW: avgPowerW === null ? null : watts(avgPowerW),
      avgHr: bpm(140),
      streams: makeStreams(3600, { power: () => 200 }),
    }),
    [],
    0,
  ).row;

const numbersOf = (
  row: ReturnType<typeof ride>,
  thresholds: { key: 'ftp'; value: number; from: number; estimated?: boolean }[],
) => {
  const root = mount(
    <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
      <SessionRow session={row} profile={{ sex: null, thresholds }} onOpen={() => undefined} />
    </FormatContext.Provider>,
  );
  return root.querySelector('.session-row-numbers')!.textContent;
};

describe('a row of the session list', () => {
  it('shows average power (else HR) and the load with its method, marked when its FTP was estimated', () => {
    // An hour at 200 W against FTP 250 W: (200 / 250)^2 x 100 = 64 TSS.
    expect(numbersOf(ride(200), [{ key: 'ftp', value: 250, from: 0 }])).toBe('Cycling · 1:00:00 · 200 W · 64 TSS');
    expect(numbersOf(ride(null), [{ key: 'ftp', value: 250, from: 0, estimated: true }])).toBe(
      'Cycling · 1:00:00 · 140 bpm · 64 TSS est.',
    );
  });
});
