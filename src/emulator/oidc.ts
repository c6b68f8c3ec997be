import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';

/** The path under the emulator's URL where its development OIDC issuer lives. */
export const OIDC_PREFIX = '/oidc';
/** Audience of development tokens unless asked otherwise (the gateway's default audience with the emulator). */
export const DEV_TOKEN_AUDIENCE = 'connector-graph';

export interface DevTokenRequest {
  /** `sub`; default `developer`. */
  subject?: string;
  /** Space-separated or a list; goes into the `scope` claim. */
  scopes?: string | readonly string[];
  /** `aud`; default `connector-graph`. */
  audience?: string;
  /** Lifetime; default 3600 s. */
  expiresInSeconds?: number;
}

/**
 * A development OpenID issuer: an RS256 key pair made at start, the discovery document and JWKS, and tokens signed
 * with that key. Its issuer URL is `<emulator url>/oidc`. For local use only: it issues any token it is asked for.
 */
export interface DevIssuer {
  readonly issuer: string;
  issue(request: DevTokenRequest): Promise<string>;
  /** Answers GET discovery and JWKS, POST /oidc/token; undefined for a path it does not serve. */
  handle(method: string, pathname: string, body: Buffer): Promise<{ status: number; body: unknown } | undefined>;
}

export async function createDevIssuer(baseUrl: string): Promise<DevIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey as CryptoKey)), kid, alg: 'RS256', use: 'sig' };
  const issuer = `${baseUrl}${OIDC_PREFIX}`;

  const issue = async (request: DevTokenRequest): Promise<string> => {
    const scopes = typeof request.scopes === 'string' ? request.scopes : (request.scopes ?? []).join(' ');
    const seconds = request.expiresInSeconds ?? 3600;
    return new SignJWT({ scope: scopes.trim().split(/\s+/).filter((s) => s !== '').join(' ') })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' })
      .setIssuer(issuer)
      .setSubject(request.subject ?? 'developer')
      .setAudience(request.audience ?? DEV_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
      .sign(privateKey);
  };

  return {
    issuer,
    issue,
    async handle(method, pathname, body) {
      const route = pathname.slice(OIDC_PREFIX.length);
      if (method === 'GET' && route === '/.well-known/openid-configuration') {
        return {
          status: 200,
          body: {
            issuer,
            jwks_uri: `${issuer}/jwks`,
            token_endpoint: `${issuer}/token`,
            id_token_signing_alg_values_supported: ['RS256'],
            response_types_supported: ['token'],
            subject_types_supported: ['public'],
          },
        };
      }
      if (method === 'GET' && route === '/jwks') return { status: 200, body: { keys: [jwk] } };
      if (method === 'POST' && route === '/token') {
        let input: Record<string, unknown>;
        try {
          input = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as Record<string, unknown>);
        } catch {
          return { status: 400, body: { error: 'invalid_request', error_description: 'body must be JSON' } };
        }
        const str = (name: string): string | undefined => (typeof input[name] === 'string' ? (input[name] as string) : undefined);
        const seconds = typeof input.expiresInSeconds === 'number' ? input.expiresInSeconds : undefined;
        const token = await issue({
          ...(str('sub') === undefined ? {} : { subject: str('sub') }),
          ...(str('scope') === undefined ? {} : { scopes: str('scope') }),
          ...(str('audience') === undefined ? {} : { audience: str('audience') }),
          ...(seconds === undefined ? {} : { expiresInSeconds: seconds }),
        });
        return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: seconds ?? 3600 } };
      }
      return undefined;
    },
  };
}
