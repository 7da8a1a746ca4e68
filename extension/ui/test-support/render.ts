// Mounting a component in happy-dom and waiting for what the user would see (test support only).
import { render, type VNode } from 'preact';

export function mount(vnode: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

export function unmountAll(): void {
  for (const child of Array.from(document.body.children)) {
    render(null, child);
    child.remove();
  }
}

/** Retries `check` until it stops throwing (database reads and renders settle asynchronously). */
export async function waitFor<T>(check: () => T, timeoutMs = 4000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** The element whose own text is exactly `text`, or an error naming what was there. */
export function byText(root: ParentNode, text: string, selector = '*'): HTMLElement {
  const found = Array.from(root.querySelectorAll<HTMLElement>(selector)).find((el) => el.textContent === text);
  if (!found) throw new Error(`no ${selector} with text "${text}"`);
  return found;
}

export function textsOf(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (el) => el.textContent ?? '');
}

/** Memory storage for the unit choice. */
export function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map(Object.entries(initial));
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
}

/** The first element `selector` finds, or an error naming the selector (so waitFor retries until it is drawn). */
export function the<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/**
 * Types `value` into a field as the athlete would: the value, the input event
 * components listen for, then the re-render that comes before any next click.
 */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
