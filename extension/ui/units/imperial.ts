// Exact by definition: the international yard and pound agreement (1959),
// 1 yd = 0.9144 m and 1 lb = 0.45359237 kg. The lengths live with the model's units.
export { METERS_PER_FOOT, METERS_PER_MILE, METERS_PER_YARD } from '../../../shared/model';
export const KG_PER_POUND = 0.45359237;
