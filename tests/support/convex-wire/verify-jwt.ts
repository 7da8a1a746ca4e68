// What a Convex deployment does with the token a client sends in
// Authenticate, for the provider convex/auth.config.ts trusts (Clerk's
// issuer, applicationID "convex"): check the RS256 signature with the issuer's
// public key, the issuer, the audience and the lifetime, then make the
// identity functions see (https://docs.convex.dev/auth/functions-auth).
import { createPublicKey, type JsonWebKey, verify } from 'node:crypto';
import type { UserIdentity } from 'convex/server';

export interface TrustedIssuer {
  /** The `iss` tokens must carry (Clerk's Frontend API URL). */
  readonly issuer: string;
  /** The `aud` tokens must carry: the provider's applicationID. */
  readonly applicationID: string;
  /** The issuer's RS256 public key, as its JWKS lists it. */
  readonly publicKey: JsonWebKey;
}

/** Registered claims Convex reads itself rather than passing them on to the identity. */
const REGISTERED = new Set(['iss', 'sub', 'aud', 'exp', 'iat', 'nbf', 'jti']);

function decodePart(part: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below, naming the part.
  }
  throw new Error(`The token's ${what} is not a JSON object`);
}

/** The identity a valid token stands for; throws, saying why, on any other. */
export function identityFromJwt(token: string, trusted: TrustedIssuer, nowMs: number = Date.now()): UserIdentity {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('The token is not a JWT (it needs three dot-separated parts)');
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodePart(headerPart, 'header');
  if (header.alg !== 'RS256') throw new Error(`The token is signed with ${String(header.alg)}, not RS256`);
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${headerPart}.${payloadPart}`),
    createPublicKey({ key: trusted.publicKey, format: 'jwk' }),
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!signed) throw new Error("The token's signature does not match the issuer's key");
  const claims = decodePart(payloadPart, 'payload');
  if (claims.iss !== trusted.issuer) throw new Error(`The token's issuer ${String(claims.iss)} is not trusted`);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(trusted.applicationID))
    throw new Error(`The token is not for the application ${trusted.applicationID}`);
  const nowS = nowMs / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= nowS) throw new Error('The token has expired');
  if (typeof claims.nbf === 'number' && claims.nbf > nowS) throw new Error('The token is not valid yet');
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new Error('The token names no subject');
  const custom = Object.fromEntries(Object.entries(claims).filter(([name]) => !REGISTERED.has(name)));
  return {
    ...custom,
    issuer: trusted.issuer,
    subject: claims.sub,
    tokenIdentifier: `${trusted.issuer}|${claims.sub}`,
  };
}
