// What an estimated load or zone says about itself (docs/ui.md, "Numbers and
// units": "estimated from HR; set your threshold HR for a precise value"):
// which threshold was estimated, and what the athlete can set to make it exact.
import type { LoadMethod, LoadScore, Thresholds, ZoneModel } from '../../../shared/analytics';

// The thresholds each scoring method reads (shared/analytics/session/score-load.ts).
const METHOD_THRESHOLDS: Record<Exclude<LoadMethod, 'multisport' | 'session-rpe'>, readonly string[]> = {
  'power-tss': ['FTP'],
  'running-tss-gap': ['threshold pace'],
  'running-tss': ['threshold pace'],
  'swim-tss': ['swim threshold pace (CSS)'],
  'hr-tss': ['threshold HR'],
  trimp: ['max HR', 'resting HR'],
};

/** docs/ui.md's words for the commonest case: hrTSS with no threshold HR set. */
export const HR_ESTIMATE_NOTE = 'Estimated from HR; set your threshold HR for a precise value.';

function setYour(names: readonly string[]): string {
  return `Estimated: set your ${names.join(' and ')} in Settings for a precise value.`;
}

/** The thresholds behind an estimated load, in the order met. */
function estimatedThresholds(load: LoadScore): string[] {
  if (!load.estimated) return [];
  if (load.method === 'session-rpe') return [];
  if (load.method !== 'multisport') return [...METHOD_THRESHOLDS[load.method]];
  return [...new Set((load.legs ?? []).flatMap((leg) => (leg.load === null ? [] : estimatedThresholds(leg.load))))];
}

/** What to tell the athlete about loads that used estimated thresholds; null when none did. */
export function loadEstimateNote(loads: readonly (LoadScore | null)[]): string | null {
  const names = [...new Set(loads.flatMap((load) => (load === null ? [] : estimatedThresholds(load))))];
  if (names.length === 0) return null;
  return names.length === 1 && names[0] === 'threshold HR' ? HR_ESTIMATE_NOTE : setYour(names);
}

/** What to tell the athlete about zones drawn from an estimated threshold; null when it was set. */
export function zoneEstimateNote(model: ZoneModel, t: Thresholds): string | null {
  const used = {
    power: [['FTP', t.ftp]],
    hr: [['threshold HR', t.thresholdHr]],
    hrr: [
      ['max HR', t.maxHr],
      ['resting HR', t.restHr],
    ],
    pace: [['threshold pace', t.thresholdRunSpeed]],
  } as const;
  const names = used[model].filter(([, threshold]) => threshold?.estimated === true).map(([name]) => name);
  if (names.length === 0) return null;
  return names.length === 1 && names[0] === 'threshold HR' ? HR_ESTIMATE_NOTE : setYour(names);
}
