// The athlete's dated thresholds: every value with the day it took effect,
// newest first within each kind, to change or delete, and the form to add one.
// Older sessions keep the values of their time (analytics' thresholdsAt).
import { useState } from 'preact/hooks';
import { THRESHOLD_KEYS } from '../../../shared/analytics';
import { deleteRecord, listThresholds, type ProfileRow, type SessionsDb } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { EstimatedThresholds } from './EstimatedThresholds';
import { describeEntry, ThresholdForm } from './ThresholdForm';
import { TodayZones } from './TodayZones';

async function liveEntries(db: SessionsDb): Promise<ProfileRow[]> {
  const rows = await listThresholds(db);
  return rows.sort((a, b) => THRESHOLD_KEYS.indexOf(a.key) - THRESHOLD_KEYS.indexOf(b.key) || b.from - a.from);
}

export function Thresholds({ onOpenSession }: { readonly onOpenSession?: (id: string) => void } = {}) {
  const { db } = useServices();
  const format = useFormat();
  const entries = useLiveQuery(() => liveEntries(db), [db]);
  const [editing, setEditing] = useState<ProfileRow | null>(null);
  const [status, setStatus] = useState('');
  const rows = entries.value ?? [];

  const remove = async (entry: ProfileRow) => {
    if (editing?.id === entry.id) setEditing(null);
    const gone = await deleteRecord(db, 'profile', entry.id);
    setStatus(gone ? `Deleted: ${describeEntry(entry, format)}.` : 'That value was already deleted.');
  };

  return (
    <section class="settings-section" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Thresholds</h2>
      <p class="settings-note">
        Each value counts from its day until a newer one; older sessions keep the values of their time.
      </p>
      {entries.error && <p role="alert">Your thresholds could not be read: {entries.error.message}</p>}
      {entries.value !== undefined && rows.length === 0 && <p>No thresholds yet.</p>}
      {entries.value !== undefined && (
        <EstimatedThresholds setKeys={new Set(rows.map((r) => r.key))} onOpenSession={onOpenSession} />
      )}
      {rows.length > 0 && (
        <ul class="threshold-list" aria-label="Your thresholds">
          {rows.map((entry) => {
            const name = describeEntry(entry, format);
            return (
              <li key={entry.id}>
                <span class="threshold-text">
                  {name}
                  {entry.estimated && (
                    <span class="estimated" title={entry.how ?? undefined}>
                      {' '}
                      (estimated)
                    </span>
                  )}
                </span>
                <button type="button" aria-label={`Edit ${name}`} onClick={() => setEditing(entry)}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete ${name}`} onClick={() => void remove(entry)}>
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ThresholdForm
        key={editing?.id ?? 'new'}
        editing={editing}
        entries={rows}
        onSaved={(message) => {
          setStatus(message);
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
      <p class="settings-status" aria-live="polite">
        {status}
      </p>
      <TodayZones entries={rows} now={Date.now()} />
    </section>
  );
}
