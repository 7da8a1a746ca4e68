// Keeps the thresholds estimated from the library fresh (use-fresh-estimates.ts)
// once the panel's first screen is up, and says so when they cannot be made.
// Its own component: the reads it follows re-render it alone, not the panel.
import type { SessionsDb } from '../../db/first-screen';
import { useFreshEstimates } from './use-fresh-estimates';
import { useIdle } from './use-idle';

export interface FreshEstimatesProps {
  readonly db: SessionsDb;
  /** Live sessions stored; undefined until counted. */
  readonly sessions: number | undefined;
}

export function FreshEstimates(props: FreshEstimatesProps) {
  return useIdle() ? <KeptFresh {...props} /> : null;
}

function KeptFresh({ db, sessions }: FreshEstimatesProps) {
  const error = useFreshEstimates(db, sessions);
  return error === null ? null : <p role="alert">Thresholds could not be estimated from your sessions: {error}</p>;
}
