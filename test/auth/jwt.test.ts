/**
 * Authentication and authorization from the attacker's side, with tokens from a real OpenID provider
 * (`oidc-provider`, client-credentials grant, JWT access tokens) and forged ones. "Zero AWS calls" is read from
 * the emulator's call log.
 */
import { createPublicKey, createSecretKey } from 'node:crypto';
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { createTokenVerifier } from '../../src/auth/verifier.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { ALL_SCOPES, startOidcProvider, TEST_AUDIENCE, type TestOidcProvider } from '../support/oidc.js';

const PLUGIN = SEED.qbusiness.plugins.basicAuth;
const CONNECTOR = SEED.quicksight.actionConnectors.basicAuth;
const ACCOUNT = SEED.accountId;
const READ_BOTH = `{
  plugin(applicationId: "${PLUGIN.applicationId}", pluginId: "${PLUGIN.pluginId}") { pluginId displayName }
  actionConnector(awsAccountId: "${ACCOUNT}", actionConnectorId: "${CONNECTOR}") { actionConnectorId name }
}`;

let provider: TestOidcProvider;
let gateway: TestGateway;
/** alice: Q Business read only. bob: everything. */
let alice: string;
let bob: string;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const now = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

beforeAll(async () => {
  provider = await startOidcProvider([
    { id: 'alice', secret: 'alice-secret-0123456789abcdef0123456789', scope: 'qbusiness:read' },
    { id: 'bob', secret: 'bob-secret-0123456789abcdef0123456789ab', scope: ALL_SCOPES },
  ]);
  gateway = await startTestGateway({
    auth: { mode: 'jwt', issuer: provider.issuer, audience: TEST_AUDIENCE, jwksCooldownMs: 0, clockToleranceSeconds: 5 },
  });
  alice = await provider.token('alice', 'qbusiness:read');
  bob = await provider.token('bob', ALL_SCOPES);
});

afterAll(async () => {
  await gateway?.close();
  await provider?.close();
});

/** Sends `query` with `headers`, expecting the documented refusal and no AWS call; returns the message. */
async function expectRefused(headers: Record<string, string>, query = READ_BOTH): Promise<string> {
  gateway.emulator.calls.reset();
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  expect(body.data).toBeUndefined();
  expect(gateway.emulator.calls.count()).toBe(0);
  return body.errors[0]?.message ?? '';
}

