// Exact by definition: the international yard and pound agreement (1959),
// 1 yd = 0.9144 m and 1 lb = 0.45359237 kg.
export const METERS_PER_MILE = 1609.344;
export const METERS_PER_FOOT = 0.3048;
export const METERS_PER_YARD = 0.9144;
export const KG_PER_POUND = 0.45359237;
