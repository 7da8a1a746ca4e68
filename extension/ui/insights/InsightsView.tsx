// Insights (docs/ui.md, "Layout and navigation"): the summary of a week (this one
// or one the athlete steps to) and the training chat. With AI switched off,
// only where to switch it on.
import { useState } from 'preact/hooks';
import { dayToIsoDate, weekStartDay, localDay, MS_PER_DAY } from '../../../shared/analytics';
import { switchedOff } from '../../ai/ai-settings';
import { periodPrompt } from '../../ai/prompt-for';
import { useFormat } from '../common/format-context';
import type { ViewProps } from '../common/view-props';
import { Chat } from './Chat';
import { SummaryPanel } from '../ai-panel/SummaryPanel';
import { useAiSettings } from '../ai-panel/use-ai-settings';
import '../ai-panel/insights.css';

export function InsightsView({ onOpenSession }: ViewProps) {
  const format = useFormat();
  const ai = useAiSettings();
  // Read once per mount, as Today does: a panel open past midnight follows when reopened.
  const thisWeek = weekStartDay(localDay());
  const [monday, setMonday] = useState(thisWeek);
  if (ai === undefined) return null;
  if (switchedOff(ai.settings))
    return (
      <div class="insights-view">
        <h2>Insights</h2>
        <p>AI insights are switched off. Turn them on in Settings → AI.</p>
      </div>
    );
  const from = dayToIsoDate(monday);
  const to = dayToIsoDate(monday + 6);
  // Day numbers count UTC midnights, so the dates are shown in UTC to name the same days.
  const shown = (day: number) => format.date(day * MS_PER_DAY, 0);
  return (
    <div class="insights-view">
      <h2>Insights</h2>
      <section class="insights-week" aria-labelledby="insights-week-title">
        <h3 id="insights-week-title">
          Week of {shown(monday)} to {shown(monday + 6)}
        </h3>
        <div class="insights-week-nav" role="group" aria-label="Choose the week">
          <button type="button" onClick={() => setMonday(monday - 7)}>
            ← Previous week
          </button>
          <button type="button" disabled={monday === thisWeek} onClick={() => setMonday(thisWeek)}>
            This week
          </button>
          <button type="button" disabled={monday >= thisWeek} onClick={() => setMonday(monday + 7)}>
            Next week →
          </button>
        </div>
        <SummaryPanel
          key={from}
          subjectKey={`week:${from}`}
          prompt={(db, allowNotes) => periodPrompt(db, from, to, { allowNotes, units: format.system })}
          askLabel="Summarise this week"
          about="this week"
          onOpenSession={onOpenSession}
        />
      </section>
      <Chat
        ai={ai}
        week={{ from: dayToIsoDate(thisWeek), to: dayToIsoDate(thisWeek + 6) }}
        onOpenSession={onOpenSession}
      />
    </div>
  );
}
