/**
 * CONNECTOR_GRAPH_AWS_IDENTITY=caller: AWS calls made as the caller. Tokens from a real OpenID provider are exchanged
 * by the gateway for STS sessions (AssumeRoleWithWebIdentity over the real @aws-sdk/client-sts, against the
 * emulator's STS, which trusts that provider); the emulator applies each role's policy to the session's calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, SEED_ROLES } from '../../src/emulator/fixtures/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { ALL_SCOPES, startOidcProvider, TEST_AUDIENCE, type TestOidcProvider } from '../support/oidc.js';

const [APP_A, APP_B] = SEED.qbusiness.applicationIds;
const PLUGIN_A = SEED.qbusiness.plugins.basicAuth;
const CONNECTOR = SEED.quicksight.actionConnectors.basicAuth;
const QUERY = (applicationId: string, pluginId: string) => `{
  plugin(applicationId: "${applicationId}", pluginId: "${pluginId}") { pluginId }
  actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: "${CONNECTOR}") { actionConnectorId }
}`;

let provider: TestOidcProvider;
/** Callers assume the plugin-reader role (reads Q Business plugins of application A only). */
let reader: TestGateway;
/** Callers assume the operator role (reads everything). */
let operator: TestGateway;
/** Callers assume a role the emulator does not know; its STS trusts no issuer at first. */
let refusing: TestGateway;
let alice: string;
let bob: string;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  provider = await startOidcProvider([
    { id: 'alice', secret: 'alice-secret-0123456789abcdef0123456789', scope: ALL_SCOPES },
    { id: 'bob', secret: 'bob-secret-0123456789abcdef0123456789ab', scope: ALL_SCOPES },
  ]);
  const auth = (roleArn: string) => ({
    mode: 'jwt' as const,
    issuer: provider.issuer,
    audience: TEST_AUDIENCE,
    awsIdentity: 'caller' as const,
    roleArn,
  });
  const trusted = { trustedIssuers: [{ issuer: provider.issuer, audience: TEST_AUDIENCE }] };
  [reader, operator, refusing] = await Promise.all([
    startTestGateway({ auth: auth(SEED_ROLES.pluginReader), emulator: trusted }),
    startTestGateway({ auth: auth(SEED_ROLES.operator), emulator: trusted }),
    startTestGateway({ auth: auth(`arn:aws:iam::${SEED.accountId}:role/nobody`) }),
  ]);
  alice = await provider.token('alice', ALL_SCOPES);
  bob = await provider.token('bob', ALL_SCOPES);
});

afterAll(async () => {
  await Promise.all([reader?.close(), operator?.close(), refusing?.close()]);
  await provider?.close();
});

describe('AWS calls as the caller', () => {
  it("signs every call with the caller's STS session, whose role's policy decides what they see", async () => {
    const { body } = await reader.gql(QUERY(APP_A, PLUGIN_A.pluginId), undefined, bearer(alice));
    expect(body.data).toEqual({ plugin: { pluginId: PLUGIN_A.pluginId }, actionConnector: null });
    expect(body.errors?.[0]).toMatchObject({
      path: ['actionConnector'],
      extensions: { code: 'ACCESS_DENIED', aws: { service: 'quicksight', errorType: 'AccessDeniedException', httpStatus: 401 } },
    });
    const calls = reader.emulator.calls.list();
    expect(calls.map((call) => call.operation).sort()).toEqual(['DescribeActionConnector', 'GetPlugin']);
    for (const call of calls) {
      expect(call.accessKeyId).toMatch(/^ASIA/);
      expect(reader.emulator.iam.session(call.accessKeyId)).toMatchObject({ roleArn: SEED_ROLES.pluginReader, sessionName: 'alice', subject: 'alice' });
    }

    // The same query, the same scopes, another role: the operator reads the connector too.
    const other = await operator.gql(QUERY(APP_A, PLUGIN_A.pluginId), undefined, bearer(alice));
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data).toEqual({ plugin: { pluginId: PLUGIN_A.pluginId }, actionConnector: { actionConnectorId: CONNECTOR } });
  });

  it("applies the role's resource patterns: a plugin of another application is ACCESS_DENIED", async () => {
    const pluginId = reader.emulator.store.qbusiness.listPlugins(SEED.region, APP_B ?? '')[0]?.pluginId ?? '';
    expect(pluginId).not.toBe('');
    const { body } = await reader.gql(`{ plugin(applicationId: "${APP_B}", pluginId: "${pluginId}") { pluginId } }`, undefined, bearer(alice));
    expect(body.data).toEqual({ plugin: null });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'ACCESS_DENIED', aws: { service: 'qbusiness', httpStatus: 403 } });
  });

  it("makes one STS call per caller for many concurrent requests, and keeps each caller's identity apart", async () => {
    const before = reader.emulator.iam.stsCalls;
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => reader.gql(`{ plugin(applicationId: "${APP_A}", pluginId: "${PLUGIN_A.pluginId}") { pluginId } }`, undefined, bearer(bob))),
    );
    expect(answers.every((answer) => answer.body.errors === undefined)).toBe(true);
    expect(reader.emulator.iam.stsCalls - before).toBe(1);
    const keys = new Set(reader.emulator.calls.list().map((call) => call.accessKeyId));
    const subjects = new Set([...keys].map((key) => reader.emulator.iam.session(key)?.subject));
    expect(subjects).toEqual(new Set(['alice', 'bob']));
  });

  it('maps an STS refusal through the error contract (aws.service sts), with no service call', async () => {
    const untrusted = await refusing.gql(QUERY(APP_A, PLUGIN_A.pluginId), undefined, bearer(alice));
    expect(untrusted.status).toBe(401);
    expect(untrusted.body.errors).toHaveLength(1);
    expect(untrusted.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      aws: { service: 'sts', operation: 'AssumeRoleWithWebIdentity', errorType: 'InvalidIdentityTokenException' },
    });

    refusing.emulator.iam.trust({ issuer: provider.issuer, audience: TEST_AUDIENCE });
    const denied = await refusing.gql(QUERY(APP_A, PLUGIN_A.pluginId), undefined, bearer(alice));
    expect(denied.status).toBe(403);
    expect(denied.body.errors?.[0]?.extensions).toMatchObject({ code: 'ACCESS_DENIED', aws: { service: 'sts', errorType: 'AccessDenied' } });
    expect(refusing.emulator.calls.count()).toBe(0);
    expect(JSON.stringify(refusing.logs)).not.toContain(alice.split('.')[2]);
  });
});
