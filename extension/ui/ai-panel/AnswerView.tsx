// An answer as the athlete reads it. While it streams, the text as it comes;
// once complete, every number checked against the facts the AI was given:
// a verified number opens the sessions behind it, an unverified one says so
// in words (and a tooltip), not by colour alone (docs/ui.md, "The AI").
import { useState } from 'preact/hooks';
import type { Fact } from '../../../shared/analytics';
import { verifyAnswer, type AnswerPart } from '../../../shared/ai';
import { SessionLinks } from './SessionLinks';

export const UNVERIFIED_TIP = 'This number matches none of the facts the AI was given. Check it before relying on it.';

export interface AnswerViewProps {
  readonly text: string;
  /** Null while streaming: numbers are checked once the answer is complete. */
  readonly facts: readonly Fact[] | null;
  readonly onOpenSession?: (id: string) => void;
}

export function AnswerView({ text, facts, onOpenSession }: AnswerViewProps) {
  const [chosen, setChosen] = useState<number | null>(null);
  if (facts === null)
    return (
      <div class="ai-answer" aria-live="polite" aria-busy="true">
        {text}
      </div>
    );
  const parts = verifyAnswer(text, facts);
  const picked = chosen === null ? undefined : parts[chosen];
  return (
    <div class="ai-answer">
      <p class="ai-answer-text">
        {parts.map((part, i) => (
          <Part
            key={i}
            part={part}
            facts={facts}
            open={chosen === i}
            onChoose={() => setChosen(chosen === i ? null : i)}
          />
        ))}
      </p>
      {picked?.kind === 'number' && (
        <SessionLinks
          number={picked.text}
          sessionIds={picked.sessionIds}
          {...(onOpenSession ? { onOpenSession } : {})}
        />
      )}
    </div>
  );
}

function Part({
  part,
  facts,
  open,
  onChoose,
}: {
  part: AnswerPart;
  facts: readonly Fact[];
  open: boolean;
  onChoose: () => void;
}) {
  if (part.kind === 'text') return <>{part.text}</>;
  if (!part.verified)
    return (
      <mark class="ai-number ai-unverified" title={UNVERIFIED_TIP}>
        {part.text}
        <span class="ai-unverified-word"> (unverified)</span>
      </mark>
    );
  const behind = facts.filter((f) => part.factIds.includes(f.id)).map((f) => f.label);
  const tip = `Checked: ${behind.join('; ')}`;
  if (part.sessionIds.length === 0)
    return (
      <span class="ai-number ai-verified" title={tip}>
        {part.text}
      </span>
    );
  return (
    <button type="button" class="ai-number ai-verified" title={tip} aria-expanded={open} onClick={onChoose}>
      {part.text}
    </button>
  );
}
