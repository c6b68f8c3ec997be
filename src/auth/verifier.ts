import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { AuthConfig } from '../config.js';
import { scopesOf, type Caller } from './caller.js';

/** A token that is refused; `message` says why and never contains the token. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** A verified token: who calls, and the token itself (kept in memory only, for STS in `caller` mode). */
export interface VerifiedToken {
  caller: Caller;
  token: string;
}

export interface TokenVerifier {
  /** Resolves the caller of a bearer token, or rejects with InvalidTokenError. */
  verify(token: string): Promise<VerifiedToken>;
}

type VerifierOptions = Pick<
  AuthConfig,
  'jwksUrl' | 'audience' | 'algorithms' | 'clockToleranceSeconds' | 'jwksCooldownMs' | 'tokenCacheSize'
> & { issuer: string };

/**
 * Verifies bearer tokens with `jose`: signature against the issuer's JWKS (found through OIDC discovery unless
 * given), `iss`, `aud`, `exp` and `nbf` (with a small clock tolerance), asymmetric algorithms only. The JWKS is cached
 * and fetched again when a token names an unknown `kid` (at most once per cooldown), so keys rotate without a restart.
 * A verified token is kept in a bounded LRU until its `exp`: the hot path verifies each token once.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const verified = new LRUCache<string, VerifiedToken>({ max: options.tokenCacheSize, ttlAutopurge: false });
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const jwks = (): Promise<JWTVerifyGetKey> => {
    keys ??= discoverJwksUrl(options).then((url) =>
      createRemoteJWKSet(new URL(url), { cooldownDuration: options.jwksCooldownMs, timeoutDuration: 5000 }),
    );
    // A failed discovery is tried again by the next request rather than remembered.
    keys.catch(() => {
      keys = undefined;
    });
    return keys;
  };

  return {
    async verify(token) {
      const cached = verified.get(token);
      if (cached !== undefined) {
        if (cached.caller.expiresAt + options.clockToleranceSeconds * 1000 > Date.now()) return cached;
        verified.delete(token);
      }
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, await jwks(), {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: options.algorithms,
          clockTolerance: options.clockToleranceSeconds,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (error) {
        throw new InvalidTokenError(reasonOf(error));
      }
      const caller: Caller = {
        subject: String(payload.sub),
        issuer: options.issuer,
        scopes: scopesOf(payload),
        expiresAt: Number(payload.exp) * 1000,
      };
      const result = { caller, token };
      const ttl = caller.expiresAt + options.clockToleranceSeconds * 1000 - Date.now();
      if (ttl > 0) verified.set(token, result, { ttl });
      return result;
    },
  };
}

async function discoverJwksUrl(options: VerifierOptions): Promise<string> {
  if (options.jwksUrl !== undefined) return options.jwksUrl;
  const url = `${options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    throw new Error(`OIDC discovery at ${url} failed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (document.issuer !== options.issuer) {
    throw new Error(`OIDC discovery at ${url} names issuer ${JSON.stringify(document.issuer)}, not ${options.issuer}`);
  }
  if (typeof document.jwks_uri !== 'string') throw new Error(`OIDC discovery at ${url} has no jwks_uri`);
  return document.jwks_uri;
}

/** Why jose refused a token, in words a client can act on; never the token or its claims' values. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return 'the token was issued by another issuer';
      case 'aud':
        return 'the token is for another audience';
      case 'nbf':
        return 'the token is not valid yet (nbf)';
      case 'iat':
        return 'the token was issued in the future (iat)';
      default:
        return `the token's ${error.claim} claim is missing or invalid`;
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is invalid';
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the issuer matches the token's kid";
  if (error instanceof errors.JWKSMultipleMatchingKeys) return "several keys of the issuer match the token's kid";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the token is malformed';
  if (error instanceof errors.JOSENotSupported) return 'the token uses an unsupported algorithm or key';
  if (error instanceof errors.JWKSTimeout) return "the issuer's keys could not be fetched in time";
  if (error instanceof Error && error.message.startsWith('OIDC discovery')) return `the issuer could not be reached: ${error.message}`;
  return 'the token could not be verified';
}
