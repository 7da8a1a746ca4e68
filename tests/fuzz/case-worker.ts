// Runs fuzz cases in a worker thread the runner can terminate: a case that
// hangs or runs out of memory costs this thread, not the run.
import { parentPort } from 'node:worker_threads';
import { importFiles } from '../../importer';
import type { CaseRequest, CaseResult, Outcome } from './protocol';

/** Messages that mean a reader threw and parseWorkout caught it: a crash, however politely reported. */
const INTERNAL = /reader failed on it|internal error/;

async function run(request: CaseRequest): Promise<{ outcome: Outcome; detail: string }> {
  const { name, bytes, fileTimeMs } = request;
  try {
    const result = await importFiles([{ name, bytes }], { limits: { fileTimeMs } });
    const issues = [...result.errors, ...result.warnings];
    const bad = issues.find(
      (i) => INTERNAL.test(i.message) || !i.file.startsWith(name) || !i.message.startsWith(i.file),
    );
    if (bad) return { outcome: 'crashed', detail: bad.message };
    const slow = issues.find((i) => i.code === 'over-time');
    if (slow) return { outcome: 'over time', detail: slow.message };
    if (result.sessions.length === 0) {
      return issues.length > 0
        ? { outcome: 'refused', detail: issues[0]!.message }
        : { outcome: 'crashed', detail: 'no session and no issue' };
    }
    return issues.length > 0 ? { outcome: 'with warnings', detail: '' } : { outcome: 'imported', detail: '' };
  } catch (e) {
    return {
      outcome: 'crashed',
      detail: `importFiles threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    };
  }
}

// Loading the importer takes seconds on a busy machine: the runner's clock for a case starts at this word.
parentPort!.postMessage('ready');
parentPort!.on('message', (request: CaseRequest) => {
  void run(request).then(({ outcome, detail }) => {
    const reply: CaseResult = { index: request.index, outcome, detail };
    parentPort!.postMessage(reply);
  });
});
