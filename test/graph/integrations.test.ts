import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { startTestGateway, useTestGateway, type TestGateway } from '../support/gateway.js';

type Json = Record<string, unknown>;
interface IntegrationsPage {
  edges: Array<{ cursor: string; node: Json }>;
  nodes: Json[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  sources: Array<{ awsService: string; scope: string; ok: boolean; errorCode: string | null; truncated: boolean }>;
}

const REGION = SEED.region;
const [APP_A, APP_B] = SEED.qbusiness.applicationIds;
const ACCOUNT = SEED.accountId;
const SCOPE = `applicationIds: ["${APP_A}", "${APP_B}"], awsAccountIds: ["${ACCOUNT}"]`;
const NODE = `__typename id name awsService provider authKind normalizedStatus createdAt arn`;

const gw = useTestGateway();

async function all(target: TestGateway, args: string, first = 100): Promise<{ nodes: Json[]; pages: IntegrationsPage[]; errors: unknown[] }> {
  const pages: IntegrationsPage[] = [];
  const errors: unknown[] = [];
  let after: string | null = null;
  do {
    const query: string = `{ integrations(${args}, first: ${first}${after ? `, after: "${after}"` : ''}) {
      edges { cursor node { ${NODE} } } nodes { id } pageInfo { hasNextPage endCursor }
      sources { awsService scope ok errorCode truncated }
    } }`;
    const { body } = await target.gql<{ integrations: IntegrationsPage }>(query);
    errors.push(...(body.errors ?? []));
    const page = body.data?.integrations as IntegrationsPage;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && pages.length < 100);
  return { nodes: pages.flatMap((p) => p.edges.map((e) => e.node)), pages, errors };
}

/** What the emulator holds, as [service, id] pairs, independent of the gateway's code. */
function stored(target: TestGateway) {
  const { qbusiness, quicksight, securityhub } = target.emulator.store;
  return {
    plugins: [...qbusiness.listPlugins(REGION, APP_A), ...qbusiness.listPlugins(REGION, APP_B)],
    actionConnectors: quicksight.listActionConnectors(REGION, ACCOUNT),
    connectors: securityhub.listConnectorsV2(REGION),
  };
}

describe('integrations', () => {
  it('lists every integration of the three services exactly once, ordered by service, name, id', async () => {
    const { plugins, actionConnectors, connectors } = stored(gw);
    for (const size of [100, 7]) {
      const { nodes, errors, pages } = await all(gw, SCOPE, size);
      expect(errors).toEqual([]);
      expect(nodes).toHaveLength(plugins.length + actionConnectors.length + connectors.length);
      expect(new Set(nodes.map((n) => `${String(n.awsService)}:${String(n.id)}`)).size).toBe(nodes.length);
      const ids = (service: string) => nodes.filter((n) => n.awsService === service).map((n) => n.id).sort();
      expect(ids('QBUSINESS')).toEqual(plugins.map((p) => p.pluginId).sort());
      expect(ids('QUICKSIGHT')).toEqual(actionConnectors.map((c) => c.ActionConnectorId).sort());
      expect(ids('SECURITYHUB')).toEqual(connectors.map((c) => c.ConnectorId).sort());
      const order = nodes.map((n) => `${['QBUSINESS', 'QUICKSIGHT', 'SECURITYHUB'].indexOf(String(n.awsService))}:${String(n.name ?? '').toLowerCase()}`);
      expect(order).toEqual([...order].sort());
      expect(pages[0]?.sources).toEqual([
        { awsService: 'QBUSINESS', scope: APP_A, ok: true, errorCode: null, truncated: false },
        { awsService: 'QBUSINESS', scope: APP_B, ok: true, errorCode: null, truncated: false },
        { awsService: 'QUICKSIGHT', scope: ACCOUNT, ok: true, errorCode: null, truncated: false },
        { awsService: 'SECURITYHUB', scope: REGION, ok: true, errorCode: null, truncated: false },
      ]);
    }
  });

  it('reads the lists concurrently: one ListPlugins per 50 plugins, one call for each other list', async () => {
    gw.emulator.calls.reset();
    await gw.gql(`{ integrations(${SCOPE}, first: 5) { nodes { id name provider normalizedStatus } } }`);
    const { plugins } = stored(gw);
    const pluginPages = [APP_A, APP_B].reduce((sum, app) => sum + Math.ceil(plugins.filter((p) => p.applicationId === app).length / 50), 0);
    expect(gw.emulator.calls.count('ListPlugins')).toBe(pluginPages);
    expect(gw.emulator.calls.count('ListActionConnectors')).toBe(1);
    expect(gw.emulator.calls.count('ListConnectorsV2')).toBe(1);
    expect(gw.emulator.calls.count()).toBe(pluginPages + 2);
  });

  it.each([
    ['JIRA', ['JIRA', 'JIRA_CLOUD'], ['JIRA_CLOUD'], ['JiraCloud']],
    ['SERVICENOW', ['SERVICE_NOW', 'SERVICENOW_NOW_PLATFORM'], ['SERVICENOW_NOW_PLATFORM'], ['ServiceNow']],
    ['SALESFORCE', ['SALESFORCE', 'SALESFORCE_CRM'], ['SALESFORCE_CRM'], []],
    ['AZURE', [], [], ['Azure']],
    ['CUSTOM', ['CUSTOM'], ['GENERIC_HTTP'], []],
    ['SAP', [], ['SAP_BUSINESSPARTNER', 'SAP_PRODUCTMASTERDATA', 'SAP_PHYSICALINVENTORY', 'SAP_BILLOFMATERIALS', 'SAP_MATERIALSTOCK'], []],
  ])('provider: %s, across the services', async (provider, pluginTypes, connectorTypes, detailKeys) => {
    const { plugins, actionConnectors, connectors } = stored(gw);
    const expected = [
      ...plugins.filter((p) => pluginTypes.includes(p.type)).map((p) => `QBUSINESS:${p.pluginId}`),
      ...actionConnectors.filter((c) => connectorTypes.includes(c.Type)).map((c) => `QUICKSIGHT:${c.ActionConnectorId}`),
      ...connectors.filter((c) => detailKeys.includes(Object.keys(c.ProviderDetail)[0] ?? '')).map((c) => `SECURITYHUB:${c.ConnectorId}`),
    ];
    expect(expected.length).toBeGreaterThan(0);
    const { nodes, errors } = await all(gw, `${SCOPE}, provider: ${provider}`, 10);
    expect(errors).toEqual([]);
    expect(nodes.map((n) => `${String(n.awsService)}:${String(n.id)}`).sort()).toEqual(expected.sort());
    expect(nodes.every((n) => n.provider === provider)).toBe(true);
  });

  it('asks Security Hub to filter, and skips it for a provider it has no connectors for', async () => {
    gw.emulator.calls.reset();
    await gw.gql(`{ integrations(provider: AZURE) { nodes { id } } }`);
    expect(gw.emulator.calls.list().map((c) => [c.operation, c.params.ProviderName])).toEqual([['ListConnectorsV2', 'AZURE']]);
    gw.emulator.calls.reset();
    const { body } = await gw.gql<{ integrations: IntegrationsPage }>(`{ integrations(provider: SLACK) { nodes { id } sources { awsService } } }`);
    expect(body.data?.integrations).toEqual({ nodes: [], sources: [] });
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('filters by services, applicationIds and awsAccountIds', async () => {
    const { plugins } = stored(gw);
    const onlyB = await all(gw, `applicationIds: ["${APP_B}"], awsAccountIds: ["${ACCOUNT}"], services: [QBUSINESS]`);
    expect(onlyB.nodes.map((n) => n.id).sort()).toEqual(plugins.filter((p) => p.applicationId === APP_B).map((p) => p.pluginId).sort());
    const noScopes = await all(gw, `services: [QBUSINESS, QUICKSIGHT]`);
    expect(noScopes.nodes).toEqual([]);
    const quickSight = await all(gw, `awsAccountIds: ["${ACCOUNT}"], services: [QUICKSIGHT, SECURITYHUB]`);
    expect(new Set(quickSight.nodes.map((n) => n.awsService))).toEqual(new Set(['QUICKSIGHT', 'SECURITYHUB']));
  });

  it('keeps answering when one service fails: its error on the field, the rest of the data, and its source marked', async () => {
    gw.emulator.faults.add('ListActionConnectors', { error: { type: 'AccessDeniedException' } });
    const { plugins, connectors } = stored(gw);
    const { status, body } = await gw.gql<{ integrations: IntegrationsPage }>(`{ integrations(${SCOPE}, first: 100) {
      nodes { id awsService } sources { awsService scope ok errorCode truncated } pageInfo { hasNextPage }
    } }`);
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors ?? [];
    expect(error?.path).toEqual(['integrations']);
    const call = gw.emulator.calls.list().find((c) => c.operation === 'ListActionConnectors');
    expect(error?.extensions).toEqual({
      code: 'ACCESS_DENIED',
      retryable: false,
      aws: { service: 'quicksight', operation: 'ListActionConnectors', errorType: 'AccessDeniedException', httpStatus: 401, requestId: call?.requestId, region: REGION },
    });
    expect((error as { locations?: unknown }).locations).toEqual([{ line: 1, column: 3 }]);
    const page = body.data?.integrations as IntegrationsPage;
    expect(page.sources.find((s) => s.awsService === 'QUICKSIGHT')).toEqual({ awsService: 'QUICKSIGHT', scope: ACCOUNT, ok: false, errorCode: 'ACCESS_DENIED', truncated: false });
    expect(page.nodes.some((n) => n.awsService === 'QUICKSIGHT')).toBe(false);
    expect(page.nodes.filter((n) => n.awsService === 'SECURITYHUB')).toHaveLength(Math.max(0, Math.min(connectors.length, 100 - plugins.length)));
  });

  it('pages stably: an item added before the cursor shifts nothing after it', async () => {
    const first = await gw.gql<{ integrations: IntegrationsPage }>(`{ integrations(${SCOPE}, services: [QBUSINESS], first: 10) { nodes { id name } pageInfo { endCursor } } }`);
    const page1 = first.body.data?.integrations as IntegrationsPage;
    const template = gw.emulator.store.qbusiness.listPlugins(REGION, APP_A)[0];
    if (template === undefined) throw new Error('seed missing');
    gw.emulator.store.qbusiness.putPlugin(REGION, { ...template, pluginId: '00000000-aaaa-4aaa-8aaa-000000000000', displayName: '0000-first-by-name' });
    const second = await gw.gql<{ integrations: IntegrationsPage }>(
      `{ integrations(${SCOPE}, services: [QBUSINESS], first: 10, after: "${page1.pageInfo.endCursor}") { nodes { id name } } }`,
    );
    const all10 = await gw.gql<{ integrations: IntegrationsPage }>(`{ integrations(${SCOPE}, services: [QBUSINESS], first: 21) { nodes { id } } }`);
    const now = (all10.body.data?.integrations as IntegrationsPage).nodes.map((n) => n.id);
    expect(now[0]).toBe('00000000-aaaa-4aaa-8aaa-000000000000');
    // Page 2 is what followed page 1's last item, not shifted by the insertion before it.
    expect((second.body.data?.integrations as IntegrationsPage).nodes.map((n) => n.id)).toEqual(now.slice(11, 21));
    gw.emulator.store.qbusiness.deletePlugin(REGION, APP_A, '00000000-aaaa-4aaa-8aaa-000000000000');
  });

  it('normalizes the seeded showcase resources', async () => {
    const { nodes } = await all(gw, SCOPE);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const p = SEED.qbusiness.plugins;
    const q = SEED.quicksight.actionConnectors;
    const s = SEED.securityhub.connectors;
    const expectations: Array<[string, Json]> = [
      [p.basicAuth.pluginId, { awsService: 'QBUSINESS', provider: 'SERVICENOW', authKind: 'BASIC', normalizedStatus: 'ACTIVE' }],
      [p.oAuth2.pluginId, { provider: 'JIRA', authKind: 'OAUTH2_CLIENT_CREDENTIALS', normalizedStatus: 'PENDING' }],
      [p.noAuth.pluginId, { provider: 'ASANA', authKind: 'NONE', normalizedStatus: 'PENDING' }],
      [p.idcAuth.pluginId, { provider: 'AMAZON_QUICKSIGHT', authKind: 'IAM_IDENTITY_CENTER', normalizedStatus: 'ACTIVE' }],
      [p.customS3Schema.pluginId, { provider: 'CUSTOM', normalizedStatus: 'FAILED' }],
      [p.disabled.pluginId, { provider: 'SALESFORCE', normalizedStatus: 'DISABLED' }],
      [q.authorizationCodeGrant, { awsService: 'QUICKSIGHT', provider: 'JIRA', authKind: 'OAUTH2_AUTHORIZATION_CODE' }],
      [q.apiKey, { provider: 'ZENDESK', authKind: 'API_KEY' }],
      [q.iam, { provider: 'AMAZON_BEDROCK', authKind: 'IAM' }],
      [q.failed, { normalizedStatus: 'FAILED' }],
      [s.jiraCloud, { awsService: 'SECURITYHUB', provider: 'JIRA', authKind: 'OAUTH2_AUTHORIZATION_CODE' }],
      [s.serviceNow, { provider: 'SERVICENOW', authKind: 'SECRETS_MANAGER_SECRET' }],
      [s.azure, { provider: 'AZURE', authKind: 'IAM' }],
      [s.degraded, { provider: 'AZURE', normalizedStatus: 'DEGRADED' }],
    ];
    for (const [id, fields] of expectations) expect(byId.get(id), id).toMatchObject(fields);
  });

  it('returns the type-specific fields and unions through fragments', async () => {
    const { body } = await gw.gql(`{ integrations(${SCOPE}, provider: JIRA, first: 100) { nodes {
      __typename id
      ... on Plugin { authConfiguration { __typename } }
      ... on ActionConnector { authenticationConfig { authenticationMetadata { __typename } } }
      ... on ConnectorV2 { providerDetail { __typename ... on JiraCloudDetail { domain } } }
    } } }`);
    expect(body.errors).toBeUndefined();
    const nodes = (body.data?.integrations as IntegrationsPage).nodes;
    expect(new Set(nodes.map((n) => n.__typename))).toEqual(new Set(['Plugin', 'ActionConnector', 'ConnectorV2']));
    for (const node of nodes.filter((n) => n.__typename === 'ConnectorV2')) {
      expect(node.providerDetail).toMatchObject({ __typename: 'JiraCloudDetail' });
    }
  });

  it("reads at most CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS per service, all its lists together, and marks the lists it cut as truncated", async () => {
    const bounded = await startTestGateway({ inventoryMaxItems: 10 });
    try {
      const { body } = await bounded.gql<{ integrations: IntegrationsPage }>(
        `{ integrations(${SCOPE}, first: 100) { nodes { id awsService } sources { awsService truncated } } }`,
      );
      const page = body.data?.integrations as IntegrationsPage;
      // Each of the four lists holds more than 10 items: 10 per service, the two applications' lists sharing theirs.
      for (const service of ['QBUSINESS', 'QUICKSIGHT', 'SECURITYHUB']) expect(page.nodes.filter((n) => n.awsService === service), service).toHaveLength(10);
      expect(page.sources).toHaveLength(4);
      expect(page.sources.every((s) => s.truncated)).toBe(true);
      // The scan's bound for Q Business: the two applications' first pages and ceil(10 / 50) = 1 further page.
      expect(bounded.emulator.calls.count('ListPlugins')).toBeLessThanOrEqual(2 + 1);
    } finally {
      await bounded.close();
    }
  });

  it('refuses bad arguments before any AWS call', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `"${String(i).padStart(12, '0')}"`).join(', ');
    const { body } = await gw.gql(`{ integrations(provider: UNRECOGNIZED, awsAccountIds: [${many}], applicationIds: [""]) { nodes { id } } }`);
    expect(body.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { path: 'provider', message: 'UNRECOGNIZED is an output-only value' },
      { path: 'applicationIds[0]', message: 'must be exactly 36 characters long (got 0)' },
      { path: 'awsAccountIds', message: 'may name at most 20 (got 21)' },
    ]);
    expect(gw.emulator.calls.count()).toBe(0);
  });
});
