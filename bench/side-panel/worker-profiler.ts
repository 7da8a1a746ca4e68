// CPU profiles of the panel page and of the import worker it starts, through
// the DevTools protocol. Playwright opens CDP sessions on pages only, so the
// worker is reached the older way: auto-attach without flattening, each
// command and its answer wrapped in Target messages
// (https://chromedevtools.github.io/devtools-protocol/tot/Target/). The panel
// ends its worker when the import finishes, which would lose the profile: while
// profiling, the page's Worker.terminate leaves the worker running until the page closes.
import type { CDPSession, Page } from 'playwright-core';

type Profile = object;

export interface Profilers {
  /** Stops both profilers; the worker's is null when no worker started. */
  stop(): Promise<{ page: Profile; worker: Profile | null }>;
}

const KEEP_WORKERS = 'Worker.prototype.terminate = function () {}';

export async function startProfilers(page: Page): Promise<Profilers> {
  await page.evaluate(KEEP_WORKERS);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let workerSession: string | null = null;
  let nextId = 1;
  const answers = new Map<number, (result: { profile?: Profile }) => void>();
  const sendToWorker = (method: string): Promise<{ profile?: Profile }> => {
    const id = nextId++;
    const answered = new Promise<{ profile?: Profile }>((resolve) => answers.set(id, resolve));
    void cdp.send('Target.sendMessageToTarget', {
      sessionId: workerSession!,
      message: JSON.stringify({ id, method, params: {} }),
    });
    return answered;
  };
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { profile?: Profile } };
    if (message.id !== undefined) answers.get(message.id)?.(message.result ?? {});
  });
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type !== 'worker' || workerSession !== null) return;
    workerSession = event.sessionId;
    // The worker waits for the debugger: its profile starts before its first line runs.
    void sendToWorker('Profiler.enable')
      .then(() => sendToWorker('Profiler.start'))
      .then(() => sendToWorker('Runtime.runIfWaitingForDebugger'));
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      const worker = workerSession === null ? null : ((await sendToWorker('Profiler.stop')).profile ?? null);
      return { page: profile, worker };
    },
  };
}
