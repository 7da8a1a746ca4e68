// The AI settings and the consent record, kept in extension storage beside the
// API key (ai/key-value-area.ts). loadAiSettings reads the settings alone: the
// key is a secret of the athlete's Anthropic account and is never exported.
import { loadAiSettings } from '../ai/ai-settings';
import type { KeyValueArea } from '../ai/key-value-area';
import { jsonFile, type ExportSection } from './export-section';

const README = `## AI settings and consent

\`ai-settings.json\`: \`enabled\`; \`mode\` ('own-key': your Anthropic key, or 'hosted': SessionsAI's assistant);
\`model\`; \`tone\`; \`allowNotes\` (whether titles, notes and reflections may be sent); \`autoSummary\`; \`baseUrl\` (the
API address in own-key mode, null for Anthropic's); \`consent\` (\`at\`: when you agreed to what is sent, ISO time;
\`version\` of the consent screen you agreed to), null if you never agreed.

Your Anthropic API key is not in this export: it stays in this browser only.
`;

export async function aiSettingsSection(area: KeyValueArea): Promise<ExportSection> {
  const settings = await loadAiSettings(area);
  const consent = settings.consent && { ...settings.consent, at: new Date(settings.consent.at).toISOString() };
  return { files: { 'ai-settings.json': jsonFile({ ...settings, consent }) }, readme: README };
}
