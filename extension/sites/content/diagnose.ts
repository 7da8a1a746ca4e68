// For the developer-only diagnostics page (extension/diagnostics): runs the
// page's adapter here, on the site's own page with the athlete's login, and
// reports every request it made with its answer, and what came of it. The
// fetched file travels back as base64 for the diagnostics page to read with
// the importer; nothing is saved.
import { toWire, type WireActivity } from '../../worker/site-import-protocol';
import { failureWords } from './failure-words';
import type { PageMatch } from '../registry';
import type { SiteFetch } from '../site-adapter';

export interface DiagnosedRequest {
  readonly path: string;
  /** HTTP status; 0 for a redirect not followed; null when the request failed. */
  readonly status: number | null;
  readonly contentType: string | null;
  readonly error?: string;
}

export interface Diagnosis {
  readonly site: string;
  readonly what: string;
  readonly requests: readonly DiagnosedRequest[];
  /** Words for a failure, or the fetched activity / listed activities. */
  readonly outcome:
    | { readonly kind: 'failed'; readonly message: string }
    | { readonly kind: 'activity'; readonly activity: WireActivity }
    | { readonly kind: 'list'; readonly items: readonly { id: string; start: number | null; title: string | null }[] };
}

/** Runs the adapter for the page `place` names: the activity it shows, or the first page of its list. */
export async function diagnose(place: PageMatch, fetch: SiteFetch): Promise<Diagnosis> {
  const requests: DiagnosedRequest[] = [];
  const recording: SiteFetch = async (path, init) => {
    try {
      const response = await fetch(path, init);
      requests.push({ path, status: response.status, contentType: response.headers.get('content-type') });
      return response;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      requests.push({ path, status: null, contentType: null, error: message });
      throw error;
    }
  };
  const { adapter } = place;
  const base = { site: adapter.label, requests };
  if (place.ref !== null) {
    const got = await adapter.fetchActivity(place.ref, recording);
    return {
      ...base,
      what: `activity ${place.ref.activityId}`,
      outcome: got.ok
        ? { kind: 'activity', activity: toWire(got.value) }
        : { kind: 'failed', message: failureWords(got.failure, adapter.label) },
    };
  }
  const page = await adapter.listActivities(null, recording);
  return {
    ...base,
    what: 'the first page of the activity list',
    outcome: page.ok
      ? {
          kind: 'list',
          items: page.value.items.map((i) => ({ id: i.ref.activityId, start: i.start, title: i.title })),
        }
      : { kind: 'failed', message: failureWords(page.failure, adapter.label) },
  };
}
