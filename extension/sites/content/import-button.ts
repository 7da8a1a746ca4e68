// The "Import to SessionsAI" button on an activity page, placed after the
// title, in a closed shadow root: the page's styles and ours never touch
// (issue 6), and page script cannot reach the button or read what it says
// (what the athlete has imported) through host.shadowRoot, which stays null
// (https://dom.spec.whatwg.org/#dom-element-attachshadow, mode "closed").
// It acts only on the athlete's own clicks: a click page script dispatches,
// or a button.click() it makes, has event.isTrusted false (issue 14).
import type { SiteName } from '../../../shared/model';
import { buttonCss } from './button-look';
import type { ActivityImportResult } from './tab-protocol';
import { findTitle } from './title-anchors';

export const HOST_TAG = 'sessionsai-import';

export type ButtonState =
  | { readonly kind: 'ready' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'result'; readonly result: ActivityImportResult };

export interface ImportButton {
  show(state: ButtonState): void;
  /** False once the page removed it (a single-page app rendering its heading again). */
  isPlaced(): boolean;
  remove(): void;
}

const LABELS: Readonly<Record<ActivityImportResult['kind'], string>> = {
  imported: 'Imported',
  duplicate: 'Already in SessionsAI',
  failed: 'Try again',
};

/**
 * Places the button after the activity title of `document`, or returns null
 * when no title is found (the page stays as it was). `onClick` runs the import.
 */
export function placeImportButton(document: Document, site: SiteName, onClick: () => void): ImportButton | null {
  const title = findTitle(document, site);
  if (title === null) return null;
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = buttonCss(site);
  const button = document.createElement('button');
  button.type = 'button';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  shadow.append(style, button, status);
  button.addEventListener('click', (event) => {
    // The page's own handlers (a title that opens an editor on click) never see our clicks.
    event.stopPropagation();
    if (event.isTrusted) onClick();
  });
  title.insertAdjacentElement('afterend', host);

  const show = (state: ButtonState) => {
    button.disabled = state.kind === 'busy';
    button.textContent =
      state.kind === 'ready'
        ? 'Import to SessionsAI'
        : state.kind === 'busy'
          ? 'Importing…'
          : LABELS[state.result.kind];
    // The short label says what happened; the words beside it say the rest (a merge, or what to do).
    status.textContent =
      state.kind === 'result' && state.result.message !== LABELS[state.result.kind] ? state.result.message : '';
  };
  show({ kind: 'ready' });
  return { show, isPlaced: () => host.isConnected, remove: () => host.remove() };
}
