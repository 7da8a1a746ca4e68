import { EstimatedMark } from '../common/EstimatedMark';
import type { KeyNumber } from '../common/key-numbers';

export function KeyNumbers({ numbers }: { numbers: readonly KeyNumber[] }) {
  return (
    <dl class="key-numbers">
      {numbers.map((n) => (
        <div key={n.label} class="key-number" title={n.note}>
          <dt>{n.label}</dt>
          <dd>
            {n.value}
            {n.estimate !== undefined && <EstimatedMark note={n.estimate} />}
          </dd>
          {n.value === '–' && n.note && <dd class="key-number-note">{n.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
