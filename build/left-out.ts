import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Clerk UI modules left out of the extension, as @clerk/ui's own modules import
 * them. They hold the only innerHTML writes and Function constructor (eval) in
 * Clerk's UI, which web-ext lint flags and an MV3 page refuses, and the panel never
 * shows them:
 * - the Solana wallet buttons: SessionsAI offers no wallet sign-in;
 * - the QR code and the printable backup codes: only MFA enrolment shows them, and
 *   the panel mounts Clerk's sign-in alone (no profile screen), so the Clerk
 *   instance must not require enrolment at sign-in.
 */
const CLERK_LEFT_OUT: readonly { find: RegExp; replacement: string }[] = [
  // Imported lazily, by name at run time: an empty module builds.
  { find: /\/elements\/Web3SolanaWalletButtons\.js$/, replacement: here('./empty-module.ts') },
  // Imported by name when the enrolment screens load.
  { find: /\/common\/(?:QRCode|PrintableComponent)\.js$/, replacement: here('./mfa-enrolment-left-out.ts') },
];

/** Resolves the modules above to their replacements when @clerk/ui imports them. */
export function leaveOutClerkModules(): Plugin {
  return {
    name: 'sessionsai:leave-out-clerk-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/@clerk/ui/')) return null;
      return CLERK_LEFT_OUT.find(({ find }) => find.test(source))?.replacement ?? null;
    },
  };
}
