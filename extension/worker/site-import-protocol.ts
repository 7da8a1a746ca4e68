// The messages a site page's content script sends the background, which runs
// the importer (docs/architecture.md: the importer runs unchanged in the MV3
// service worker). Chrome's runtime messages are JSON-serialized
// (https://developer.chrome.com/docs/extensions/develop/concepts/messaging:
// "a JSON-serializable message"), so a file's bytes travel as base64.
import type { SiteName } from '../../shared/model';
import type { FetchedActivity } from '../sites/site-adapter';

/** A fetched activity as it crosses a runtime message. */
export type WireActivity = Omit<FetchedActivity, 'bytes'> & { readonly base64: string };

export type ToBackground =
  /** Import one fetched activity; answered with a SiteImportOutcome. */
  | { readonly type: 'sessionsai:site-import'; readonly activity: WireActivity }
  /** Which of a site's activities are already in the library; answered with their ids (string[]). */
  | { readonly type: 'sessionsai:site-known'; readonly site: SiteName };

/** What importing one site activity did, for the button and the panel. */
export type SiteImportOutcome =
  | { readonly kind: 'imported' }
  /** Folded into a session already stored from another source (a FIT of the same ride); both sources kept. */
  | { readonly kind: 'merged'; readonly message: string }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'failed'; readonly message: string };

export function toWire(activity: FetchedActivity): WireActivity {
  const { bytes, ...rest } = activity;
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short on multi-megabyte files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { ...rest, base64: btoa(binary) };
}

export function fromWire(wire: WireActivity): FetchedActivity {
  const { base64, ...rest } = wire;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { ...rest, bytes };
}
