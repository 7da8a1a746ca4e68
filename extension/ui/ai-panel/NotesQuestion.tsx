// Asked once, the first time a summary could use the athlete's own words
// (a note, a reflection, a title) while they have never said whether the AI
// may read them. The answer is kept; Settings → AI changes it later.
import { useEffect, useRef } from 'preact/hooks';
import type { AthleteText } from '../../ai/prompt-for';

export interface NotesQuestionProps {
  /** What the summary is about, in words: "this session", "this week". */
  readonly about: string;
  readonly onAnswer: (share: boolean) => void;
}

export function NotesQuestion({ about, onAnswer }: NotesQuestionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="ai-consent" aria-labelledby="ai-notes-title">
      <h3 id="ai-notes-title" ref={heading} tabIndex={-1}>
        Include your notes?
      </h3>
      <p>
        You wrote notes, a reflection or titles for {about}. The summary can take them into account if they are sent
        with the numbers, quoted as your words. You are asked once; Settings → AI changes it any time.
      </p>
      <div class="ai-actions">
        <button type="button" class="primary" onClick={() => onAnswer(true)}>
          Include my notes
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          Keep them private
        </button>
      </div>
    </section>
  );
}

/** Whether to ask before sending: the prompt leaves out the athlete's words and they have never answered. */
export function shouldAskAboutNotes(athleteText: AthleteText, notesAnswered: boolean): boolean {
  return athleteText === 'withheld' && !notesAnswered;
}
