// Wellness: how the athlete has been, day by day, against their own normal (issue 4, "Views").
import { localDay } from '../../../shared/analytics';
import { listWellness } from '../../db';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { WellnessLog } from './WellnessLog';
import { WellnessTrends } from './WellnessTrends';

export function WellnessView() {
  const { db } = useServices();
  // Newest first: the log reads down from today.
  const log = useLiveQuery(() => listWellness(db).then((days) => days.reverse()), [db]);
  const today = localDay();
  return (
    <div class="wellness-view">
      <h2>Wellness</h2>
      {log.error && (
        <p role="alert">Your wellness log could not be read from this browser's storage: {log.error.message}</p>
      )}
      {log.value?.length === 0 && (
        <p class="wellness-empty">Nothing logged yet. Use the check-in on Today to log how you slept and feel.</p>
      )}
      {log.value && log.value.length > 0 && (
        <>
          <WellnessTrends days={log.value} today={today} />
          <WellnessLog days={log.value} />
        </>
      )}
    </div>
  );
}
