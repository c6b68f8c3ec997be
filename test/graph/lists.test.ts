import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { maxCallsInFlight, startTestGateway, useTestGateway, type TestGateway } from '../support/gateway.js';

type Json = Record<string, unknown>;
interface Page {
  edges: Array<{ cursor: string; node: Json }>;
  nodes: Json[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const REGION = SEED.region;
const APP_A = SEED.qbusiness.applicationIds[0];
const APP_B = SEED.qbusiness.applicationIds[1];
const ACCOUNT = SEED.accountId;

const gw = useTestGateway();

const LISTS = {
  plugins: {
    max: 50,
    query: (args: string) => `{ plugins(${args}) { edges { cursor node { pluginId } } nodes { pluginId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    args: `applicationId: "${APP_A}"`,
    id: (node: Json) => node.pluginId,
    expected: (target: TestGateway) => target.emulator.store.qbusiness.listPlugins(REGION, APP_A).map((p) => p.pluginId),
    operation: 'ListPlugins',
  },
  actionConnectors: {
    max: 100,
    query: (args: string) => `{ actionConnectors(${args}) { edges { cursor node { actionConnectorId } } nodes { actionConnectorId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    args: `awsAccountId: "${ACCOUNT}"`,
    id: (node: Json) => node.actionConnectorId,
    expected: (target: TestGateway) => target.emulator.store.quicksight.listActionConnectors(REGION, ACCOUNT).map((c) => c.ActionConnectorId),
    operation: 'ListActionConnectors',
  },
  connectorsV2: {
    max: 100,
    query: (args: string) => `{ connectorsV2(${args}) { edges { cursor node { connectorId } } nodes { connectorId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    args: '',
    id: (node: Json) => node.connectorId,
    expected: (target: TestGateway) => target.emulator.store.securityhub.listConnectorsV2(REGION).map((c) => c.ConnectorId),
    operation: 'ListConnectorsV2',
  },
} as const;

type ListName = keyof typeof LISTS;

async function page(name: ListName, first: number, after?: string | null): Promise<Page> {
  const list = LISTS[name];
  const args = [list.args, `first: ${first}`, after ? `after: "${after}"` : ''].filter(Boolean).join(', ');
  const { body } = await gw.gql<Record<string, Page>>(list.query(args));
  expect(body.errors).toBeUndefined();
  return body.data?.[name] as Page;
}

describe.each(Object.keys(LISTS) as ListName[])('%s', (name) => {
  const list = LISTS[name];

  it.each([1, 7, list.max])('pages through the whole list with first: %i, each item exactly once, in AWS order', async (size) => {
    const expected = list.expected(gw);
    expect(expected.length).toBeGreaterThan(25);
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const result = await page(name, size, after);
      expect(result.nodes).toEqual(result.edges.map((edge) => edge.node));
      expect(result.pageInfo.hasPreviousPage).toBe(false);
      seen.push(...result.nodes.map(list.id));
      if (!result.pageInfo.hasNextPage) break;
      expect(result.edges).toHaveLength(size);
      expect(result.pageInfo.endCursor).toBe(result.edges[result.edges.length - 1]?.cursor);
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('resumes from the end of a page with the AWS token, without reading that page again', async () => {
    const expected = list.expected(gw);
    const first = await page(name, 5);
    gw.emulator.calls.reset();
    const second = await page(name, 5, first.pageInfo.endCursor);
    expect(second.nodes.map(list.id)).toEqual(expected.slice(5, 10));
    expect(gw.emulator.calls.count()).toBe(1);
  });

  it('resumes after any edge, mid AWS page', async () => {
    const expected = list.expected(gw);
    const first = await page(name, 7);
    const third = first.edges[2]?.cursor;
    const resumed = await page(name, 5, third);
    expect(resumed.nodes.map(list.id)).toEqual(expected.slice(3, 8));
  });

  it(`makes one ${list.operation} call for a page of up to its AWS limit`, async () => {
    gw.emulator.calls.reset();
    await page(name, list.max);
    expect(gw.emulator.calls.count()).toBe(1);
    expect(gw.emulator.calls.list()[0]?.params).toMatchObject(
      name === 'plugins' ? { maxResults: String(list.max) } : { MaxResults: String(list.max) },
    );
  });

  it('refuses first outside 1 to the AWS limit, before any AWS call', async () => {
    for (const first of [0, -1, list.max + 1]) {
      const { body } = await gw.gql(list.query([list.args, `first: ${first}`].filter(Boolean).join(', ')));
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION_FAILED',
        retryable: false,
        fieldErrors: [{ path: 'first', message: `must be from 1 to ${list.max} (got ${first})` }],
      });
    }
    expect(gw.emulator.calls.count()).toBe(0);
  });
});

describe('cursors', () => {
  const refused = (body: { errors?: Array<{ extensions?: Json }> }) => {
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    return (body.errors?.[0]?.extensions?.fieldErrors as Array<{ path: string; message: string }>)[0];
  };

  it('refuses garbage as a cursor', async () => {
    for (const after of ['garbage', 'eyJ2IjoxfQ', '']) {
      const { body } = await gw.gql(`{ plugins(applicationId: "${APP_A}", after: "${after}") { nodes { pluginId } } }`);
      expect(refused(body)).toEqual({ path: 'after', message: 'is not a cursor of this API: pass an endCursor or edge cursor unchanged' });
    }
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('refuses a cursor of another list, or of the same list with other arguments', async () => {
    const fromA = (await page('plugins', 3)).pageInfo.endCursor;
    const fromConnectors = (await page('connectorsV2', 3)).pageInfo.endCursor;
    gw.emulator.calls.reset();
    const cases = [
      `{ plugins(applicationId: "${APP_B}", after: "${fromA}") { nodes { pluginId } } }`,
      `{ actionConnectors(awsAccountId: "${ACCOUNT}", after: "${fromA}") { nodes { arn } } }`,
      `{ connectorsV2(filter: { providerName: AZURE }, after: "${fromConnectors}") { nodes { connectorId } } }`,
      `{ integrations(after: "${fromA}") { nodes { id } } }`,
    ];
    for (const query of cases) {
      const { body } = await gw.gql(query);
      expect(refused(body)?.message).toBe('belongs to another list or to other arguments: page with the arguments that produced it');
    }
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('answers VALIDATION_FAILED when the AWS token inside a cursor has expired', async () => {
    const shortLived = await startTestGateway({ emulator: { nextTokenTtlMs: 50 } });
    try {
      const query = (after?: string | null) =>
        `{ actionConnectors(awsAccountId: "${ACCOUNT}", first: 7${after ? `, after: "${after}"` : ''}) { pageInfo { endCursor hasNextPage } } }`;
      const first = await shortLived.gql<{ actionConnectors: Page }>(query());
      const cursor = first.body.data?.actionConnectors.pageInfo.endCursor;
      await new Promise((resolve) => setTimeout(resolve, 120));
      const { body } = await shortLived.gql(query(cursor));
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        aws: { operation: 'ListActionConnectors', errorType: 'InvalidNextTokenException', httpStatus: 400 },
      });
    } finally {
      await shortLived.close();
    }
  });
});

describe('nodes are the single-item types; missing fields load only when selected', () => {
  it('listing 50 plugins selecting summary fields costs 1 AWS call', async () => {
    const { body } = await gw.gql(`{ plugins(applicationId: "${APP_A}", first: 50) { nodes { pluginId displayName type state buildStatus createdAt updatedAt serverUrl id name provider normalizedStatus awsService } } }`);
    expect(body.errors).toBeUndefined();
    expect((body.data?.plugins as Page).nodes).toHaveLength(50);
    expect(gw.emulator.calls.count()).toBe(1);
  });

  it('selecting authConfiguration too costs 1 + 50 calls, at most 10 at a time', async () => {
    gw.emulator.faults.add('GetPlugin', { latencyMs: 30 });
    const logStart = gw.logs.length;
    const { body } = await gw.gql<{ plugins: Page }>(`{ plugins(applicationId: "${APP_A}", first: 50) {
      nodes { pluginId authConfiguration { __typename ... on UnknownUnionMember { memberName } } }
    } }`);
    expect(body.errors).toBeUndefined();
    expect(gw.emulator.calls.count('ListPlugins')).toBe(1);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(50);
    expect(gw.emulator.calls.count()).toBe(51);
    const overlap = maxCallsInFlight(gw.logs, 'GetPlugin', logStart);
    expect(overlap).toBeLessThanOrEqual(10);
    expect(overlap).toBeGreaterThan(1);
  });

  it('returns union fields on list nodes: every auth variant and both API schema variants', async () => {
    const { body } = await gw.gql<{ plugins: Page }>(`{ plugins(applicationId: "${APP_A}", first: 20) {
      nodes {
        pluginId pluginArn authKind
        authConfiguration { __typename }
        customPluginConfiguration { apiSchema { __typename } }
      }
    } }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.plugins.nodes ?? [];
    const kinds = new Set(nodes.map((n) => (n.authConfiguration as Json).__typename));
    expect([...kinds].sort()).toEqual(['BasicAuthConfiguration', 'IdcAuthConfiguration', 'NoAuthConfiguration', 'OAuth2ClientCredentialConfiguration']);
    const schemas = new Set(nodes.map((n) => ((n.customPluginConfiguration as Json | null)?.apiSchema as Json | undefined)?.__typename).filter(Boolean));
    expect([...schemas].sort()).toEqual(['APISchemaPayload', 'S3']);
    for (const node of nodes) expect(node.pluginArn).toBe(`arn:aws:qbusiness:${REGION}:${ACCOUNT}:application/${APP_A}/plugin/${String(node.pluginId)}`);
  });

  it('reads QuickSight authentication metadata and Security Hub health for list nodes, one detail call each', async () => {
    const { body } = await gw.gql(`{
      actionConnectors(awsAccountId: "${ACCOUNT}", first: 7) { nodes { name authenticationConfig { authenticationMetadata { __typename } } } }
      connectorsV2(first: 4) { nodes { name providerDetail { __typename } health { connectorStatus issues { code } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const data = body.data as { actionConnectors: Page; connectorsV2: Page };
    const metadata = new Set(data.actionConnectors.nodes.map((n) => ((n.authenticationConfig as Json).authenticationMetadata as Json).__typename));
    expect(metadata.size).toBe(6);
    expect(new Set(data.connectorsV2.nodes.map((n) => (n.providerDetail as Json).__typename))).toEqual(
      new Set(['JiraCloudDetail', 'ServiceNowDetail', 'AzureDetail']),
    );
    expect(gw.emulator.calls.count('DescribeActionConnector')).toBe(7);
    // providerDetail comes with the summary (newest model); health needs GetConnectorV2.
    expect(gw.emulator.calls.count('GetConnectorV2')).toBe(4);
  });

  it('de-duplicates a list node and the single-item query of the same resource in one request', async () => {
    const seed = SEED.qbusiness.plugins.basicAuth;
    const { body } = await gw.gql(`{
      plugins(applicationId: "${APP_A}", first: 3) { nodes { pluginId authConfiguration { __typename } } }
      plugin(applicationId: "${seed.applicationId}", pluginId: "${seed.pluginId}") { authConfiguration { __typename } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(gw.emulator.calls.count('GetPlugin')).toBe(3);
  });
});

describe('connectorsV2 filters', () => {
  const ids = async (filter: string) => {
    const seen: unknown[] = [];
    let after: string | null = null;
    do {
      const { body } = await gw.gql<{ connectorsV2: Page }>(
        `{ connectorsV2(filter: ${filter}, first: 7${after ? `, after: "${after}"` : ''}) { nodes { connectorId } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(body.errors).toBeUndefined();
      const result = body.data?.connectorsV2 as Page;
      seen.push(...result.nodes.map((n) => n.connectorId));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
    } while (after);
    return seen;
  };
  const stored = () => gw.emulator.store.securityhub.listConnectorsV2(REGION);
  const providerOf = (c: ReturnType<typeof stored>[number]) => Object.keys(c.ProviderDetail)[0];
  const PROVIDER_KEY = { JIRA_CLOUD: 'JiraCloud', SERVICENOW: 'ServiceNow', AZURE: 'Azure' } as const;

  it.each(Object.entries(PROVIDER_KEY))('providerName: %s', async (providerName, key) => {
    const expected = stored().filter((c) => providerOf(c) === key).map((c) => c.ConnectorId);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(`{ providerName: ${providerName} }`)).toEqual(expected);
  });

  it('connectorStatus and enablementStatus, alone and combined with providerName', async () => {
    const all = stored();
    const degraded = all.filter((c) => c.Health.ConnectorStatus === 'DEGRADED').map((c) => c.ConnectorId);
    expect(degraded.length).toBeGreaterThan(0);
    expect(await ids('{ connectorStatus: DEGRADED }')).toEqual(degraded);
    const enabled = all.filter((c) => c.EnablementStatus === 'ENABLED').map((c) => c.ConnectorId);
    expect(await ids('{ enablementStatus: ENABLED }')).toEqual(enabled);
    const combined = all
      .filter((c) => providerOf(c) === 'Azure' && c.EnablementStatus === 'ENABLED' && c.Health.ConnectorStatus === 'CONNECTED')
      .map((c) => c.ConnectorId);
    expect(await ids('{ providerName: AZURE, connectorStatus: CONNECTED, enablementStatus: ENABLED }')).toEqual(combined);
  });

  it('refuses UNRECOGNIZED in a filter', async () => {
    const { body } = await gw.gql(`{ connectorsV2(filter: { providerName: UNRECOGNIZED }) { nodes { connectorId } } }`);
    expect(body.errors?.[0]?.extensions?.fieldErrors).toEqual([{ path: 'filter.providerName', message: 'UNRECOGNIZED is an output-only value' }]);
  });
});

describe('list errors', () => {
  it('maps ListPlugins for an unknown application to RESOURCE_NOT_FOUND on the list field', async () => {
    const { body } = await gw.gql(`{ plugins(applicationId: "00000000-0000-4000-8000-000000000000") { nodes { pluginId } } }`);
    expect(body.data).toEqual({ plugins: null });
    expect(body.errors?.[0]?.path).toEqual(['plugins']);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RESOURCE_NOT_FOUND', aws: { service: 'qbusiness', operation: 'ListPlugins', httpStatus: 404 } });
  });

  it('maps a throttled ListActionConnectors to THROTTLED', async () => {
    gw.emulator.faults.add('ListActionConnectors', { error: { type: 'ThrottlingException' } });
    const { body } = await gw.gql(`{ actionConnectors(awsAccountId: "${ACCOUNT}") { nodes { arn } } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'THROTTLED', retryable: true, aws: { operation: 'ListActionConnectors', httpStatus: 429 } });
  });
});
