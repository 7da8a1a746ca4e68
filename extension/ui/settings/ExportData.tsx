// "Export all my data": the whole local database as one zip the athlete keeps.
import { localIsoDate } from '../../../shared/analytics';
import { useState } from 'preact/hooks';
import { exportZip } from '../../db';
import { useServices } from '../common/services';
import { downloadFile } from './download-file';

export function ExportData() {
  const { db } = useServices();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const exportAll = async () => {
    setBusy(true);
    setStatus('Preparing your export…');
    try {
      const fileName = `sessionsai-export-${localIsoDate(Date.now())}.zip`;
      downloadFile(await exportZip(db), fileName, 'application/zip');
      setStatus(`Downloaded ${fileName}.`);
    } catch (error) {
      setStatus(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="settings-section" aria-labelledby="export-title">
      <h2 id="export-title">Your data</h2>
      <p class="settings-note">
        A zip with every table as JSON (sessions, samples, wellness, plans, notes, thresholds, settings) and your
        original workout files, readable by any program.
      </p>
      <div class="form-actions">
        <button type="button" onClick={() => void exportAll()} disabled={busy}>
          Export all my data
        </button>
        <output aria-live="polite">{status}</output>
      </div>
    </section>
  );
}
