// One streamed AI request as the panel shows it: text growing as it arrives,
// then the finished answer with the facts to check it against, or a failure.
// Stop aborts the request; Retry runs the last request again; leaving the view
// stops it too, so nothing streams into a closed panel.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Fact } from '../../../shared/analytics';
import type { TurnFailure } from '../../../shared/ai';

export type RunState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'streaming'; readonly text: string }
  | { readonly phase: 'done'; readonly text: string; readonly facts: readonly Fact[] }
  | { readonly phase: 'failed'; readonly text: string; readonly failure: TurnFailure };

export type RunOutcome =
  | { readonly ok: true; readonly text: string; readonly facts: readonly Fact[] }
  | { readonly ok: false; readonly failure: TurnFailure; readonly text: string };

export type Run = (onText: (delta: string) => void, signal: AbortSignal) => Promise<RunOutcome>;

export interface StreamedRun {
  readonly state: RunState;
  start(run: Run): void;
  stop(): void;
  retry(): void;
}

export function useStreamedRun(): StreamedRun {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const last = useRef<Run | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = (run: Run) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    last.current = run;
    let text = '';
    setState({ phase: 'streaming', text });
    void run((delta) => {
      text += delta;
      if (controller.current === own) setState({ phase: 'streaming', text });
    }, own.signal)
      // Reading the local database can fail too; it is worded like any other failure.
      .catch(
        (error: unknown): RunOutcome => ({
          ok: false,
          text,
          failure: {
            kind: 'other',
            message: `Your training could not be read from this browser's storage: ${error instanceof Error ? error.message : String(error)}`,
          },
        }),
      )
      .then((outcome) => {
        if (controller.current !== own) return;
        controller.current = null;
        setState(
          outcome.ok
            ? { phase: 'done', text: outcome.text, facts: outcome.facts }
            : { phase: 'failed', text: outcome.text, failure: outcome.failure },
        );
      });
  };
  return {
    state,
    start,
    stop: () => controller.current?.abort(),
    retry: () => {
      if (last.current) start(last.current);
    },
  };
}
