/**
 * `_entities` sent straight to the subgraph, as a router sends it (routers de-duplicate references before they
 * call, so de-duplication inside the subgraph is tested here, not through a gateway).
 */
import { describe, expect, it } from 'vitest';
import { actionConnectorArn, connectorV2Arn, OTHER_REGION_SEED, pluginArn, SEED } from '../../src/emulator/fixtures/index.js';
import { tenPlugins } from '../support/fixture-subgraphs.js';
import { maxCallsInFlight, startTestGateway, useTestGateway, type TestGateway } from '../support/gateway.js';

const gw = useTestGateway({ maxRepresentations: 60 });

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Plugin { applicationId pluginId pluginArn displayName }
      ... on ActionConnector { awsAccountId actionConnectorId arn name }
      ... on ConnectorV2 { connectorId connectorArn connectorName: name }
    }
  }
`;

type Entity = Record<string, string | null> | null;

const entities = (target: Pick<TestGateway, 'gql'>, representations: unknown[]) =>
  target.gql<{ _entities: Entity[] }>(ENTITIES, { representations });

const plugin = (key: { applicationId: string; pluginId: string }) => ({ __typename: 'Plugin', ...key });
const { basicAuth, oAuth2, noAuth } = SEED.qbusiness.plugins;
const other = OTHER_REGION_SEED;

describe('_entities', () => {
  it('answers in representation order, every entity type and key mixed', async () => {
    const representations = [
      { __typename: 'ConnectorV2', connectorId: SEED.securityhub.connectors.azure },
      plugin(oAuth2),
      { __typename: 'ActionConnector', awsAccountId: SEED.accountId, actionConnectorId: SEED.quicksight.actionConnectors.apiKey },
      { __typename: 'Plugin', pluginArn: pluginArn(SEED.region, basicAuth.applicationId, basicAuth.pluginId) },
      { __typename: 'ActionConnector', arn: actionConnectorArn(SEED.region, SEED.quicksight.actionConnectors.iam) },
      { __typename: 'ConnectorV2', connectorArn: connectorV2Arn(SEED.region, SEED.securityhub.connectors.jiraCloud) },
    ];
    const { body } = await entities(gw, representations);
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities.map((entity) => [entity?.__typename, entity?.pluginId ?? entity?.actionConnectorId ?? entity?.connectorId])).toEqual([
      ['ConnectorV2', SEED.securityhub.connectors.azure],
      ['Plugin', oAuth2.pluginId],
      ['ActionConnector', SEED.quicksight.actionConnectors.apiKey],
      ['Plugin', basicAuth.pluginId],
      ['ActionConnector', SEED.quicksight.actionConnectors.iam],
      ['ConnectorV2', SEED.securityhub.connectors.jiraCloud],
    ]);
    expect(body.data?._entities[4]?.awsAccountId).toBe(SEED.accountId);
    expect(gw.emulator.calls.count()).toBe(6);
  });

  it('makes one AWS call per distinct resource: 50 representations of 10 plugins cost 10 calls', async () => {
    const ten = tenPlugins(gw.emulator);
    const fifty = Array.from({ length: 50 }, (_, i) => ten[(i * 7) % 10]).filter((key) => key !== undefined).map(plugin);
    expect(fifty).toHaveLength(50);
    const { body } = await entities(gw, fifty);
    expect(body.errors).toBeUndefined();
    expect(gw.emulator.calls.count('GetPlugin')).toBe(10);
    expect(new Set(gw.emulator.calls.list().map((call) => call.params.pluginId))).toEqual(new Set(ten.map((p) => p.pluginId)));
    body.data?._entities.forEach((entity, i) => expect(entity?.pluginId, `position ${i}`).toBe(fifty[i]?.pluginId));
  });

  it('treats a reference by ids and one by an ARN of the same region as the same resource (one call)', async () => {
    const { body } = await entities(gw, [
      plugin(basicAuth),
      { __typename: 'Plugin', pluginArn: pluginArn(SEED.region, basicAuth.applicationId, basicAuth.pluginId) },
    ]);
    expect(body.errors).toBeUndefined();
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
  });

  it("resolves a reference by ARN in the ARN's region (and, for an action connector, its account)", async () => {
    const { body } = await entities(gw, [
      { __typename: 'Plugin', pluginArn: pluginArn(other.region, other.qbusiness.applicationId, other.qbusiness.pluginId) },
      { __typename: 'ActionConnector', arn: actionConnectorArn(other.region, other.quicksight.actionConnectorId) },
      { __typename: 'ConnectorV2', connectorArn: connectorV2Arn(other.region, other.securityhub.connectorId) },
    ]);
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities.map((entity) => entity?.pluginId ?? entity?.actionConnectorId ?? entity?.connectorId)).toEqual([
      other.qbusiness.pluginId,
      other.quicksight.actionConnectorId,
      other.securityhub.connectorId,
    ]);
    expect(body.data?._entities[1]?.awsAccountId).toBe(SEED.accountId);
    expect(gw.emulator.calls.list().map((call) => [call.operation, call.region])).toEqual(
      expect.arrayContaining([
        ['GetPlugin', 'eu-west-1'],
        ['DescribeActionConnector', 'eu-west-1'],
        ['GetConnectorV2', 'eu-west-1'],
      ]),
    );
    expect(gw.emulator.calls.list().map((call) => call.params.AwsAccountId).filter(Boolean)).toEqual([SEED.accountId]);
    // The eu-west-1 plugin does not exist in the gateway's region: by ids it is not found.
    const byIds = await entities(gw, [plugin(other.qbusiness)]);
    expect(byIds.body.errors?.[0]?.extensions?.code).toBe('RESOURCE_NOT_FOUND');
  });

  it('fails only the failing entity, at its position, with the error contract', async () => {
    gw.emulator.faults.add('GetPlugin', { error: { type: 'ThrottlingException' }, match: { pluginId: oAuth2.pluginId } });
    const { status, body } = await entities(gw, [plugin(basicAuth), plugin(oAuth2), plugin(noAuth), plugin(oAuth2)]);
    expect(status).toBe(200);
    expect(body.data?._entities.map((entity) => entity?.pluginId ?? null)).toEqual([basicAuth.pluginId, null, noAuth.pluginId, null]);
    expect(body.errors?.map((error) => error.path)).toEqual([['_entities', 1], ['_entities', 3]]);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'THROTTLED',
      retryable: true,
      aws: { service: 'qbusiness', operation: 'GetPlugin', errorType: 'ThrottlingException', httpStatus: 429, region: 'us-east-1' },
    });
    expect(gw.emulator.calls.count('GetPlugin')).toBe(3);
  });

  it.each([
    ['a Plugin without pluginId', { __typename: 'Plugin', applicationId: basicAuth.applicationId }, [{ path: 'pluginId' }]],
    ['a Plugin with no key at all', { __typename: 'Plugin' }, [{ path: 'applicationId' }, { path: 'pluginId' }]],
    ['a Plugin with a numeric pluginId', { __typename: 'Plugin', applicationId: basicAuth.applicationId, pluginId: 7 }, [{ path: 'pluginId', message: 'must be a non-empty string' }]],
    ['a Plugin with a bad ARN', { __typename: 'Plugin', pluginArn: 'arn:aws:qbusiness:us-east-1:123456789012:plugin/x' }, [{ path: 'pluginArn' }]],
    ['an ActionConnector without its account', { __typename: 'ActionConnector', actionConnectorId: 'x' }, [{ path: 'awsAccountId' }]],
    ['an ActionConnector with a plugin ARN', { __typename: 'ActionConnector', arn: pluginArn(SEED.region, basicAuth.applicationId, basicAuth.pluginId) }, [{ path: 'arn' }]],
    ['a ConnectorV2 with an empty connectorId', { __typename: 'ConnectorV2', connectorId: '' }, [{ path: 'connectorId' }]],
    ['a ConnectorV2 ARN in a made-up region', { __typename: 'ConnectorV2', connectorArn: 'arn:aws:securityhub:zz-nowhere-9:123456789012:connectorv2/abc' }, [{ path: 'connectorArn' }]],
    ['a type that is no entity', { __typename: 'S3', bucket: 'b' }, [{ path: '__typename' }]],
    ['no __typename', { pluginId: basicAuth.pluginId }, [{ path: '__typename' }]],
    ['a string', 'Plugin', [{ path: '__typename' }]],
  ])('refuses %s with VALIDATION_FAILED for that entity only, before any AWS call', async (_what, bad, fieldErrors) => {
    const { body } = await entities(gw, [bad, plugin(basicAuth)]);
    expect(body.data?._entities.map((entity) => entity?.pluginId ?? null)).toEqual([null, basicAuth.pluginId]);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.path).toEqual(['_entities', 0]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', retryable: false, fieldErrors });
    expect(body.errors?.[0]?.extensions?.aws).toBeUndefined();
    expect(gw.emulator.calls.count()).toBe(1);
  });

  it('names the expected ARN format when an ARN is malformed', async () => {
    const { body } = await entities(gw, [{ __typename: 'ConnectorV2', connectorArn: 'nope' }]);
    expect(body.errors?.[0]?.message).toBe(
      'Invalid input: connectorArn: is not an ARN of the form arn:aws:securityhub:<region>:<account>:connectorv2/<connectorId> (partition aws, aws-cn or aws-us-gov)',
    );
  });

  it('refuses more representations than the cap, before any AWS call', async () => {
    const { status, body } = await entities(gw, Array.from({ length: 61 }, () => plugin(basicAuth)));
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({
      path: ['_entities'],
      message:
        'Invalid input: representations: 61 entity representations in one request; this subgraph takes at most 60 (CONNECTOR_GRAPH_MAX_REPRESENTATIONS)',
      extensions: { code: 'VALIDATION_FAILED', retryable: false, fieldErrors: [{ path: 'representations' }] },
    });
    expect(gw.emulator.calls.count()).toBe(0);
    // The cap itself is allowed.
    const atCap = await entities(gw, Array.from({ length: 60 }, () => plugin(basicAuth)));
    expect(atCap.body.errors).toBeUndefined();
  });

  it('keeps unknown enum values tolerated for entities too', async () => {
    const stored = gw.emulator.store.qbusiness.getPlugin(SEED.region, basicAuth.applicationId, basicAuth.pluginId);
    if (stored === undefined) throw new Error('seed plugin missing');
    gw.emulator.store.qbusiness.putPlugin(SEED.region, { ...stored, state: 'PAUSED_BY_AWS' as never });
    try {
      const { body } = await gw.gql<{ _entities: Array<{ state: string }> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Plugin { state } } }`,
        { r: [plugin(basicAuth)] },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?._entities[0]?.state).toBe('UNRECOGNIZED');
    } finally {
      gw.emulator.store.qbusiness.putPlugin(SEED.region, stored);
    }
  });
});

