import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { SEED_COUNTS } from '../../src/emulator/fixtures/index.js';
import { useTestGateway } from '../support/gateway.js';

/**
 * The lists and createPlugin's payload are nullable so that one failure fails only its own field: the siblings that
 * succeeded still arrive, and every failure is reported on its own path with the whole error contract.
 */
const APP_B = SEED.qbusiness.applicationIds[1];
const ROLE = 'arn:aws:iam::123456789012:role/qbusiness-plugin-role';
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:plugin-creds-AbCdEf';
/** Application B holds 50 seeded plugins; the quota lets exactly three more be created. */
const ROOM = 3;
const gw = useTestGateway({ emulator: { pluginQuotaPerApplication: SEED_COUNTS.plugins.appB + ROOM } });

type Errors = Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;

function requestIdOf(operation: string): string | undefined {
  return gw.emulator.calls.list().find((call) => call.operation === operation)?.requestId;
}

describe('a failing list fails only its own field', () => {
  it('reports two failing lists on their own paths and keeps the succeeding sibling', async () => {
    gw.emulator.faults.add('ListActionConnectors', { error: { type: 'ThrottlingException' } });
    const { status, body } = await gw.gql<{ plugins: unknown; actionConnectors: unknown; connectorsV2: { nodes: Array<{ connectorId: string }> } | null }>(`{
      plugins(applicationId: "00000000-0000-4000-8000-000000000000") { nodes { pluginId } }
      actionConnectors(awsAccountId: "${SEED.accountId}") { nodes { actionConnectorId } }
      connectorsV2(first: 5) { nodes { connectorId } }
    }`);
    expect(status).toBe(200);
    expect(body.data?.plugins).toBeNull();
    expect(body.data?.actionConnectors).toBeNull();
    expect(body.data?.connectorsV2?.nodes).toHaveLength(5);
    const errors = (body.errors ?? []) as Errors;
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining([['plugins'], ['actionConnectors']]));
    expect(errors).toHaveLength(2);
    const byPath = (field: string) => errors.find((error) => error.path?.[0] === field);
    expect(byPath('plugins')?.extensions).toEqual({
      code: 'RESOURCE_NOT_FOUND',
      retryable: false,
      aws: {
        service: 'qbusiness',
        operation: 'ListPlugins',
        errorType: 'ResourceNotFoundException',
        httpStatus: 404,
        requestId: requestIdOf('ListPlugins'),
        region: 'us-east-1',
      },
    });
    expect(byPath('actionConnectors')?.extensions).toEqual({
      code: 'THROTTLED',
      retryable: true,
      aws: {
        service: 'quicksight',
        operation: 'ListActionConnectors',
        errorType: 'ThrottlingException',
        httpStatus: 429,
        requestId: requestIdOf('ListActionConnectors'),
        region: 'us-east-1',
      },
    });
  });

  it('keeps the other fields when integrations itself is refused', async () => {
    const { body } = await gw.gql<{ integrations: unknown; connectorV2: { name: string } | null }>(`{
      integrations(after: "not-a-cursor") { nodes { id } }
      connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { name }
    }`);
    expect(body.data?.integrations).toBeNull();
    expect(body.data?.connectorV2?.name).toEqual(expect.any(String));
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.path).toEqual(['integrations']);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', retryable: false, fieldErrors: [{ path: 'after' }] });
  });
});

describe('createPlugin aliases in one mutation', () => {
  it('returns the created plugin ids when later aliases fail', async () => {
    const aliases = Array.from({ length: ROOM + 2 }, (_, index) => `p${index}`);
    const stamp = Date.now().toString(36);
    const mutation = `mutation {
      ${aliases
        .map(
          (alias) => `${alias}: createPlugin(input: {
            applicationId: "${APP_B}", displayName: "alias-${stamp}-${alias}", type: SERVICE_NOW,
            serverUrl: "https://example.service-now.com",
            authConfiguration: { basicAuthConfiguration: { secretArn: "${SECRET}", roleArn: "${ROLE}" } }
          }) { pluginId clientToken }`,
        )
        .join('\n')}
    }`;
    const { status, body } = await gw.gql<Record<string, { pluginId: string; clientToken: string } | null>>(mutation);
    expect(status).toBe(200);
    const data = body.data ?? {};
    // Mutation fields run one after another: the first ROOM fit the quota, the rest hit it.
    const created = aliases.slice(0, ROOM).map((alias) => data[alias]);
    for (const payload of created) expect(payload?.pluginId).toMatch(/^[0-9a-f-]{36}$/);
    for (const alias of aliases.slice(ROOM)) expect(data[alias]).toBeNull();
    // The ids the client got are the plugins AWS (the emulator) created.
    const calls = gw.emulator.calls.list().filter((call) => call.operation === 'CreatePlugin');
    expect(calls.map((call) => call.status)).toEqual([...aliases.slice(0, ROOM).map(() => 200), 402, 402]);
    for (const payload of created) {
      const { body: read } = await gw.gql<{ plugin: { pluginId: string } | null }>(
        `{ plugin(applicationId: "${APP_B}", pluginId: "${payload?.pluginId}") { pluginId } }`,
      );
      expect(read.data?.plugin?.pluginId).toBe(payload?.pluginId);
    }
    const errors = (body.errors ?? []) as Errors;
    expect(errors.map((error) => error.path)).toEqual(aliases.slice(ROOM).map((alias) => [alias]));
    const failedCalls = calls.slice(ROOM);
    errors.forEach((error, index) => {
      // toMatchObject: the contract may gain members (e.g. the clientToken to retry with); these must be there.
      expect(error.extensions).toMatchObject({
        code: 'SERVICE_QUOTA_EXCEEDED',
        retryable: false,
        aws: {
          service: 'qbusiness',
          operation: 'CreatePlugin',
          errorType: 'ServiceQuotaExceededException',
          httpStatus: 402,
          requestId: failedCalls[index]?.requestId,
          region: 'us-east-1',
        },
      });
    });
  });
});
