/**
 * SessionsAI training analytics: pure functions and one incremental structure,
 * shared by the extension, Convex and the CLI. Typical use (the CLI `report`):
 *
 *   const profile = withEstimates(userProfile, estimateThresholds({ sessions }));
 *   const analyses = sessions.map((s) => analyzeSession(s, profile));   // load + per-session metrics
 *   const log = TrainingLog.fromEntries(sessions.map((s, i) => loadEntry(s, analyses[i].load)));
 *   log.rows();                                   // [{ date, load, ctl, atl, tsb, ... }]
 *   volumeByPeriod(log.allEntries(), 'week');     // weekly volume by sport
 *   recordProgression(sessions.flatMap((s, i) => sessionBests(analyses[i], s.sport, dayNumber(s.start, s.utcOffsetS))));
 */
export {
  dayNumber,
  dayToIsoDate,
  isoDateToDay,
  localDay,
  localIsoDate,
  MS_PER_DAY,
  monthKey,
  weekStartDay,
} from './common/day';
export { resample1Hz } from './common/resample';

export type {
  AthleteProfile,
  ResolvedThreshold,
  Sex,
  ThresholdEntry,
  ThresholdKey,
  ThresholdValues,
  Thresholds,
  ZoneModel,
  ZoneOverrides,
} from './profile/types';
export { THRESHOLD_KEYS } from './profile/types';
export { thresholdsAt, valueOf } from './profile/thresholds-at';
export { hrrZones, hrZones, paceZones, powerZones, zoneIndex } from './profile/zones';
export type { Zone, ZoneSet } from './profile/zones';
export {
  AGREEMENT,
  estimateFromEfforts,
  estimateThresholds,
  estimateThresholdsDetailed,
  RECENT_DAYS,
} from './profile/estimate';
export type { EstimateEffort, ThinData, ThresholdEstimate, ThresholdEstimates } from './profile/estimate';
export { sessionEfforts } from './profile/session-efforts';
export type { Effort, EffortKey, SessionEfforts } from './profile/session-efforts';
export type { EstimateInput } from './profile/estimate';
export { withEstimates } from './profile/with-estimates';

export { stretchChannels, toChannels } from './session/channels';
export type { Channels } from './session/channels';
export { normalizedPower } from './session/normalized-power';
export { meanMaximalPower, POWER_CURVE_DURATIONS_S } from './session/power-curve';
export type { CurvePoint } from './session/power-curve';
export { bestWindowMean } from './session/best-window';
export {
  BEST_EFFORT_DISTANCES_M,
  BEST_EFFORT_NAMES,
  bestDistanceInTime,
  bestEffortsByDistance,
} from './session/best-efforts';
export type { DistanceEffort } from './session/best-efforts';
export { findClimbs } from './session/climbs';
export type { Climb } from './session/climbs';
export { aerobicDecoupling, efficiencyFactor } from './session/efficiency';
export { gradeAdjustedSpeed, minettiCost } from './session/grade-adjusted';
export {
  defaultThresholdHr,
  heartRateReserve,
  hrTss,
  powerTss,
  runningTss,
  sessionRpeLoad,
  swimTss,
  trimpAt,
  trimpSexFactor,
} from './session/load-formulas';
export { trimpFromSamples } from './session/trimp';
export { timeInZones } from './session/time-in-zones';
export { isFootSport, scoreFromInputs, scoreSession } from './session/score-load';
export type { LegLoad, LoadMethod, LoadOptions, LoadScore, ScoredSession } from './session/score-load';
export { LOAD_METHOD_NAMES } from './session/load-method-names';
export { loadInputsOf } from './session/load-inputs';
export type { LoadInputs, StretchInputs } from './session/load-inputs';
export { analyzeSession, DISTANCE_IN_TIME_S } from './session/analyze-session';
export type { SessionAnalysis, ZoneTime } from './session/analyze-session';

export {
  ACUTE_DAYS,
  ATL_DAYS,
  ATL_FACTOR,
  CHRONIC_DAYS,
  CTL_DAYS,
  CTL_FACTOR,
  MONOTONY_DAYS,
  RAMP_DAYS,
} from './days/pmc';
export { TrainingLog } from './days/training-log';
export type { DayRow, LoadEntry } from './days/training-log';
export { loadEntry } from './days/load-entry';
export { volumeByPeriod } from './days/volume';
export type { PeriodVolume, SportVolume } from './days/volume';
export { recordProgression, sessionBests } from './days/records';
export type { RecordHistory, SessionBest } from './days/records';

export type { DoneSession, PlannedSession } from './plans/types';
export { flattenSteps } from './plans/flatten-steps';
export { rangeMid, stepRange, targetIntensity } from './plans/step-range';
export type { StepRange } from './plans/step-range';
export { stepLength, workoutTotals } from './plans/workout-totals';
export type { WorkoutTotals } from './plans/workout-totals';
export { planInstant, withStepTargets } from './plans/step-targets';
export { workoutCompliance } from './plans/step-compliance';
export type { StepCompliance, WorkoutCompliance } from './plans/step-compliance';
export { complianceColour, sessionCompliance } from './plans/compliance';
export type { ComplianceColour, SessionCompliance } from './plans/compliance';
export { matchPlans } from './plans/match';
export type { PlanMatch } from './plans/match';
export { weeklyCompliance } from './plans/week-compliance';
export type { WeekCompliance } from './plans/week-compliance';
export { planVolume } from './plans/plan-volume';
export type { PlannedAndDone, PlanVolume, SportPlanVolume, WeekPlanVolume } from './plans/plan-volume';
export { copyWeekPlans } from './plans/copy-week';

export type { WellnessDay, WellnessMetric } from './wellness/types';
export { WELLNESS_METRICS } from './wellness/types';
export { baselineOn } from './wellness/baselines';
export type { Baseline, BaselineOptions } from './wellness/baselines';
export { wellnessFlags } from './wellness/flags';
export type { WellnessFlag } from './wellness/flags';
export { loadCorrelation } from './wellness/load-correlation';
export type { LoadCorrelation } from './wellness/load-correlation';

export type { Fact, SessionRecord } from './facts/types';
export { doneSession, sessionRecord } from './facts/types';
export { intentFacts } from './facts/intent-facts';
export { trendFacts } from './facts/trend-facts';
export type { IntentFactsInput } from './facts/intent-facts';
export { similarSessions } from './facts/similar-sessions';
export { sessionFacts } from './facts/session-facts';
export type { SessionFactsInput } from './facts/session-facts';
export { periodFacts } from './facts/period-facts';
export { planFacts } from './facts/plan-facts';
export { normalRangeFacts, wellnessFacts } from './facts/wellness-facts';
export { foundSessionFacts } from './facts/found-facts';
export { fitnessFacts } from './facts/fitness-facts';
export type { PeriodFactsInput } from './facts/period-facts';
export {
  bandWords,
  checkFormInputs,
  DEFAULT_FORM_ZONE,
  DEFAULT_RAMP_LIMIT,
  FORM_ZONES,
  formTarget,
  roundedRange,
  stepFitness,
} from './days/form-target';
export type { FormGoal, FormStart, FormTarget, FormTargetAdvice, FormZone } from './days/form-target';
export { PROJECTION_DAYS, projectForm } from './days/form-projection';
export type { ProjectedDay } from './days/form-projection';
export { formOutlook, formStartOf } from './days/form-outlook';
export type { FormOutlook } from './days/form-outlook';
export { formFacts } from './facts/form-facts';
