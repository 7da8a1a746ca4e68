// The export's record of what the AI was sent (the AI ledger, kept in this
// browser only) and of each choice that restricts processing, with its date.
import { listAiRequests, readPrivacyChoices, type SessionsDb } from '../db';
import { jsonFile, type ExportSection } from './export-section';

const LEDGER_README = `## What was sent to an AI model

\`ai-requests.json\`: every request this browser sent to a model, newest first: \`at\` (ISO time), \`service\`
('own-key': your Anthropic key, or 'hosted': SessionsAI's assistant), \`host\` (where it went), \`model\`, \`tone\`,
\`messages\` (exactly what was sent, the look-up results included), \`usage\` (input and output tokens as the response
reported them; null if none came back) and \`failure\` (why it failed, or null). Erasable in Settings, AI requests.
`;

const CHOICES_README = `## Your choices about processing

\`privacy-choices.json\`: each time you paused or resumed sync, turned the AI off or on, or gave or withdrew your
agreement to the AI: \`what\` ('sync', 'ai' or 'ai-consent'), \`on\` (true: allowed from then on) and \`at\` (ISO time).
`;

const iso = (at: number) => new Date(at).toISOString();

export async function aiLedgerSection(db: SessionsDb): Promise<ExportSection> {
  const requests = (await listAiRequests(db)).map((r) => ({ ...r, at: iso(r.at) }));
  return { files: { 'ai-requests.json': jsonFile(requests) }, readme: LEDGER_README };
}

export async function privacyChoicesSection(db: SessionsDb): Promise<ExportSection> {
  const choices = (await readPrivacyChoices(db)).map((c) => ({ ...c, at: iso(c.at) }));
  return { files: { 'privacy-choices.json': jsonFile(choices) }, readme: CHOICES_README };
}
