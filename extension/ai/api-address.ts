// The own-key mode's API address: the athlete's key and training data go
// there, so it must be encrypted (https); plain http only to this machine,
// for a local proxy.
export const DEFAULT_API_HOST = 'api.anthropic.com';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Why `address` cannot be the API address, in plain words, or null when it can. */
export function apiAddressProblem(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `"${address}" is not a web address: write it whole, like https://api.anthropic.com.`;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null;
  return `"${address}" is refused: your key and data must travel encrypted (https://), plain http only to localhost.`;
}

/** The host that receives the data: the API address's, or Anthropic's when there is none. */
export function apiHost(address: string | null): string {
  return address === null || apiAddressProblem(address) !== null ? DEFAULT_API_HOST : new URL(address).host;
}
