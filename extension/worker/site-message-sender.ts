// Who may ask the background to import: only the extension's own content
// script, in the top frame of a tab whose page belongs to the site the message
// names (issue 14). Web pages cannot message the extension at all (it declares
// no externally_connectable), but a check here holds even if one day it does,
// and a page of one site cannot import into another site's name.
// Chrome and Firefox fill runtime.MessageSender the same way for content
// scripts: id (the extension), tab, frameId, url (the frame's URL)
// (https://developer.chrome.com/docs/extensions/reference/api/runtime#type-MessageSender;
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/runtime/MessageSender).
import type { SiteName } from '../../shared/model';
import { adapterForUrl } from '../sites/registry';

export interface MessageSender {
  readonly id?: string;
  readonly url?: string;
  readonly frameId?: number;
  readonly tab?: { readonly id?: number; readonly url?: string };
}

/** The site whose page sent the message, when the sender is our content script there; else null. */
export function senderSite(sender: MessageSender | null | undefined, extensionId: string): SiteName | null {
  if (sender?.id !== extensionId || sender.tab === undefined || sender.frameId !== 0) return null;
  const url = sender.url ?? sender.tab.url;
  return url === undefined ? null : (adapterForUrl(url)?.adapter.site ?? null);
}
