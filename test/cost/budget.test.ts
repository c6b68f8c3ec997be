import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOperationAST, parse, validate } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LIST_PAGE_MAX_CALLS } from '../../src/connection.js';
import { estimateRequest } from '../../src/cost/plugin.js';
import { SEED, OTHER_REGION_SEED, connectorV2Arn } from '../../src/emulator/fixtures/ids.js';
import { createSchema } from '../../src/schema.js';
import { ACTION_CONNECTOR_FIELDS, CONNECTOR_V2_FIELDS, PLUGIN_FIELDS } from '../support/documents.js';
import { startTestGateway, useTestGateway, type TestGateway } from '../support/gateway.js';

const INVENTORY_MAX_ITEMS = 120;
const gw = useTestGateway({ inventoryMaxItems: INVENTORY_MAX_ITEMS });
const schema = createSchema({ logger: pino({ level: 'silent' }), federation: { maxRepresentations: 100, entityConcurrency: 10 } });

const [APP, OTHER_APP] = SEED.qbusiness.applicationIds;
const PLUGIN = SEED.qbusiness.plugins.oAuth2;
const ACCOUNT = SEED.accountId;

function estimateAt(inventoryMaxItems: number, query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document);
  if (operation === null || operation === undefined) throw new Error('no operation');
  return estimateRequest(schema, document, operation, variables, { inventoryMaxItems }).awsCalls;
}

function estimate(query: string, variables?: Record<string, unknown>): number {
  return estimateAt(INVENTORY_MAX_ITEMS, query, variables);
}

/** 20 applications: the two seeded ones and 18 more with 0 to 150 plugins (1,198 in all), as a platform team has. */
const EXTRA_PLUGIN_COUNTS = [0, 1, 49, 50, 51, 99, 100, 101, 130, 5, 75, 120, 20, 60, 88, 150, 33, 66];
const EXTRA_APPS = EXTRA_PLUGIN_COUNTS.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const MANY_APPS = [APP, OTHER_APP, ...EXTRA_APPS];
const MANY_ACCOUNTS = Array.from({ length: 20 }, (_, i) => String(100000000000 + i));

