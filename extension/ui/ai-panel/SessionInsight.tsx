// The end of a session's detail (docs/ui.md, "Session detail"): its AI summary,
// made on request, with its facts.
import { sessionPrompt } from '../../ai/prompt-for';
import { useFormat } from '../common/format-context';
import { SummaryPanel } from './SummaryPanel';
import './insights.css';

export function SessionInsight({
  sessionId,
  onOpenSession,
}: {
  sessionId: string;
  onOpenSession?: (id: string) => void;
}) {
  // The facts state distances and speeds in the units the athlete reads them in.
  const { system } = useFormat();
  return (
    <div class="session-insight">
      <h3>AI summary</h3>
      <SummaryPanel
        subjectKey={`session:${sessionId}`}
        prompt={(db, allowNotes) => sessionPrompt(db, sessionId, { allowNotes, units: system })}
        askLabel="Summarise this session"
        about="this session"
        {...(onOpenSession ? { onOpenSession } : {})}
      />
    </div>
  );
}
