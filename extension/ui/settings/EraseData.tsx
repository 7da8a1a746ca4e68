// "Erase all local data": a first press shows exactly what would go and asks
// again; only the second, deliberate press erases. Escape or Cancel leave
// everything as it was.
import { useEffect, useRef, useState } from 'preact/hooks';
import { eraseCounts, type EraseCounts } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { eraseBrowser } from './erase-browser';
import { storedCounts } from './stored-counts';
import { useLiveQuery } from '../common/use-live-query';

function whatGoes(c: EraseCounts, number: (n: number) => string): string {
  const parts = storedCounts(c, number);
  return `This removes from this browser: ${parts.join(', ')}, your thresholds and settings, your AI key and consent, your record of AI requests, and your sign-in. It cannot be undone.`;
}

function ConfirmErase({ onCancel, onErased }: { onCancel: () => void; onErased: () => void }) {
  const { db } = useServices();
  const { number } = useFormat();
  // Live, so an import finishing while the question is open is counted too.
  const counts = useLiveQuery(() => eraseCounts(db), [db]);
  const cancel = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The safe choice has the focus: Enter pressed by habit does not erase.
  useEffect(() => cancel.current?.focus(), []);

  const erase = async () => {
    try {
      await eraseBrowser(db);
      onErased();
    } catch (error) {
      setProblem(`Nothing was erased: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div
      class="erase-confirm"
      role="alertdialog"
      aria-labelledby="erase-question"
      aria-describedby="erase-what"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id="erase-question" class="erase-question">
        Erase all local data?
      </p>
      <p id="erase-what">{counts.value === undefined ? 'Counting what is stored…' : whatGoes(counts.value, number)}</p>
      {(problem ?? counts.error) && (
        <p role="alert">{problem ?? `What is stored could not be counted: ${counts.error?.message}`}</p>
      )}
      <div class="form-actions">
        <button type="button" class="danger" disabled={counts.value === undefined} onClick={() => void erase()}>
          Erase everything
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function EraseData() {
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const close = (message: string) => {
    setAsking(false);
    setStatus(message);
    opener.current?.focus();
  };
  return (
    <section class="settings-section" aria-labelledby="erase-title">
      <h2 id="erase-title">Erase</h2>
      <p class="settings-note">
        Removes everything this extension stored in this browser. Export first to keep a copy.
      </p>
      <button
        type="button"
        ref={opener}
        class="danger"
        aria-expanded={asking}
        onClick={() => {
          setStatus('');
          setAsking(true);
        }}
      >
        Erase all local data
      </button>
      {asking && (
        <ConfirmErase
          onCancel={() => close('Nothing was erased.')}
          onErased={() => close('All local data was erased.')}
        />
      )}
      <p class="settings-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
