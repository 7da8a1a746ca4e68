/**
 * The fitness/fatigue model's constants. Each day
 *   X_t = X_(t-1) + (load_t - X_(t-1)) x (1 - e^(-1/N)),
 * N = 42 days for fitness (CTL) and 7 for fatigue (ATL): GoldenCheetah
 * src/Metrics/PMCData.cpp (lts = stress x (1 - e^(-1/ltsDays)) + lastLTS x e^(-1/ltsDays)),
 * Elevate fitness.service.ts; intervals.icu quotes the same factors, 0.023528 and
 * 0.133122 per day. Runalyze's 2/(N+1) differs, so its numbers will not match ours.
 */
export const CTL_DAYS = 42;
export const ATL_DAYS = 7;
export const CTL_FACTOR = 1 - Math.exp(-1 / CTL_DAYS);
export const ATL_FACTOR = 1 - Math.exp(-1 / ATL_DAYS);

/** Ramp rate looks back one ATL period: the change in CTL over 7 days (GoldenCheetah PMCData rr_). */
export const RAMP_DAYS = 7;

/** Acute and chronic windows of the rolling-average ACWR (Gabbett 2016, Br J Sports Med 50:273). */
export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

/** Foster's monotony and strain look at one week (Foster 1998, Med Sci Sports Exerc 30:1164). */
export const MONOTONY_DAYS = 7;
