// Deleting one session, asked once with the session named (docs/ui.md, "Long
// work and errors"): its samples, the original files no other session uses and
// the AI answers about it go with it (db/delete-session.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteSession, type SessionRow, syncsHere } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { sportLabel } from '../common/sport-label';

function ConfirmDelete({
  session,
  onCancel,
  onDeleted,
}: {
  session: SessionRow;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const { db } = useServices();
  const format = useFormat();
  const [error, setError] = useState<string | null>(null);
  const syncs = useLiveQuery(() => syncsHere(db), [db]).value === true;
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const remove = async () => {
    try {
      await deleteSession(db, session.id);
      onDeleted();
    } catch (e) {
      setError(`The session could not be deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  // An untitled session is named by its sport alone, not "Cycling “Cycling”".
  const what = session.title ? `${sportLabel(session.sport)} “${session.title}”` : sportLabel(session.sport);
  const named = `${what} on ${format.date(session.start, session.utcOffsetS)}`;
  return (
    <div role="alertdialog" aria-label="Delete this session?" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p>
        Delete {named}? Its samples, the original files no other session uses and the AI answers about it go too.
        Importing its file again brings it back.
        {syncs &&
          ' They leave your account too; your browsers that sync keep the files hidden for 30 days, in case one of your devices brings the session back.'}
      </p>
      <button type="button" class="danger" ref={confirm} onClick={() => void remove()}>
        Delete session
      </button>
      <button type="button" onClick={onCancel}>
        Keep it
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

export function DeleteSession({ session, onDeleted }: { session: SessionRow; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setAsking(false);
    opener.current?.focus();
  };
  return (
    <section class="settings-section delete-session" aria-label="Delete this session">
      <button type="button" ref={opener} aria-expanded={asking} onClick={() => setAsking(true)}>
        Delete this session…
      </button>
      {asking && <ConfirmDelete session={session} onCancel={cancel} onDeleted={onDeleted} />}
    </section>
  );
}
