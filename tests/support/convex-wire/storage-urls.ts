// convex-test answers storage.generateUploadUrl and storage.getUrl with URLs on
// a made-up deployment (https://some-deployment.convex.cloud/api/storage/...).
// On their way to a client they are moved to the wire server, which serves
// them (storage-http.ts); each upload URL works once, as Convex's do.
import type { JSONValue } from 'convex/values';

const CONVEX_TEST_STORAGE = 'https://some-deployment.convex.cloud/api/storage/';

export class StorageUrls {
  private readonly uploadTokens = new Set<string>();

  constructor(private readonly serverUrl: string) {}

  /** The value with every convex-test storage URL moved to this server. */
  rewrite(value: JSONValue): JSONValue {
    if (typeof value === 'string') return value.startsWith(CONVEX_TEST_STORAGE) ? this.moved(value) : value;
    if (Array.isArray(value)) return value.map((item) => this.rewrite(item));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.rewrite(v)]));
    return value;
  }

  /** Whether `token` came with an upload URL not used yet; using it spends it. */
  spendUploadToken(token: string): boolean {
    return this.uploadTokens.delete(token);
  }

  private moved(url: string): string {
    const moved = new URL(`/api/storage/${url.slice(CONVEX_TEST_STORAGE.length)}`, this.serverUrl);
    if (moved.pathname === '/api/storage/upload') {
      const token = crypto.randomUUID();
      this.uploadTokens.add(token);
      moved.search = `?token=${token}`;
    }
    return moved.href;
  }
}