describe('_entities concurrency (CONNECTOR_GRAPH_ENTITY_CONCURRENCY)', () => {
  const LATENCY_MS = 50;

  /** Resolves ten distinct plugins in one `_entities` request; counts the calls and how many were in flight at once. */
  async function tenDistinct(entityConcurrency: number): Promise<{ inFlight: number; calls: number }> {
    const graph = await startTestGateway({ entityConcurrency });
    try {
      graph.emulator.faults.add('GetPlugin', { latencyMs: LATENCY_MS });
      const ten = tenPlugins(graph.emulator).map(plugin);
      const { body } = await entities(graph, ten);
      expect(body.errors).toBeUndefined();
      return { inFlight: maxCallsInFlight(graph.logs, 'GetPlugin'), calls: graph.emulator.calls.count('GetPlugin') };
    } finally {
      await graph.close();
    }
  }

  it('runs the AWS calls of one request concurrently, at most N at once', async () => {
    const parallel = await tenDistinct(10);
    const bounded = await tenDistinct(2);
    expect([parallel.calls, bounded.calls]).toEqual([10, 10]);
    // Counted from the emulator's request log, not timed: the bound holds, and without it more run at once.
    expect(bounded.inFlight).toBeLessThanOrEqual(2);
    expect(parallel.inFlight).toBeGreaterThan(2);
    expect(parallel.inFlight).toBeLessThanOrEqual(10);
  });
});
