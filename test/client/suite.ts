import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { useTestGateway, type TestGateway } from '../support/gateway.js';
import { README_OPERATIONS, withoutTypename, type ClientDriver } from './drivers.js';

const REGION = 'us-east-1';

/** Without `__typename` (both clients add it) and with cursors replaced by their type: a cursor is signed anew per answer. */
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(withoutTypename(value)), (key, inner: unknown) =>
    ['cursor', 'startCursor', 'endCursor'].includes(key) && typeof inner === 'string' ? 'a cursor' : inner,
  );
}
const [APP_A, APP_B] = SEED.qbusiness.applicationIds;
const ACCOUNT = SEED.accountId;
const OAUTH2 = SEED.qbusiness.plugins.oAuth2;

type Node = Record<string, unknown>;
interface Page {
  edges: Array<{ cursor: string; node: Node }>;
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface ListCase {
  field: string;
  document: string;
  variables: Record<string, unknown>;
  /** The emulator's items, as the key the node carries, in the order the list promises. */
  expected: (gw: TestGateway) => string[];
  key: (node: Node) => string;
}

const INTEGRATION_NODE = `__typename id name awsService
  ... on Plugin { applicationId pluginId }
  ... on ActionConnector { awsAccountId actionConnectorId }
  ... on ConnectorV2 { connectorId }`;

function integrationKey(node: Node): string {
  if (node.__typename === 'Plugin') return `Plugin:${String(node.applicationId)}/${String(node.pluginId)}`;
  if (node.__typename === 'ActionConnector') return `ActionConnector:${String(node.awsAccountId)}/${String(node.actionConnectorId)}`;
  return `ConnectorV2:${String(node.connectorId)}`;
}

/** A list query paging `first` at a time, selecting the same node fields in `edges` and `nodes`. */
function pagedList(field: string, parameters: Record<string, string>, first: number, nodeFields: string): string {
  const declared = Object.entries(parameters).map(([name, type]) => `$${name}: ${type}`);
  const passed = Object.keys(parameters).map((name) => `${name}: $${name}`);
  return `query Pages(${[...declared, '$after: String'].join(', ')}) {
    ${field}(${[...passed, `first: ${first}`, 'after: $after'].join(', ')}) {
      edges { cursor node { ${nodeFields} } }
      nodes { ${nodeFields} }
      pageInfo { hasNextPage endCursor }
    }
  }`;
}

const LISTS: ListCase[] = [
  {
    field: 'plugins',
    document: pagedList('plugins', { applicationId: 'ID!' }, 20, 'applicationId pluginId displayName'),
    variables: { applicationId: APP_A },
    expected: (gw) => gw.emulator.store.qbusiness.listPlugins(REGION, APP_A ?? '').map((plugin) => plugin.pluginId),
    key: (node) => String(node.pluginId),
  },
  {
    field: 'actionConnectors',
    document: pagedList('actionConnectors', { awsAccountId: 'ID!' }, 25, 'awsAccountId actionConnectorId name'),
    variables: { awsAccountId: ACCOUNT },
    expected: (gw) => gw.emulator.store.quicksight.listActionConnectors(REGION, ACCOUNT).map((connector) => connector.ActionConnectorId),
    key: (node) => String(node.actionConnectorId),
  },
  {
    field: 'connectorsV2',
    document: pagedList('connectorsV2', {}, 10, 'connectorId name'),
    variables: {},
    expected: (gw) => gw.emulator.store.securityhub.listConnectorsV2(REGION).map((connector) => connector.ConnectorId),
    key: (node) => String(node.connectorId),
  },
  {
    field: 'integrations',
    document: `query IntegrationPages($applicationIds: [ID!], $awsAccountIds: [ID!], $after: String) {
      integrations(applicationIds: $applicationIds, awsAccountIds: $awsAccountIds, first: 100, after: $after) {
        edges { cursor node { ${INTEGRATION_NODE} } }
        nodes { ${INTEGRATION_NODE} }
        sources { awsService scope ok }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: { applicationIds: [APP_A, APP_B], awsAccountIds: [ACCOUNT] },
    expected: (gw) => {
      const { qbusiness, quicksight, securityhub } = gw.emulator.store;
      const entries: Array<[number, string, string, string]> = [
        ...[APP_A, APP_B].flatMap((app) =>
          qbusiness.listPlugins(REGION, app ?? '').map((p): [number, string, string, string] => [0, p.displayName.toLowerCase(), p.pluginId, `Plugin:${p.applicationId}/${p.pluginId}`]),
        ),
        ...quicksight
          .listActionConnectors(REGION, ACCOUNT)
          .map((c): [number, string, string, string] => [1, c.Name.toLowerCase(), c.ActionConnectorId, `ActionConnector:${ACCOUNT}/${c.ActionConnectorId}`]),
        ...securityhub.listConnectorsV2(REGION).map((c): [number, string, string, string] => [2, c.Name.toLowerCase(), c.ConnectorId, `ConnectorV2:${c.ConnectorId}`]),
      ];
      const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
      entries.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]) || compare(a[2], b[2]));
      return entries.map((entry) => entry[3]);
    },
    key: integrationKey,
  },
];

const FRAGMENTS = `query Fragments($applicationId: ID!, $pluginId: ID!, $connectorId: ID!) {
  plugin(applicationId: $applicationId, pluginId: $pluginId) {
    applicationId pluginId
    ...IntegrationFields
    authConfiguration {
      __typename
      ... on OAuth2ClientCredentialConfiguration { roleArn tokenUrl }
      ... on BasicAuthConfiguration { roleArn }
      ... on UnknownUnionMember { memberName }
    }
  }
  connectorV2(connectorId: $connectorId) {
    connectorId
    ...IntegrationFields
    providerDetail { __typename ... on AzureDetail { azureRegions } ... on JiraCloudDetail { domain } }
  }
}
fragment IntegrationFields on Integration { name provider authKind normalizedStatus }`;

/** The same data, asked for with other fragment shapes: answered from the cache alone. */
const FRAGMENTS_READ_BACK = `query FragmentsReadBack($applicationId: ID!, $pluginId: ID!, $connectorId: ID!) {
  plugin(applicationId: $applicationId, pluginId: $pluginId) {
    applicationId pluginId
    ... on Integration { name provider }
    authConfiguration { __typename ... on OAuth2ClientCredentialConfiguration { tokenUrl } }
  }
  connectorV2(connectorId: $connectorId) {
    connectorId
    ... on Integration { normalizedStatus }
    providerDetail { __typename ... on AzureDetail { azureRegions } }
  }
}`;

/**
 * Registers the scenarios every supported client must pass, against its own gateway and emulator. `connect`
 * builds the client from the README's snippet.
 */
export function defineClientSuite(connect: (url: string) => Promise<ClientDriver>): { gw: TestGateway } {
  const gw = useTestGateway();
  const printed: string[] = [];
  let driver: ClientDriver;

  beforeAll(async () => {
    // Both clients print their warnings through console; the kit's promise is that they print none.
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(`console.${method}: ${args.map(String).join(' ')}`);
      });
    }
    driver = await connect(gw.url);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  describe('every README example', () => {
    it('answers each example query exactly as the server does, without errors', async () => {
      const queries = README_OPERATIONS.filter((operation) => operation.trimStart().startsWith('query'));
      expect(queries.length).toBeGreaterThanOrEqual(4);
      for (const query of queries) {
        const direct = await gw.gql(query);
        expect(direct.body.errors).toBeUndefined();
        const viaClient = await driver.query(query);
        expect(viaClient.errors, query).toEqual([]);
        expect(comparable(viaClient.data), query).toEqual(comparable(direct.body.data));
      }
    });

    it('runs each example mutation and returns the new plugin', async () => {
      const mutations = README_OPERATIONS.filter((operation) => operation.trimStart().startsWith('mutation'));
      expect(mutations.length).toBeGreaterThanOrEqual(1);
      for (const mutation of mutations) {
        const result = await driver.mutate<{ createPlugin: { pluginId: string; plugin: { displayName: string } } | null }>(mutation);
        expect(result.errors).toEqual([]);
        const created = result.data?.createPlugin;
        expect(created?.pluginId).toMatch(/^[0-9a-f-]{36}$/);
        const stored = gw.emulator.store.qbusiness.listPlugins(REGION, APP_B ?? '').find((plugin) => plugin.pluginId === created?.pluginId);
        expect(created?.plugin.displayName).toBe(stored?.displayName);
      }
    });

    it('answers a repeated example from the cache: no AWS call', async () => {
      for (const query of README_OPERATIONS.filter((operation) => operation.trimStart().startsWith('query'))) {
        const first = await driver.query(query, undefined, 'cache-first');
        gw.emulator.calls.reset();
        const again = await driver.query(query, undefined, 'cache-first');
        expect(gw.emulator.calls.list(), query).toEqual([]);
        expect(again.data).toEqual(first.data);
      }
    });
  });

  describe('paging to the end', () => {
    for (const list of LISTS) {
      it(`${list.field}: the cached list holds every item of the emulator once, in order, in nodes and edges`, async () => {
        // A list view's cache: a new client, paging one list from its first page.
        const driver = await connect(gw.url);
        let after: string | null = null;
        let pages = 0;
        do {
          const result: { data: Record<string, Page> | undefined; errors: unknown[] } = await driver.query<Record<string, Page>>(list.document, { ...list.variables, after });
          expect(result.errors).toEqual([]);
          const page = result.data?.[list.field];
          pages += 1;
          after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
          expect(pages).toBeLessThan(20);
        } while (after !== null);
        expect(pages).toBeGreaterThan(1);

        const cached = driver.readCache<Record<string, Page>>(list.document, { ...list.variables, after: null })?.[list.field];
        const expected = list.expected(gw);
        expect(expected.length).toBeGreaterThan(30);
        expect(cached?.nodes.map(list.key)).toEqual(expected);
        expect(cached?.edges.map((edge) => list.key(edge.node))).toEqual(expected);
        expect(cached?.pageInfo.hasNextPage).toBe(false);
        // Paging from the cache again makes no AWS call.
        gw.emulator.calls.reset();
        await driver.query(list.document, list.variables, 'cache-first');
        expect(gw.emulator.calls.list()).toEqual([]);
      });
    }
  });

  describe('the normalized cache', () => {
    const variables = { applicationId: OAUTH2.applicationId, pluginId: OAUTH2.pluginId, connectorId: SEED.securityhub.connectors.azure };

    it('reads union and interface fragments back from the cache', async () => {
      const fetched = await driver.query<{ plugin: Node; connectorV2: Node }>(FRAGMENTS, variables);
      expect(fetched.errors).toEqual([]);
      expect(fetched.data?.plugin.authConfiguration).toMatchObject({ __typename: 'OAuth2ClientCredentialConfiguration', tokenUrl: expect.any(String) });
      expect(fetched.data?.plugin.provider).toEqual(expect.any(String));
      expect(fetched.data?.connectorV2.providerDetail).toMatchObject({ __typename: 'AzureDetail', azureRegions: expect.any(Array) });
      expect(driver.readCache(FRAGMENTS, variables)).toEqual(fetched.data);

      gw.emulator.calls.reset();
      const readBack = await driver.query<{ plugin: Node; connectorV2: Node }>(FRAGMENTS_READ_BACK, variables, 'cache-only');
      expect(gw.emulator.calls.list()).toEqual([]);
      const plugin = fetched.data?.plugin ?? {};
      const connector = fetched.data?.connectorV2 ?? {};
      expect(withoutTypename(readBack.data)).toEqual({
        plugin: {
          applicationId: plugin.applicationId,
          pluginId: plugin.pluginId,
          name: plugin.name,
          provider: plugin.provider,
          authConfiguration: { tokenUrl: (plugin.authConfiguration as Node).tokenUrl },
        },
        connectorV2: {
          connectorId: connector.connectorId,
          normalizedStatus: connector.normalizedStatus,
          providerDetail: { azureRegions: (connector.providerDetail as Node).azureRegions },
        },
      });
    });

    it('hands over a failing field with its error extensions next to the data that arrived', async () => {
      // A new client: urql's relayPagination would show this list merged with the pages cached before.
      const driver = await connect(gw.url);
      const result = await driver.query<{ plugins: Page | null; connectorsV2: Page | null }>(`query Partial {
        plugins(applicationId: "00000000-0000-4000-8000-000000000000") { nodes { applicationId pluginId } }
        connectorsV2(first: 3) { nodes { connectorId name } }
      }`);
      expect(result.data?.plugins).toBeNull();
      expect(result.data?.connectorsV2?.nodes).toHaveLength(3);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.path).toEqual(['plugins']);
      expect(result.errors[0]?.extensions).toMatchObject({
        code: 'RESOURCE_NOT_FOUND',
        retryable: false,
        aws: { service: 'qbusiness', operation: 'ListPlugins', errorType: 'ResourceNotFoundException', httpStatus: 404, region: REGION },
      });
    });
  });

  it('printed no warning or error on the console (runs last)', () => {
    expect(printed).toEqual([]);
  });

  return { gw };
}
