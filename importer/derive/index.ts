// Summary derivation from samples: the public surface of importer/derive.
export { deriveSummary, rangeSummarizer } from './summarize';
export type { DerivableField, DerivableValues, RangeSummarizer } from './summarize';
export { cumulativeDistance } from './distance';
export { HYSTERESIS_M } from './ascent';
