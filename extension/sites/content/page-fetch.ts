// The adapters' fetch on a site's page: the content script's own fetch, to
// the page's origin only, with the athlete's cookies. Chrome makes content
// script requests on behalf of the page's origin
// (https://developer.chrome.com/docs/extensions/develop/concepts/network-requests#requests-from-content-scripts),
// so they carry the same login as the page and nothing else.
import type { SiteFetch } from '../site-adapter';

/** A SiteFetch bound to `origin`: a path or URL that would leave the origin is refused, never requested. */
export function pageFetch(
  origin: string,
  fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): SiteFetch {
  return (path, init) => {
    const url = new URL(path, origin);
    if (url.origin !== origin) return Promise.reject(new Error(`SessionsAI asks ${origin} only, never ${url.origin}`));
    return fetch(url, { credentials: 'include', ...(init?.headers && { headers: init.headers }) });
  };
}
