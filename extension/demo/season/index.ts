// The demo season generator: a populated panel for an athlete without a watch.
export { generateDemoSeason } from './demo-season';
export type { DemoSeason, DemoSeasonOptions } from './demo-season';