describe('authentication (--auth jwt)', () => {
  it('serves a token from the OpenID provider', async () => {
    const { status, body } = await gateway.gql(READ_BOTH, undefined, bearer(bob));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ plugin: { pluginId: PLUGIN.pluginId }, actionConnector: { actionConnectorId: CONNECTOR } });
  });

  it('refuses a request without a token, introspection and _service included', async () => {
    expect(await expectRefused({})).toMatch(/no bearer token/);
    await expectRefused({}, '{ _service { sdl } }');
    await expectRefused({}, '{ __schema { queryType { name } } }');
    expect(await expectRefused({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })).toMatch(/not "Bearer <token>"/);
  });

  it('refuses expired, not yet valid, foreign-issuer and foreign-audience tokens, saying why', async () => {
    const claims = { sub: 'mallory', scope: ALL_SCOPES, iss: provider.issuer, aud: TEST_AUDIENCE };
    expect(await expectRefused(bearer(await provider.sign({ ...claims, iat: now() - 600, exp: now() - 60 })))).toMatch(/expired/);
    expect(await expectRefused(bearer(await provider.sign({ ...claims, nbf: now() + 600, exp: now() + 900 })))).toMatch(/not valid yet/);
    expect(await expectRefused(bearer(await provider.sign({ ...claims, iss: 'https://evil.example', exp: now() + 60 })))).toMatch(/another issuer/);
    expect(await expectRefused(bearer(await provider.sign({ ...claims, aud: 'urn:other-api', exp: now() + 60 })))).toMatch(/another audience/);
  });

  it('refuses alg none, HS256 signed with the public key, a tampered payload and an unknown kid', async () => {
    const claims = { sub: 'mallory', scope: ALL_SCOPES, iss: provider.issuer, aud: TEST_AUDIENCE, exp: now() + 300 };
    expect(await expectRefused(bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`))).toMatch(/algorithm|malformed/);

    const publicPem = createPublicKey({ key: provider.publicJwk() as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: provider.publicJwk().kid ?? '' })
      .sign(createSecretKey(Buffer.from(publicPem)));
    expect(await expectRefused(bearer(hs256))).toMatch(/algorithm/);

    const [header, , signature] = alice.split('.');
    const widened = { ...JSON.parse(Buffer.from(alice.split('.')[1] ?? '', 'base64url').toString()), scope: ALL_SCOPES };
    expect(await expectRefused(bearer(`${header}.${b64(widened)}.${signature}`))).toMatch(/signature/);

    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'not-at-the-issuer' }).sign(privateKey);
    expect(await expectRefused(bearer(foreign))).toMatch(/kid/);
  });

  it('never writes a token into a log line or an answer', async () => {
    const marker = 'SECRETMARKER0123456789';
    const message = await expectRefused(bearer(`eyJ${marker}.eyJ${marker}.${marker}`));
    expect(message).not.toContain(marker);
    await gateway.gql(READ_BOTH, undefined, bearer(alice));
    const logs = JSON.stringify(gateway.logs);
    expect(logs).not.toContain(marker);
    for (const token of [alice, bob]) expect(logs).not.toContain(token.split('.')[2]);
  });

  it('keeps /health open', async () => {
    const response = await fetch(new URL('/health', gateway.url));
    expect(response.status).toBe(200);
  });

  it('verifies a token once and serves it from the cache until its exp', async () => {
    const verifier = createTokenVerifier({
      issuer: provider.issuer,
      jwksUrl: undefined,
      audience: TEST_AUDIENCE,
      algorithms: ['RS256'],
      clockToleranceSeconds: 0,
      jwksCooldownMs: 0,
      tokenCacheSize: 10,
    });
    const first = await verifier.verify(alice);
    expect(first.caller).toMatchObject({ subject: 'alice', issuer: provider.issuer });
    expect([...first.caller.scopes]).toEqual(['qbusiness:read']);
    expect(await verifier.verify(alice)).toBe(first);
  });
});

describe('authorization (@requiresScopes from the SDL)', () => {
  it('two callers with different scopes see different things through the same query', async () => {
    gateway.emulator.calls.reset();
    const { status, body } = await gateway.gql(READ_BOTH, undefined, bearer(alice));
    expect(status).toBe(200);
    expect(body.data).toEqual({ plugin: { pluginId: PLUGIN.pluginId, displayName: expect.any(String) }, actionConnector: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({
      path: ['actionConnector'],
      extensions: { code: 'FORBIDDEN', requiredScopes: [['quicksight:read']] },
    });
    expect(gateway.emulator.calls.count('DescribeActionConnector')).toBe(0);
    expect(gateway.emulator.calls.count('GetPlugin')).toBe(1);
  });

  it('integrations: a service the caller may not read is a FORBIDDEN source and costs no call', async () => {
    gateway.emulator.calls.reset();
    const { body } = await gateway.gql(
      `{ integrations(applicationIds: ["${PLUGIN.applicationId}"], awsAccountIds: ["${ACCOUNT}"], first: 5) {
          nodes { __typename id } sources { awsService ok errorCode } } }`,
      undefined,
      bearer(alice),
    );
    const data = body.data as { integrations: { nodes: Array<{ __typename: string }>; sources: unknown[] } };
    expect(data.integrations.sources).toEqual([
      { awsService: 'QBUSINESS', ok: true, errorCode: null },
      { awsService: 'QUICKSIGHT', ok: false, errorCode: 'FORBIDDEN' },
      { awsService: 'SECURITYHUB', ok: false, errorCode: 'FORBIDDEN' },
    ]);
    expect(new Set(data.integrations.nodes.map((node) => node.__typename))).toEqual(new Set(['Plugin']));
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(gateway.emulator.calls.count('ListActionConnectors')).toBe(0);
    expect(gateway.emulator.calls.count('ListConnectorsV2')).toBe(0);
  });

  it('_entities: each representation is checked against its type scope', async () => {
    gateway.emulator.calls.reset();
    const { body } = await gateway.gql(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Plugin { pluginId } ... on ActionConnector { actionConnectorId } } }`,
      {
        representations: [
          { __typename: 'Plugin', ...PLUGIN },
          { __typename: 'ActionConnector', awsAccountId: ACCOUNT, actionConnectorId: CONNECTOR },
        ],
      },
      bearer(alice),
    );
    expect(body.data?._entities).toEqual([{ pluginId: PLUGIN.pluginId }, null]);
    expect(body.errors?.[0]).toMatchObject({ path: ['_entities', 1], extensions: { code: 'FORBIDDEN', requiredScopes: [['quicksight:read']] } });
    expect(gateway.emulator.calls.count('DescribeActionConnector')).toBe(0);
  });

  it('createPlugin needs qbusiness:plugins:write, and every mutation writes one audit line without the payload', async () => {
    gateway.emulator.calls.reset();
    const mutation = `mutation ($input: CreatePluginInput!) { createPlugin(input: $input) { pluginId clientToken } }`;
    const input = {
      applicationId: PLUGIN.applicationId,
      displayName: 'audit-probe',
      type: 'CUSTOM',
      serverUrl: 'https://audit.example.com',
      authConfiguration: { noAuthConfiguration: true },
      customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3', apiSchema: { payload: 'PAYLOADMARKER-openapi: 3.0.0' } },
      clientToken: 'audit-token-1',
    };
    const refused = await gateway.gql(mutation, { input }, bearer(alice));
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: [['qbusiness:plugins:write']] });
    expect(gateway.emulator.calls.count('CreatePlugin')).toBe(0);
    const created = await gateway.gql<{ createPlugin: { pluginId: string } }>(mutation, { input }, bearer(bob));
    expect(created.body.errors).toBeUndefined();
    const audit = gateway.logs.filter((line) => line.audit === true);
    expect(audit.slice(-2)).toEqual([
      expect.objectContaining({ sub: 'alice', operation: 'createPlugin', applicationId: PLUGIN.applicationId, outcome: 'FORBIDDEN', pluginId: null, clientToken: 'audit-token-1' }),
      expect.objectContaining({ sub: 'bob', operation: 'createPlugin', applicationId: PLUGIN.applicationId, outcome: 'OK', pluginId: created.body.data?.createPlugin.pluginId, clientToken: 'audit-token-1' }),
    ]);
    expect(JSON.stringify(gateway.logs)).not.toContain('PAYLOADMARKER');
  });
});

describe('key rotation (last: the tokens above were signed with the old key)', () => {
  it('picks up a key rotation at the provider without a restart', async () => {
    await provider.rotateKeys();
    const rotated = await provider.token('bob', 'quicksight:read');
    const { status, body } = await gateway.gql(READ_BOTH, undefined, bearer(rotated));
    expect(status).toBe(200);
    expect(body.data?.actionConnector).toMatchObject({ actionConnectorId: CONNECTOR });
  });
});

describe('scopes claim', () => {
  it('reads `scope` (space-separated) and `scp` (array)', async () => {
    const { scopesOf } = await import('../../src/auth/caller.js');
    expect([...scopesOf({ scope: 'qbusiness:read  quicksight:read' })]).toEqual(['qbusiness:read', 'quicksight:read']);
    expect([...scopesOf({ scp: ['securityhub:read', 42, ''] })]).toEqual(['securityhub:read']);
    expect([...scopesOf({})]).toEqual([]);
  });
});
