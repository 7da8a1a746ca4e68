// Each load method in a few words, wherever a load is shown or told to the AI,
// so "TSS from power" is read rather than the code 'power-tss'.
import type { LoadMethod } from './score-load';

export const LOAD_METHOD_NAMES: Readonly<Record<LoadMethod, string>> = {
  'power-tss': 'TSS from power',
  'running-tss-gap': 'rTSS from grade-adjusted pace',
  'running-tss': 'rTSS from pace',
  'swim-tss': 'swim TSS from pace',
  'hr-tss': 'hrTSS from heart rate',
  trimp: 'TRIMP from heart rate',
  'session-rpe': 'session RPE × minutes',
  multisport: 'sum of the legs',
};
