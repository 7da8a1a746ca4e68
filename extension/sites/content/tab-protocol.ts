// What the side panel asks of the content script on a site's page: only the
// page can reach the site with the athlete's login (site-adapter.ts).
export type ToTab =
  /** Answered once the content script runs here; sent right after a site is granted, so a page already open gets its button. */
  | { readonly type: 'sessionsai:hello' }
  /** Import the activity this page shows; answered with an ActivityImportResult. */
  | { readonly type: 'sessionsai:import-this' }
  /** Start a bulk import of the athlete's activities, or resume the saved one; answered once it has started. */
  | { readonly type: 'sessionsai:bulk-start'; readonly resume: boolean }
  | { readonly type: 'sessionsai:bulk-cancel' }
  /** Development builds only: run the adapter here and report each request (content/diagnose.ts). */
  | { readonly type: 'sessionsai:diagnose' };

/** What one click did, in the words the button and the panel show. */
export interface ActivityImportResult {
  readonly kind: 'imported' | 'duplicate' | 'failed';
  readonly message: string;
}

export function isToTab(message: unknown): message is ToTab {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'sessionsai:hello' ||
    type === 'sessionsai:import-this' ||
    type === 'sessionsai:bulk-start' ||
    type === 'sessionsai:bulk-cancel' ||
    type === 'sessionsai:diagnose'
  );
}