/** Adds the 18 applications to an emulator (cloning a seeded plugin under new ids). */
function seedManyApplications(target: TestGateway): void {
  const store = target.emulator.store.qbusiness;
  const [template] = store.listPlugins(SEED.region, APP);
  if (template === undefined) throw new Error('no seeded plugin');
  EXTRA_APPS.forEach((applicationId, i) => {
    store.putApplication(SEED.region, applicationId);
    for (let n = 0; n < (EXTRA_PLUGIN_COUNTS[i] ?? 0); n++) {
      const pluginId = `${String(i).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
      store.putPlugin(SEED.region, { ...template, applicationId, pluginId, displayName: `bulk-${i}-${n}` });
    }
  });
}

function pluginAliases(count: number, fields = 'pluginId'): string {
  return `{ ${Array.from({ length: count }, (_, i) => `p${i}: plugin(applicationId: "${APP}", pluginId: "${PLUGIN.pluginId}") { ${fields} }`).join(' ')} }`;
}

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const readmeQueries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** Queries of every shape the estimate prices: aliases, pages, detail fields, fragments, variables, entities. */
const generated: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  { name: 'plugin aliases with detail fields', query: pluginAliases(7, 'pluginId arn authKind authConfiguration { __typename }') },
  ...[1, 7, 25, 50].map((first) => ({
    name: `plugins first ${first} with detail fields`,
    query: `query($first: Int) { plugins(applicationId: "${APP}", first: $first) { edges { node { pluginId arn } } nodes { authKind } } }`,
    variables: { first },
  })),
  {
    name: 'plugins through fragments on the interface',
    query: `query { plugins(applicationId: "${APP}", first: 10) { ...Page } }
      fragment Page on PluginConnection { nodes { ...I ...I2 } }
      fragment I on Integration { id name ... on Plugin { customPluginConfiguration { description } } }
      fragment I2 on Integration { authKind }`,
  },
  {
    name: 'action connectors and connectors V2 with details',
    query: `{ actionConnectors(awsAccountId: "${ACCOUNT}", first: 30) { nodes { actionConnectorId description enabledActions } }
      connectorsV2(first: 30) { nodes { connectorId health { connectorStatus } kmsKeyArn } } }`,
  },
  { name: 'every field of every resource', query: `query($a: ID!, $p: ID!, $acc: ID!, $ac: ID!, $c: ID!) {
      plugin(applicationId: $a, pluginId: $p) { ...PluginFields }
      actionConnector(awsAccountId: $acc, actionConnectorId: $ac) { ...ActionConnectorFields }
      connectorV2(connectorId: $c) { ...ConnectorV2Fields } } ${PLUGIN_FIELDS} ${ACTION_CONNECTOR_FIELDS} ${CONNECTOR_V2_FIELDS}`,
    variables: { a: APP, p: PLUGIN.pluginId, acc: ACCOUNT, ac: SEED.quicksight.actionConnectors.basicAuth, c: SEED.securityhub.connectors.azure } },
  {
    name: 'integrations of both applications, an account and the region, with details',
    query: `query($apps: [ID!]) { integrations(applicationIds: $apps, awsAccountIds: ["${ACCOUNT}"], first: 100) {
      nodes { id arn authKind updatedAt provider ... on ConnectorV2 { health { connectorStatus } } } } }`,
    variables: { apps: [APP, OTHER_APP] },
  },
  {
    name: 'integrations twice under aliases',
    query: `{ a: integrations(applicationIds: ["${APP}"]) { nodes { id } } b: integrations(services: [SECURITYHUB], first: 3) { nodes { authKind } } }`,
  },
  {
    name: '_entities in two aliases',
    query: `query($r: [_Any!]!) { a: _entities(representations: $r) { ... on Plugin { authConfiguration { __typename } arn } }
      b: _entities(representations: $r) { ... on ConnectorV2 { health { connectorStatus } } ... on ActionConnector { description } } }`,
    variables: {
      r: [
        { __typename: 'Plugin', applicationId: APP, pluginId: PLUGIN.pluginId },
        { __typename: 'ActionConnector', awsAccountId: ACCOUNT, actionConnectorId: SEED.quicksight.actionConnectors.apiKey },
        { __typename: 'ConnectorV2', connectorArn: connectorV2Arn(OTHER_REGION_SEED.region, OTHER_REGION_SEED.securityhub.connectorId) },
        { __typename: 'ConnectorV2', connectorId: SEED.securityhub.connectors.jiraCloud },
      ],
    },
  },
  {
    name: 'createPlugin with its plugin read back, twice',
    query: `mutation { a: createPlugin(input: { applicationId: "${OTHER_APP}", displayName: "budget-a", type: CUSTOM,
        authConfiguration: { noAuthConfiguration: true },
        customPluginConfiguration: { description: "d", apiSchemaType: OPEN_API_V3, apiSchema: { s3: { bucket: "bucket-a", key: "k" } } } })
        { pluginId plugin { arn authConfiguration { __typename } } }
      b: createPlugin(input: { applicationId: "${OTHER_APP}", displayName: "budget-b", type: JIRA_CLOUD, serverUrl: "https://x.atlassian.net",
        authConfiguration: { noAuthConfiguration: true } }) { pluginId } }`,
  },
];

describe('the per-request AWS budget', () => {
  it('never estimates fewer AWS calls than the README examples and generated queries make', async () => {
    const cases = [...readmeQueries.map((query, i) => ({ name: `README example ${i + 1}`, query, variables: undefined })), ...generated];
    for (const { name, query, variables } of cases) {
      const estimated = estimate(query, variables);
      gw.emulator.calls.reset();
      const { status, body } = await gw.gql(query, variables);
      expect(status, name).toBe(200);
      expect(body.errors, name).toBeUndefined();
      const actual = gw.emulator.calls.count();
      expect(actual, name).toBeGreaterThan(0);
      expect(actual, `${name}: ${actual} calls, estimated ${estimated}`).toBeLessThanOrEqual(estimated);
    }
  });

  it('accepts integrations over 20 applications and makes no more calls than estimated, at a small and the default item bound', async () => {
    const query = `{ integrations(applicationIds: ${JSON.stringify(MANY_APPS)}, first: 100) { nodes { id } sources { awsService scope truncated } } }`;
    const atDefault = await startTestGateway();
    try {
      for (const [target, maxItems] of [[gw, INVENTORY_MAX_ITEMS], [atDefault, 1000]] as const) {
        seedManyApplications(target);
        const estimated = estimateAt(maxItems, query);
        expect(estimated).toBeLessThanOrEqual(200);
        target.emulator.calls.reset();
        const { status, body } = await target.gql<{ integrations: { sources: Array<{ awsService: string; scope: string; truncated: boolean }> } }>(query);
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        const actual = target.emulator.calls.count();
        // Every application is a source, and with 1,198 plugins or more the bound was reached: some lists are cut.
        const plugins = body.data?.integrations.sources.filter((source) => source.awsService === 'QBUSINESS') ?? [];
        expect(plugins.map((source) => source.scope).sort()).toEqual([...MANY_APPS].sort());
        expect(plugins.filter((source) => source.truncated).length).toBeGreaterThan(0);
        expect(actual, `${maxItems} items: ${actual} calls, estimated ${estimated}`).toBeLessThanOrEqual(estimated);
      }
    } finally {
      await atDefault.close();
    }
  });

  it('prices what the schema declares: a page, one Get per node for details, nothing extra for a Get read in full', () => {
    expect(estimate(pluginAliases(3))).toBe(3);
    expect(estimate(pluginAliases(3, 'authConfiguration { __typename } arn authKind'))).toBe(3);
    expect(estimate(`{ plugins(applicationId: "${APP}") { nodes { pluginId } } }`)).toBe(LIST_PAGE_MAX_CALLS);
    expect(estimate(`{ plugins(applicationId: "${APP}") { nodes { arn authKind } } }`)).toBe(LIST_PAGE_MAX_CALLS + 25);
    expect(estimate(`query($n: Int) { plugins(applicationId: "${APP}", first: $n) { edges { node { arn } } } }`, { n: 40 })).toBe(LIST_PAGE_MAX_CALLS + 40);
    // integrations, per service: one first page per list, plus ceil(120 / page size) further pages shared by its lists.
    expect(estimate(`{ integrations(applicationIds: ["${APP}", "${OTHER_APP}"], awsAccountIds: ["${ACCOUNT}"]) { nodes { id } } }`)).toBe(
      2 + 3 + (1 + 2) + (1 + 2),
    );
    expect(estimate(`{ integrations(services: [QBUSINESS], applicationIds: ["${APP}"], first: 10) { nodes { authKind } } }`)).toBe(1 + 3 + 10);
    // 20 applications and 20 accounts at the default bound of 1,000 items: 20 + 20, 20 + 10 and 1 + 10, under 200.
    expect(estimateAt(1000, `{ integrations(applicationIds: ${JSON.stringify(MANY_APPS)}, awsAccountIds: ${JSON.stringify(MANY_ACCOUNTS)}) { nodes { id } } }`)).toBe(
      40 + 30 + 11,
    );
  });

  it('agrees with the SDL: every list field charges LIST_PAGE_MAX_CALLS for a page', () => {
    for (const name of ['plugins', 'actionConnectors', 'connectorsV2']) {
      const field = schema.getQueryType()?.getFields()[name];
      const cost = field?.astNode?.directives?.find((d) => d.name.value === 'cost');
      expect(cost?.arguments?.[0]?.value, name).toMatchObject({ kind: 'IntValue', value: String(LIST_PAGE_MAX_CALLS) });
    }
  });

  it('refuses an operation estimated above the limit with COST_LIMIT_EXCEEDED, HTTP 400 and zero AWS calls', async () => {
    const refusals = [
      { query: pluginAliases(201), estimated: 201 },
      { query: `{ ${Array.from({ length: 1000 }, (_, i) => `i${i}: integrations(applicationIds: ["${APP}"]) { nodes { id } }`).join(' ')} }`, estimated: 1000 * (4 + 3) },
      {
        query: `query($r: [_Any!]!) { ${Array.from({ length: 20 }, (_, i) => `e${i}: _entities(representations: $r) { __typename }`).join(' ')} }`,
        variables: { r: Array.from({ length: 100 }, () => ({ __typename: 'Plugin', applicationId: APP, pluginId: PLUGIN.pluginId })) },
        estimated: 2000,
      },
      { query: `{ plugins(applicationId: "${APP}", first: 50) { nodes { arn } } a: plugins(applicationId: "${APP}", first: 50) { nodes { arn } } x: plugins(applicationId: "${APP}", first: 50) { nodes { arn } } y: plugins(applicationId: "${APP}", first: 50) { nodes { arn } } }`, estimated: 4 * 53 },
    ];
    for (const { query, variables, estimated } of refusals) {
      gw.emulator.calls.reset();
      const { status, body } = await gw.gql(query, variables);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', retryable: false, cost: { estimatedAwsCalls: estimated, limit: 200 } });
      expect(gw.emulator.calls.count()).toBe(0);
    }
    // At the limit it runs.
    const { body } = await gw.gql(pluginAliases(200));
    expect(body.errors).toBeUndefined();
  });

  it('refuses more than 10 mutation fields, counted through fragments, with zero AWS calls', async () => {
    const create = (i: number) => `c${i}: createPlugin(input: { applicationId: "${OTHER_APP}", displayName: "m${i}", type: JIRA_CLOUD, serverUrl: "https://x.atlassian.net", authConfiguration: { noAuthConfiguration: true } }) { pluginId }`;
    const query = `mutation { ...M ${create(99)} } fragment M on Mutation { ${Array.from({ length: 10 }, (_, i) => create(i)).join(' ')} }`;
    const { status, body } = await gw.gql(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', retryable: false, cost: { mutations: 11, limit: 10 } });
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('refuses depth above the bound, counted through fragments', async () => {
    // Introspection's own nesting fits: the standard query is 13 deep.
    expect((await gw.gql(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`)).body.errors).toBeUndefined();
    const nest = (depth: number): string => `${'__schema { types { fields { type { '.repeat(1)}${'ofType { '.repeat(depth - 5)}name${' }'.repeat(depth - 5)} } } } }`;
    const { status, body } = await gw.gql(`{ ...F } fragment F on Query { ${nest(21)} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', retryable: false, cost: { depth: 21, limit: 20 } });
  });

  it('answers hostile documents with a 400, never a 500: long fragment chains, cycles, deep nesting, fan-out', async () => {
    const chain = (n: number, cyclic: boolean): string =>
      `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1}` : cyclic ? '...F0' : '__typename'} }`).join(' ')}`;
    const fanOut = `{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ${i + 1 < 40 ? `...F${i + 1} ...F${i + 1}` : '__typename'} }`).join(' ')}`;
    const documents = [chain(4000, false), chain(4000, true), chain(400, true), `{ ${'__typename a: __schema { types { '.repeat(1)}${'fields { type { '.repeat(20000)}`, `${'{ __schema { types { '.repeat(30000)}`];
    for (const query of [...documents, fanOut]) {
      gw.emulator.calls.reset();
      const { status, body } = await gw.gql(query);
      expect(status, query.slice(0, 60)).toBeLessThan(500);
      if (query !== fanOut) expect(body.errors?.length, query.slice(0, 60)).toBeGreaterThan(0);
      expect(gw.emulator.calls.count()).toBe(0);
    }
    // A refused document stays refused when Apollo's document cache answers the repeat.
    for (let i = 0; i < 2; i++) {
      const { status, body } = await gw.gql(chain(4000, false));
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    }
  });
});
