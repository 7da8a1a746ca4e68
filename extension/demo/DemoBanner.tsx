// Shown while the demo season is stored: says so, and removes it in one
// click, the demo's rows only (demo-season-store.ts). Place it above the views.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFormat } from '../ui/common/format-context';
import { counted } from '../ui/common/plural';
import { useServices } from '../ui/common/services';
import { useLiveQuery } from '../ui/common/use-live-query';
import { hasDemoSeason, removeDemoSeason, type DemoCounts } from '../db/first-screen';
import './demo.css';

type State =
  | { kind: 'idle' | 'removing' }
  | { kind: 'removed'; counts: DemoCounts }
  | { kind: 'failed'; message: string };

export function DemoBanner() {
  const { db } = useServices();
  const { number } = useFormat();
  const present = useLiveQuery(() => hasDemoSeason(db), [db]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const done = useRef<HTMLParagraphElement>(null);
  // The pressed button is gone: keyboard focus goes to what replaced it.
  useEffect(() => done.current?.focus(), [state.kind]);
  const remove = async () => {
    setState({ kind: 'removing' });
    try {
      const counts = await removeDemoSeason(db);
      setState(counts === null ? { kind: 'idle' } : { kind: 'removed', counts });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  if (state.kind === 'removed') {
    const { sessions, plans, wellnessDays } = state.counts;
    return (
      <p class="demo-banner" role="status" tabIndex={-1} ref={done}>
        Demo data removed: {counted(sessions, 'session', 'sessions', number)},{' '}
        {counted(plans, 'planned session', 'planned sessions', number)} and{' '}
        {counted(wellnessDays, 'wellness day', 'wellness days', number)}. Your own data is untouched.
      </p>
    );
  }
  if (present.value !== true) return null;
  return (
    <section class="demo-banner" aria-label="Demo data">
      <p>
        <strong>Demo data</strong> — a generated season, not yours.
      </p>
      <button type="button" onClick={remove} disabled={state.kind === 'removing'}>
        {state.kind === 'removing' ? 'Removing…' : 'Remove demo data'}
      </button>
      {state.kind === 'failed' && (
        <p role="alert">The demo data could not be removed ({state.message}); nothing was changed. Try again.</p>
      )}
    </section>
  );
}
