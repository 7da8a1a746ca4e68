// "Delete my account": a first press names everything that goes and asks
// whether this browser's copy goes too; only the second, deliberate press
// deletes. The server locks the account at once and answers with the date by
// which everything is gone. Escape or Cancel leave everything as it was.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountService } from './account-service';

export interface DeleteAccountProps {
  readonly service: AccountService;
  /** Erases this browser's copy (Settings → Erase); absent where the page has none. */
  readonly eraseThisBrowser?: () => Promise<void>;
  /** The deletion has started: everything on the server is gone by `deadline` (epoch ms). */
  readonly onDeleted: (deadline: number, browserErased: boolean) => void;
}

const WHAT_GOES =
  'This deletes your SessionsAI account and everything the SessionsAI server keeps of it: the server copy of your sessions and their original files, your plans, wellness and notes, your hosted-AI usage, and your subscription (cancelled at Stripe at once, with no further charges). Sync and the hosted assistant stop now; the rest is gone within minutes, and within 30 days at the latest. It cannot be undone.';

function ConfirmDeletion({
  service,
  eraseThisBrowser,
  onDeleted,
  onCancel,
}: DeleteAccountProps & { onCancel: () => void }) {
  const [eraseBrowser, setEraseBrowser] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus: Enter pressed by habit does not delete.
  useEffect(() => cancel.current?.focus(), []);

  const confirm = async () => {
    setBusy(true);
    const outcome = await service.deleteAccount();
    if (!outcome.ok) {
      setBusy(false);
      setProblem(`Nothing was deleted: ${outcome.message}`);
      return;
    }
    let erased = false;
    if (eraseBrowser && eraseThisBrowser) {
      try {
        await eraseThisBrowser();
        erased = true;
      } catch (error) {
        // The account is going regardless; say what stayed.
        console.error('Erasing this browser after deleting the account failed', error);
      }
    }
    onDeleted(outcome.deadline, erased);
  };

  return (
    <div
      class="erase-confirm"
      role="alertdialog"
      aria-labelledby="delete-account-question"
      aria-describedby="delete-account-what"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id="delete-account-question" class="erase-question">
        Delete your SessionsAI account?
      </p>
      <p id="delete-account-what">{WHAT_GOES}</p>
      {eraseThisBrowser && (
        <>
          <p>This browser's copy of your training is separate: it stays unless you choose otherwise.</p>
          <label>
            <input
              type="checkbox"
              checked={eraseBrowser}
              onChange={(e) => setEraseBrowser((e.currentTarget as HTMLInputElement).checked)}
            />
            Also erase this browser's copy (everything "Erase all local data" removes)
          </label>
        </>
      )}
      {problem && <p role="alert">{problem}</p>}
      <div class="form-actions">
        <button type="button" class="danger" disabled={busy} onClick={() => void confirm()}>
          Delete my account
        </button>
        <button type="button" ref={cancel} disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function DeleteAccount(props: DeleteAccountProps) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <div class="form-actions">
        <button type="button" ref={opener} class="danger" aria-expanded={asking} onClick={() => setAsking(true)}>
          Delete my account…
        </button>
      </div>
      {asking && (
        <ConfirmDeletion
          {...props}
          onCancel={() => {
            setAsking(false);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}
