/**
 * Real composition, with both composers users run: @apollo/composition (rover, GraphOS, Apollo Router) and
 * @theguild/federation-composition (Hive, Hive Gateway), of connector-graph's served SDL plus the fixture subgraphs.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { composeServices as composeApollo } from '@apollo/composition';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { composeServices as composeHive } from '@theguild/federation-composition';
import { graphql, Kind, parse, type DocumentNode } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { subgraphSdl } from '../../src/federation/sdl.js';
import { createSchema } from '../../src/schema.js';
import { loadTypeDefs } from '../../src/typeDefs.js';
import { INVENTORY_TYPE_DEFS, TEAM_TYPE_DEFS } from '../support/fixture-subgraphs.js';

const root = join(import.meta.dirname, '..', '..');
const silent = pino({ level: 'silent' });
const federation = { maxRepresentations: 100, entityConcurrency: 10 };

function services(connectorGraph: DocumentNode) {
  return [
    { name: 'connector-graph', url: 'http://127.0.0.1:4000/graphql', typeDefs: connectorGraph },
    { name: 'team', url: 'http://127.0.0.1:4001/graphql', typeDefs: TEAM_TYPE_DEFS },
    { name: 'inventory', url: 'http://127.0.0.1:4002/graphql', typeDefs: INVENTORY_TYPE_DEFS },
  ];
}

/** Composes with both composers; returns both supergraphs, failing with every composition error. */
function composeBoth(connectorGraph: DocumentNode): { apollo: string; hive: string } {
  const apollo = composeApollo(services(connectorGraph));
  expect(apollo.errors?.map((error) => error.message) ?? []).toEqual([]);
  const hive = composeHive(services(connectorGraph));
  expect(hive.errors?.map((error) => error.message) ?? []).toEqual([]);
  return { apollo: apollo.supergraphSdl ?? '', hive: hive.supergraphSdl ?? '' };
}

/** The `@join__type` keys a supergraph records for an entity in one subgraph. */
function joinKeys(supergraph: string, typeName: string, graph: string): string[] {
  const type = parse(supergraph).definitions.find(
    (node) => node.kind === Kind.OBJECT_TYPE_DEFINITION && node.name.value === typeName,
  );
  if (type === undefined || type.kind !== Kind.OBJECT_TYPE_DEFINITION) return [];
  return (type.directives ?? [])
    .filter((directive) => directive.name.value === 'join__type')
    .filter((directive) => directive.arguments?.some((arg) => arg.name.value === 'graph' && arg.value.kind === Kind.ENUM && arg.value.value === graph))
    .flatMap((directive) => directive.arguments?.filter((arg) => arg.name.value === 'key') ?? [])
    .map((arg) => (arg.value.kind === Kind.STRING ? arg.value.value : ''))
    .sort();
}

describe('composition', () => {
  it('composes with the fixture subgraphs in both composers, each entity keyed by ids and by ARN', async () => {
    const { apollo, hive } = composeBoth(parse(await subgraphSdl()));
    for (const supergraph of [apollo, hive]) {
      expect(joinKeys(supergraph, 'Plugin', 'CONNECTOR_GRAPH')).toEqual(['applicationId pluginId', 'pluginArn']);
      expect(joinKeys(supergraph, 'ActionConnector', 'CONNECTOR_GRAPH')).toEqual(['arn', 'awsAccountId actionConnectorId']);
      expect(joinKeys(supergraph, 'ConnectorV2', 'CONNECTOR_GRAPH')).toEqual(['connectorArn', 'connectorId']);
      expect(joinKeys(supergraph, 'Plugin', 'TEAM')).toEqual(['applicationId pluginId']);
      expect(joinKeys(supergraph, 'Plugin', 'INVENTORY')).toEqual(['pluginArn']);
      // createPlugin's one-of inputs compose in both (Apollo's 2.14 drops the directive; the subgraph enforces it).
      expect(supergraph).toMatch(/input PluginAuthConfigurationInput\b/);
      expect(supergraph).toMatch(/createPlugin\([\s\S]*?input: CreatePluginInput!\s*\): CreatePluginPayload(?!!)/);
      // S3 is a value type both connector-graph and team define.
      expect(supergraph).toMatch(/type S3\s+@join__type\(graph: CONNECTOR_GRAPH\)\s+@join__type\(graph: TEAM\)/);
    }
    expect(hive).toMatch(/input PluginAuthConfigurationInput[^{]*@oneOf/);
    // Hive keeps the team subgraph's one-of input; Apollo's composition (2.14) drops the directive (the subgraph
    // still enforces it).
    expect(hive).toMatch(/input TeamSelector[^{]*@oneOf/);
    expect(apollo).toMatch(/input TeamSelector/);
  });

  it('still composes when connector-graph itself has @oneOf inputs (as createPlugin adds)', async () => {
    const withOneOf = mergeTypeDefs([
      loadTypeDefs(),
      /* GraphQL */ `
        extend type Query {
          "Test only: a Plugin by ids or by ARN."
          pluginBy(by: PluginSelector!): Plugin
        }
        "Exactly one way to name a plugin."
        input PluginSelector @oneOf {
          "The plugin's ARN."
          arn: String
          "The plugin's ids."
          ids: PluginIds
        }
        "Identifiers of a plugin."
        input PluginIds {
          "Application identifier."
          applicationId: ID!
          "Plugin identifier."
          pluginId: ID!
        }
      `,
    ]);
    const schema = createSchema({ logger: silent, federation, typeDefs: withOneOf });
    const sdl = await subgraphSdl(schema);
    expect(sdl).toMatch(/directive @oneOf on INPUT_OBJECT/);
    expect(sdl).toMatch(/input PluginSelector\s+@oneOf/);
    const { hive } = composeBoth(parse(sdl));
    expect(hive).toMatch(/input PluginSelector[^{]*@oneOf/);
    // graphql-js still enforces one-of on the subgraph.
    const both = await graphql({
      schema,
      source: `{ pluginBy(by: { arn: "a", ids: { applicationId: "x", pluginId: "y" } }) { pluginId } }`,
      contextValue: {},
    });
    expect(both.errors?.[0]?.message).toMatch(/must specify exactly one key/);
  });

  it('is what `npm run sdl` prints', async () => {
    const { stdout } = await promisify(execFile)(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/print-sdl.ts'], { cwd: root });
    expect(stdout).toBe(`${await subgraphSdl()}\n`);
    expect(stdout).toMatch(/extend schema\s+@link\(url: "https:\/\/specs.apollo.dev\/link\/v1.0"\)\s+@link\(url: "https:\/\/specs.apollo.dev\/federation\/v2.3", import: \["@key", "@shareable"\]\)/);
    expect(stdout).toMatch(/type Plugin\s+implements Integration\s+@key\(fields: "applicationId pluginId"\)\s+@key\(fields: "pluginArn"\)/);
  });
});
