// "Try it with a demo season" (docs/ui.md, "First minute"): a newcomer without a
// watch fills the panel with a generated season in one click.
import { useState } from 'preact/hooks';
import { useServices } from '../ui/common/services';
import './demo.css';

export function TryDemoButton() {
  const { db } = useServices();
  const [state, setState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  const load = async () => {
    setState({ kind: 'loading' });
    try {
      // The generator (with the importer's summary rules) loads on the click, not with the panel.
      const { loadDemoSeason } = await import('./demo-season-store');
      // Once stored, the panel's live count leaves the empty state and this button with it.
      await loadDemoSeason(db);
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div class="demo-try">
      <button type="button" onClick={load} disabled={state.kind === 'loading'}>
        {state.kind === 'loading' ? 'Making a demo season…' : 'Try it with a demo season'}
      </button>
      {state.kind === 'failed' && (
        <p role="alert">
          The demo season could not be saved in this browser ({state.message}); nothing was added. Try again, or import
          your own files.
        </p>
      )}
    </div>
  );
}
