import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';

/** The audience (resource indicator) of the test provider's access tokens. */
export const TEST_AUDIENCE = 'urn:connector-graph';
export const ALL_SCOPES = 'qbusiness:read quicksight:read securityhub:read qbusiness:plugins:write';

export interface TestClient {
  id: string;
  secret: string;
  /** Scopes this client may ask for. */
  scope: string;
}

/**
 * A real OpenID provider (`oidc-provider`) on a loopback port: client-credentials grant issuing JWT access tokens
 * (resource indicators, `accessTokenFormat: 'jwt'`, RS256) for TEST_AUDIENCE. `rotateKeys()` replaces its signing
 * key, as an issuer rotating keys would (same issuer, new `kid`).
 */
export interface TestOidcProvider {
  issuer: string;
  /** Client-credentials grant: an access token for `clientId` with `scope`. */
  token(clientId: string, scope: string): Promise<string>;
  rotateKeys(): Promise<void>;
  /** Signs any claims with the provider's current key and kid (to forge expired, foreign... tokens). */
  sign(payload: JWTPayload): Promise<string>;
  /** The provider's current public key. */
  publicJwk(): JWK;
  close(): Promise<void>;
}

async function signingKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `k-${Date.now()}-${Math.random().toString(36).slice(2)}` };
}

export async function startOidcProvider(clients: readonly TestClient[]): Promise<TestOidcProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let key: JWK = await signingKey();
  const build = async (): Promise<void> => {
    key = await signingKey();
    const provider = new Provider(issuer, {
      clients: clients.map((client) => ({
        client_id: client.id,
        client_secret: client.secret,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        scope: client.scope,
      })),
      jwks: { keys: [key] },
      scopes: ALL_SCOPES.split(' '),
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => TEST_AUDIENCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: ALL_SCOPES,
            audience: TEST_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 300,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
    });
    provider.proxy = false;
    handler = provider.callback();
  };
  await build();

  return {
    issuer,
    async token(clientId, scope) {
      const client = clients.find((c) => c.id === clientId);
      if (client === undefined) throw new Error(`no test client ${clientId}`);
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope, resource: TEST_AUDIENCE }).toString(),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (body.access_token === undefined) throw new Error(`token endpoint: ${response.status} ${body.error}: ${body.error_description}`);
      return body.access_token;
    },
    rotateKeys: build,
    sign: async (payload) =>
      new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: key.kid ?? '' }).sign(await importJWK(key, 'RS256')),
    publicJwk: () => {
      const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = key;
      return publicPart;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
