// A certificate for 127.0.0.1, made fresh for each fake: clerk-js always
// reaches its Frontend API over https (it builds https://<host> from the
// publishable key), so the fake must speak TLS. Node has no API that writes an
// X.509 certificate, so the system's openssl makes it.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalCertificate {
  readonly key: string;
  readonly cert: string;
  /**
   * base64 SHA-256 of the certificate's public key, for Chromium's
   * --ignore-certificate-errors-spki-list: trust this certificate and no other.
   */
  readonly spkiFingerprint: string;
}

export function localCertificate(): LocalCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'fake-clerk-tls-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-days',
          '2',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          keyFile,
          '-out',
          certFile,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } catch (error) {
      throw new Error(`The fake Clerk Frontend API needs openssl to make its TLS certificate: ${String(error)}`);
    }
    const cert = readFileSync(certFile, 'utf8');
    const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
    return {
      key: readFileSync(keyFile, 'utf8'),
      cert,
      spkiFingerprint: createHash('sha256').update(spki).digest('base64'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
