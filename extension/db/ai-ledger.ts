// The AI ledger: every request this browser sent to a model, kept so the
// athlete can see exactly what left it (Settings → AI requests) and take it
// with their export. Device-only: it is never synced.
import { type SessionsDb, tablesOf } from './database';
import type { AiRequestRow } from './records';
import { addLedgerRow, clearLedger } from './write-rows';

export type AiRequestEntry = Omit<AiRequestRow, 'id'>;

export async function recordAiRequest(handle: SessionsDb, entry: AiRequestEntry): Promise<void> {
  await addLedgerRow(tablesOf(handle), { id: crypto.randomUUID(), ...entry });
}

/** Every recorded request, newest first: the ledger's view, and what the export includes. */
export async function listAiRequests(handle: SessionsDb): Promise<AiRequestRow[]> {
  return tablesOf(handle).aiRequests.orderBy('at').reverse().toArray();
}

export async function eraseAiRequests(handle: SessionsDb): Promise<void> {
  await clearLedger(tablesOf(handle));
}
