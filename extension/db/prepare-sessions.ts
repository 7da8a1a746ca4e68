// Saving a chunk of an import spends most of its CPU before and while writing:
// each session's analysis (load inputs, best efforts) and its packed samples.
// Worked out here, outside any transaction, while the chunk before is still
// being committed (the worker otherwise sits idle), the save finds them done.
import type { Session } from '../../shared/model';
import { packStreams } from './packed-streams';
import { analyseSamples } from './session-row';

/** Works out what saving `sessions` will need, awaiting `pause` between sessions so other work runs meanwhile. */
export async function prepareSessions(sessions: readonly Session[], pause: () => Promise<void>): Promise<void> {
  for (const session of sessions) {
    analyseSamples(session);
    if (session.streams !== undefined) packStreams(session.streams);
    await pause();
  }
}
