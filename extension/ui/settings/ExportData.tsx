// "Export all my data": everything SessionsAI keeps about the athlete as one zip
// (extension/export), with its progress shown while a large library is read.
import { localIsoDate } from '../../../shared/analytics';
import { useState } from 'preact/hooks';
import { useAccount } from '../../account/use-account';
import { exportEverything, type ExportProgress } from '../../export/export-everything';
import { pageServerCopy } from '../../export/page-server-copy';
import { useAi } from '../ai-panel/ai-context';
import { useServices } from '../common/services';
import { downloadFile } from './download-file';

export function ExportData() {
  const { db } = useServices();
  const { area } = useAi();
  const account = useAccount();
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<ExportProgress | null>(null);

  const exportAll = async () => {
    setStatus('');
    setProgress({ step: 'Preparing your export…', done: 0, total: 0 });
    try {
      const fileName = `sessionsai-export-${localIsoDate(Date.now())}.zip`;
      const zip = await exportEverything({
        db,
        aiArea: area,
        server: pageServerCopy(account),
        onProgress: setProgress,
      });
      downloadFile(zip, fileName, 'application/zip');
      setStatus(`Downloaded ${fileName}.`);
    } catch (error) {
      setStatus(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section class="settings-section" aria-labelledby="export-title">
      <h2 id="export-title">Export everything</h2>
      <p class="settings-note">
        One zip with every session and its samples, your original workout files, each session's computed metrics,
        thresholds, plans, wellness, notes, settings and consent, and your account's copy when you are signed in, with a
        README.md explaining every file. Your API key is never in it.
      </p>
      <div class="form-actions">
        <button type="button" onClick={() => void exportAll()} disabled={progress !== null}>
          Export all my data
        </button>
        <output aria-live="polite">{progress?.step ?? status}</output>
      </div>
      {progress !== null && progress.total > 0 && (
        <progress max={progress.total} value={progress.done} aria-label="Export progress" />
      )}
    </section>
  );
}
