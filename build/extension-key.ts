// A stable Chrome extension id. Chrome derives the id from the manifest's `key`
// (https://developer.chrome.com/docs/extensions/reference/manifest/key); without
// one, every unpacked copy gets its own id. Clerk allows sign-in only from the
// origins it lists (chrome-extension://<id>), so a build with accounts sets
// EXTENSION_PUBLIC_KEY: the base64 public key from the Chrome Web Store's
// developer dashboard (Package, "View public key"), without the PEM lines.

/** The manifest's `key` from the environment, or nothing (local mode needs no fixed id). */
export function manifestKey(env: Readonly<Record<string, string | undefined>>): { key?: string } {
  const key = env.EXTENSION_PUBLIC_KEY?.replace(/-----[A-Z ]+-----|\s/g, '');
  if (!key) return {};
  // A DER SubjectPublicKeyInfo in base64 starts with "MII" (a SEQUENCE of at least 256 bytes).
  if (!/^MII[A-Za-z0-9+/]+={0,2}$/.test(key))
    throw new Error('EXTENSION_PUBLIC_KEY is not a base64 public key (it should start with "MII"): check .env.local');
  return { key };
}
