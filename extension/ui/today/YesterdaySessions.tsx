// Yesterday's training, each session a button into its detail.
import { formatDuration } from '../../../shared/model';
import { loadEstimateNote } from '../common/estimate-note';
import { EstimatedMark } from '../common/EstimatedMark';
import { METHOD_NAMES } from '../common/key-numbers';
import { useFormat } from '../common/format-context';
import { sessionTitle } from '../common/session-title';
import type { ScoredSession } from './training-picture';

export interface YesterdaySessionsProps {
  readonly sessions: readonly ScoredSession[];
  readonly onOpenSession: (id: string) => void;
}

export function YesterdaySessions({ sessions, onOpenSession }: YesterdaySessionsProps) {
  const format = useFormat();
  return (
    <section class="today-yesterday" aria-labelledby="today-yesterday-heading">
      <h3 id="today-yesterday-heading">Yesterday</h3>
      {sessions.length === 0 ? (
        <p class="today-none">No session yesterday</p>
      ) : (
        <ul class="today-list">
          {sessions.map(({ row, load }) => {
            const numbers = [formatDuration(row.elapsedS)];
            if (row.distanceM !== null) numbers.push(format.distance(row.distanceM, row.sport));
            // The load and its method in the detail's words: one load per session everywhere.
            numbers.push(
              load === null ? 'no load' : `load ${format.number(load.value)} · ${METHOD_NAMES[load.method]}`,
            );
            const estimate = load === null ? null : loadEstimateNote([load]);
            return (
              <li key={row.id}>
                <button type="button" class="today-session" onClick={() => onOpenSession(row.id)}>
                  <span class="today-item-title">{sessionTitle(row)}</span>
                  <span class="today-item-numbers">{numbers.join(' · ')}</span>
                </button>
                {estimate !== null && <EstimatedMark note={estimate} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
