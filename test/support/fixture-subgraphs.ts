/**
 * Fixture subgraphs: what a user's own subgraphs look like next to connector-graph in one supergraph.
 *
 * - `team` references the three entities by their id keys (`ownedPlugins: [Plugin]`, ...), shares the value types
 *   `S3` and `DateTime`, and takes a `@oneOf` input (declared with `directive @oneOf on INPUT_OBJECT`, as
 *   @apollo/subgraph 2.14 needs).
 * - `inventory` holds ARNs, as most AWS-facing subgraphs do, and references the three entities by their ARN keys.
 *
 * Two subgraphs because one subgraph can declare only one stub of each entity type, and a stub's key decides which
 * key the router sends.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import type { Emulator } from '../../src/emulator/index.js';
import { OTHER_REGION_SEED, SEED, actionConnectorArn, connectorV2Arn, pluginArn } from '../../src/emulator/fixtures/index.js';

export interface PluginRef {
  applicationId: string;
  pluginId: string;
}
export interface ActionConnectorRef {
  awsAccountId: string;
  actionConnectorId: string;
}
export interface ConnectorV2Ref {
  connectorId: string;
}

export interface Team {
  id: string;
  name: string;
  ownedPlugins: PluginRef[];
  actionConnectors: ActionConnectorRef[];
  securityConnectors: ConnectorV2Ref[];
}

/** One AWS resource the inventory knows by ARN; the reference stubs carry only the ARN. */
export interface InventoryItem {
  arn: string;
  plugin: { pluginArn: string } | null;
  actionConnector: { arn: string } | null;
  connectorV2: { connectorArn: string } | null;
}

export interface FixtureData {
  teams: Team[];
  inventory: InventoryItem[];
}

export const TEAM_TYPE_DEFS: DocumentNode = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

  directive @oneOf on INPUT_OBJECT

  scalar DateTime

  type Query {
    teams: [Team!]!
    team(by: TeamSelector!): Team
  }

  "Exactly one way to pick a team."
  input TeamSelector @oneOf {
    id: ID
    name: String
  }

  type Team @key(fields: "id") {
    id: ID!
    name: String!
    createdAt: DateTime
    runbook: S3
    ownedPlugins: [Plugin]
    actionConnectors: [ActionConnector]
    securityConnectors: [ConnectorV2]
  }

  type S3 @shareable {
    bucket: String!
    key: String!
  }

  type Plugin @key(fields: "applicationId pluginId", resolvable: false) {
    applicationId: ID!
    pluginId: ID!
  }

  type ActionConnector @key(fields: "awsAccountId actionConnectorId", resolvable: false) {
    awsAccountId: ID!
    actionConnectorId: ID!
  }

  type ConnectorV2 @key(fields: "connectorId", resolvable: false) {
    connectorId: ID!
  }
`);

export const INVENTORY_TYPE_DEFS: DocumentNode = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    inventory: [InventoryItem!]!
  }

  type InventoryItem {
    arn: String!
    plugin: Plugin
    actionConnector: ActionConnector
    connectorV2: ConnectorV2
  }

  type Plugin @key(fields: "pluginArn", resolvable: false) {
    pluginArn: String
  }

  type ActionConnector @key(fields: "arn", resolvable: false) {
    arn: String!
  }

  type ConnectorV2 @key(fields: "connectorArn", resolvable: false) {
    connectorArn: String
  }
`);

function teamResolvers(data: FixtureData) {
  return {
    Query: {
      teams: () => data.teams,
      team: (_source: unknown, { by }: { by: { id?: string | null; name?: string | null } }) =>
        data.teams.find((team) => (by.id != null ? team.id === by.id : team.name === by.name)) ?? null,
    },
    Team: {
      __resolveReference: (reference: { id?: unknown }) => {
        const team = data.teams.find((candidate) => candidate.id === reference.id);
        if (team === undefined) throw new GraphQLError(`no team ${String(reference.id)}`);
        return team;
      },
      createdAt: () => '2026-01-15T09:00:00.000Z',
      runbook: (team: Team) => ({ bucket: 'runbooks', key: `${team.id}.md` }),
    },
  };
}

function inventoryResolvers(data: FixtureData) {
  return { Query: { inventory: () => data.inventory } };
}

export const fixtureSubgraphs = (data: FixtureData) => ({
  team: { typeDefs: TEAM_TYPE_DEFS, resolvers: teamResolvers(data) },
  inventory: { typeDefs: INVENTORY_TYPE_DEFS, resolvers: inventoryResolvers(data) },
});

export interface RunningSubgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
  stop(): Promise<void>;
}

/** Serves one fixture subgraph with Apollo Server on 127.0.0.1, on a free port. */
export async function startFixtureSubgraph(
  name: string,
  module: { typeDefs: DocumentNode; resolvers: ReturnType<typeof teamResolvers> | ReturnType<typeof inventoryResolvers> },
): Promise<RunningSubgraph> {
  const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  const server = new ApolloServer({ schema: buildSubgraphSchema([module]), stopOnTerminationSignals: false, logger: quiet });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { name, url, typeDefs: module.typeDefs, stop: () => server.stop() };
}

/** The ten us-east-1 plugins the teams own (application A's first ten), in store order. */
export function tenPlugins(emulator: Emulator): PluginRef[] {
  const [applicationId] = SEED.qbusiness.applicationIds;
  return emulator.store.qbusiness
    .listPlugins(SEED.region, applicationId)
    .slice(0, 10)
    .map((plugin) => ({ applicationId: plugin.applicationId, pluginId: plugin.pluginId }));
}

/**
 * Five teams that each own the same ten plugins in a different order (50 references, 10 distinct), the seeded
 * action connectors and connectors V2; and an inventory of ARNs in us-east-1 and eu-west-1.
 */
export function fixtureData(emulator: Emulator): FixtureData {
  const plugins = tenPlugins(emulator);
  const connectors = Object.values(SEED.quicksight.actionConnectors);
  const connectorsV2 = Object.values(SEED.securityhub.connectors);
  const teams: Team[] = [0, 1, 2, 3, 4].map((i) => ({
    id: `team-${i}`,
    name: `Team ${i}`,
    ownedPlugins: [...plugins.slice(i * 2), ...plugins.slice(0, i * 2)],
    actionConnectors: connectors.slice(i, i + 2).map((actionConnectorId) => ({ awsAccountId: SEED.accountId, actionConnectorId })),
    securityConnectors: connectorsV2.slice(i % connectorsV2.length, (i % connectorsV2.length) + 1).map((connectorId) => ({ connectorId })),
  }));
  const other = OTHER_REGION_SEED;
  const home = SEED.qbusiness.plugins.basicAuth;
  const inventory: InventoryItem[] = [
    pluginItem(pluginArn(SEED.region, home.applicationId, home.pluginId)),
    pluginItem(pluginArn(other.region, other.qbusiness.applicationId, other.qbusiness.pluginId)),
    { arn: actionConnectorArn(other.region, other.quicksight.actionConnectorId), plugin: null, connectorV2: null, actionConnector: { arn: actionConnectorArn(other.region, other.quicksight.actionConnectorId) } },
    { arn: connectorV2Arn(other.region, other.securityhub.connectorId), plugin: null, actionConnector: null, connectorV2: { connectorArn: connectorV2Arn(other.region, other.securityhub.connectorId) } },
  ];
  return { teams, inventory };
}

function pluginItem(arn: string): InventoryItem {
  return { arn, plugin: { pluginArn: arn }, actionConnector: null, connectorV2: null };
}
