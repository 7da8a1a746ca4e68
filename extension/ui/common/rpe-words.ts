/** Borg CR10 wording for the 0-10 scale (Foster et al. 2001, session-RPE), by RPE. */
export const RPE_WORDS = [
  'Rest',
  'Very, very easy',
  'Easy',
  'Moderate',
  'Somewhat hard',
  'Hard',
  'Hard',
  'Very hard',
  'Very hard',
  'Very hard',
  'Maximal',
] as const;
