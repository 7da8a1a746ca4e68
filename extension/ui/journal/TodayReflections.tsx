// Today's reflections: on the latest session since yesterday, asked by name
// ("How did this morning's run feel?"), and on the day itself; then the journal.
import { localIsoDate, MS_PER_DAY } from '../../../shared/analytics/common/day';
import { listSessions } from '../../db/first-screen';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { JournalList } from './JournalList';
import { reflectionQuestion, sessionDate } from './reflection-question';
import { Reflections } from './Reflections';

export function TodayReflections({ onOpenSession }: { onOpenSession: (id: string) => void }) {
  const { db } = useServices();
  const today = localIsoDate();
  const latest = useLiveQuery(
    () => listSessions(db, { limit: 1, from: Date.parse(`${today}T00:00:00Z`) - 2 * MS_PER_DAY }),
    [db, today],
  );
  const yesterday = localIsoDate(Date.now() - MS_PER_DAY);
  const latestSession = latest.value?.[0];
  // Offered while it is fresh: a session from today or yesterday.
  const session = latestSession && [today, yesterday].includes(sessionDate(latestSession)) ? latestSession : null;
  return (
    <section class="today-reflections" aria-label="Reflections">
      <h3>Reflections</h3>
      {session && (
        <Reflections
          key={session.id}
          sessionId={session.id}
          date={sessionDate(session)}
          question={reflectionQuestion(session, today)}
        />
      )}
      <Reflections sessionId={null} date={today} question="How was today?" />
      <JournalList onOpenSession={onOpenSession} />
    </section>
  );
}
