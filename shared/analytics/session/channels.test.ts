import { describe, expect, it } from 'vitest';
import { epochMs, seconds } from '../../model';
import { blankSummary, START } from '../../../tests/support/sessions';
import { sessionEfforts } from '../profile/session-efforts';
import { makeSession, makeStreams } from '../test-support';
import { stretchChannels } from './channels';
import { loadInputsOf } from './load-inputs';

// A triathlon's last two legs: 30 minutes riding at 250 W, then 30 minutes running at 3 m/s with 400 W of running power.
const streams = makeStreams(3600, { power: (t) => (t < 1800 ? 250 : 400), speed: (t) => (t < 1800 ? 10 : 3) });
const legs = [
  { ...blankSummary({ sport: 'cycling', start: epochMs(START), elapsedS: seconds(1800) }), laps: [] },
  { ...blankSummary({ sport: 'running', start: epochMs(START + 1_800_000), elapsedS: seconds(1800) }), laps: [] },
];
const tri = makeSession({ id: 'tri', sport: 'multisport', start: epochMs(START), legs, streams });

describe('stretchChannels', () => {
  it("gives each multisport leg its own seconds, and load inputs and efforts read the same legs' channels", () => {
    const channels = stretchChannels(tri, streams);
    expect(channels.map((c) => [c.length, c.power![0], c.power![c.length - 1]])).toEqual([
      [1800, 250, 250],
      [1800, 400, 400],
    ]);
    // Worked out once and passed on, the same answers as each working them out alone.
    expect(loadInputsOf(tri, streams, channels)).toEqual(loadInputsOf(tri));
    expect(loadInputsOf(tri, streams, channels)!.map((leg) => leg.power)).toEqual([
      { np: 250, seconds: 1800 },
      { np: 400, seconds: 1800 },
    ]);
    const efforts = sessionEfforts(tri, streams, channels);
    expect(efforts).toEqual(sessionEfforts(tri));
    // FTP from the bike leg only, at its start; the run's 3 m/s over its 30 minutes, 1,800 s into the session.
    expect(efforts.efforts.map((e) => [e.key, e.value, e.startS])).toEqual([
      ['ftp', 250, 0],
      ['thresholdRunSpeed', 3, 1800],
    ]);
  });
});
