// The demo athlete: a newcomer to structured training, fit enough for a
// 16-week season of rides, runs and swims. Their thresholds are the profile
// the views score the season with; the FTP rises after the base block.
import type { ThresholdEntry, ThresholdValues } from '../../../shared/analytics';

export const DEMO_ATHLETE = {
  ftp: 215,
  thresholdHr: 168,
  maxHr: 189,
  restHr: 55,
  /** 4:38 per km. */
  thresholdRunSpeed: 3.6,
  /** 1:20 per 100 m. */
  swimCss: 1.25,
  weight: 71.5,
} as const satisfies { readonly [K in keyof ThresholdValues]: number };

/** The FTP the build block starts with, after the base block's gains. */
export const BUILD_FTP = 228;

export function demoThresholds(seasonStartMs: number, buildStartMs: number): ThresholdEntry[] {
  const entries: ThresholdEntry[] = Object.entries(DEMO_ATHLETE).map(([key, value]) => ({
    key: key as keyof ThresholdValues,
    value,
    from: seasonStartMs,
  }));
  return [...entries, { key: 'ftp', value: BUILD_FTP, from: buildStartMs }];
}
