// Mounting the AI components with a database, a memory settings area and the
// real own-key service pointed at the fake Messages API (test support only).
import type { ComponentChildren } from 'preact';
import { saveAiSettings, saveApiKey, type AiSettings } from '../../ai/ai-settings';
import { connectService } from '../../ai/connect-service';
import { memoryArea, type KeyValueArea } from '../../ai/key-value-area';
import type { SessionsDb } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { inProcessImport } from '../test-support/in-process-import';
import { mount } from '../test-support/render';
import { makeFormat } from '../units/format';
import { AiContext } from '../ai-panel/ai-context';

/**
 * A settings area in memory holding a key and the fake API's address, plus
 * whatever the test sets. The athlete has answered the notes question (notes
 * private) unless the test says otherwise.
 */
export async function aiArea(baseUrl: string, settings: Partial<AiSettings> = {}): Promise<KeyValueArea> {
  const area = memoryArea();
  await saveApiKey(area, 'sk-ant-test');
  await saveAiSettings(area, { baseUrl, notesAnswered: true, ...settings });
  return area;
}

export function mountAi(db: SessionsDb, area: KeyValueArea, children: ComponentChildren): HTMLElement {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <AiContext.Provider value={{ area, connect: connectService }}>{children}</AiContext.Provider>
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

export function click(root: ParentNode, label: string): void {
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent === label);
  if (!button)
    throw new Error(
      `no button "${label}"; buttons: ${Array.from(root.querySelectorAll('button'), (b) => b.textContent).join(' | ')}`,
    );
  button.click();
}

/** Retries an async check until it passes (waitFor retries only checks that throw synchronously). */
export async function eventually(check: () => Promise<void>, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
