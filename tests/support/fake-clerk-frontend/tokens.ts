// The fake's signing key and the JWTs it issues, as Clerk's are: RS256 with a
// `kid`, verifiable through the JWKS at /.well-known/jwks.json
// (https://clerk.com/docs/backend-requests/resources/session-tokens).
import { createSign, generateKeyPairSync, type JsonWebKey } from 'node:crypto';

export interface SigningKey {
  readonly kid: string;
  /** SPKI PEM, as @clerk/backend's verifyToken takes it (jwtKey). */
  readonly publicKeyPem: string;
  readonly jwks: { keys: JsonWebKey[] };
  sign(claims: Record<string, unknown>): string;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signingKey(kid = 'ins_fake_clerk'): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  return {
    kid,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    jwks: { keys: [jwk] },
    sign(claims) {
      const signed = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))}.${base64url(JSON.stringify(claims))}`;
      return `${signed}.${base64url(createSign('RSA-SHA256').update(signed).sign(privateKey))}`;
    },
  };
}
