/**
 * A real gateway: Hive Gateway over the supergraph composed from what connector-graph and the fixture subgraphs
 * serve, each on its own 127.0.0.1 port, queried over HTTP. AWS calls are counted by the emulator.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_REGION_SEED, SEED } from '../../src/emulator/fixtures/index.js';
import { subgraphSdl } from '../../src/federation/sdl.js';
import { fetchServiceSdl, startSupergraph, type TestSupergraph } from '../support/supergraph.js';

let sg: TestSupergraph;
beforeAll(async () => {
  sg = await startSupergraph();
});
afterEach(() => {
  sg.subgraph.emulator.faults.clear();
  sg.subgraph.emulator.calls.reset();
});
afterAll(async () => {
  await sg?.close();
});

interface PluginView {
  pluginId: string;
  displayName: string | null;
  pluginArn: string | null;
}
interface TeamView {
  id: string;
  ownedPlugins: Array<PluginView | null>;
}

const TEAMS = /* GraphQL */ `
  {
    teams {
      id
      runbook { bucket key }
      ownedPlugins { pluginId displayName pluginArn }
      actionConnectors { actionConnectorId name arn }
      securityConnectors { connectorId name connectorArn }
    }
  }
`;

describe('through Hive Gateway', () => {
  it('composed the SDL connector-graph serves, which is what npm run sdl prints', async () => {
    expect(await fetchServiceSdl(sg.subgraph.url)).toBe(await subgraphSdl());
    expect(sg.services.map((service) => service.name)).toEqual(['connector-graph', 'team', 'inventory']);
  });

  it('fans out to 50 plugin references (10 distinct) with exactly 10 AWS calls', async () => {
    const references = sg.data.teams.flatMap((team) => team.ownedPlugins);
    expect(references).toHaveLength(50);
    expect(new Set(references.map((ref) => ref.pluginId)).size).toBe(10);

    const { status, body } = await sg.gql<{ teams: TeamView[] }>(TEAMS);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(sg.subgraph.emulator.calls.count('GetPlugin')).toBe(10);
    expect(sg.subgraph.emulator.calls.count('DescribeActionConnector')).toBe(new Set(sg.data.teams.flatMap((t) => t.actionConnectors.map((c) => c.actionConnectorId))).size);
    expect(sg.subgraph.emulator.calls.count('GetConnectorV2')).toBe(new Set(sg.data.teams.flatMap((t) => t.securityConnectors.map((c) => c.connectorId))).size);

    // Every reference got its own plugin, in the team's order, with data from the emulator's store.
    body.data?.teams.forEach((team, t) => {
      const expectedIds = sg.data.teams[t]?.ownedPlugins.map((ref) => ref.pluginId);
      expect(team.ownedPlugins.map((plugin) => plugin?.pluginId)).toEqual(expectedIds);
      for (const plugin of team.ownedPlugins) {
        const stored = sg.subgraph.emulator.store.qbusiness.getPlugin(SEED.region, SEED.qbusiness.applicationIds[0], plugin?.pluginId ?? '');
        expect(plugin?.displayName).toBe(stored?.displayName);
      }
    });
  });

  it("delivers one entity's error on that entity's path with the error contract's extensions", async () => {
    const failing = sg.data.teams[0]?.ownedPlugins[3]?.pluginId ?? '';
    sg.subgraph.emulator.faults.add('GetPlugin', { error: { type: 'AccessDeniedException' }, match: { pluginId: failing } });
    const { status, body } = await sg.gql<{ teams: TeamView[] }>(`{ teams { id ownedPlugins { pluginId displayName } } }`);
    expect(status).toBe(200);
    expect(sg.subgraph.emulator.calls.count('GetPlugin')).toBe(10);

    // The other 49 references resolve; the failing plugin's fields are null wherever it is referenced.
    for (const team of body.data?.teams ?? []) {
      for (const plugin of team.ownedPlugins) {
        if (plugin?.pluginId === failing) expect(plugin.displayName).toBeNull();
        else expect(plugin?.displayName).toEqual(expect.any(String));
      }
    }
    // One error per team (each references it once). Hive Gateway drops the list position of the entity inside
    // ownedPlugins from the path; the path still names the team and the field that failed.
    expect(body.errors?.map((error) => error.path)).toEqual(
      sg.data.teams.map((_team, t) => ['teams', t, 'ownedPlugins', 'displayName']),
    );
    for (const error of body.errors ?? []) {
      expect(error.message).toBe('You do not have sufficient access to perform this action.');
      expect(error.extensions).toMatchObject({
        code: 'ACCESS_DENIED',
        retryable: false,
        aws: {
          service: 'qbusiness',
          operation: 'GetPlugin',
          region: 'us-east-1',
          errorType: 'AccessDeniedException',
          httpStatus: 403,
          requestId: expect.any(String),
        },
      });
    }
  });

  it('resolves references by ARN in their own region (eu-west-1 and us-east-1 in one query)', async () => {
    const { body } = await sg.gql<{
      inventory: Array<{
        arn: string;
        plugin: { applicationId: string; pluginId: string; displayName: string | null } | null;
        actionConnector: { awsAccountId: string; actionConnectorId: string; name: string } | null;
        connectorV2: { connectorId: string; name: string | null } | null;
      }>;
    }>(`{
      inventory {
        arn
        plugin { applicationId pluginId displayName }
        actionConnector { awsAccountId actionConnectorId name }
        connectorV2 { connectorId name }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const [home, euPlugin, euConnector, euConnectorV2] = body.data?.inventory ?? [];
    expect(home?.plugin?.pluginId).toBe(SEED.qbusiness.plugins.basicAuth.pluginId);
    expect(euPlugin?.plugin).toMatchObject({ applicationId: OTHER_REGION_SEED.qbusiness.applicationId, pluginId: OTHER_REGION_SEED.qbusiness.pluginId });
    expect(euConnector?.actionConnector).toMatchObject({ awsAccountId: SEED.accountId, actionConnectorId: OTHER_REGION_SEED.quicksight.actionConnectorId });
    expect(euConnectorV2?.connectorV2?.connectorId).toBe(OTHER_REGION_SEED.securityhub.connectorId);
    expect(
      sg.subgraph.emulator.calls
        .list()
        .map((call) => `${call.operation} ${call.region}`)
        .sort(),
    ).toEqual(['DescribeActionConnector eu-west-1', 'GetConnectorV2 eu-west-1', 'GetPlugin eu-west-1', 'GetPlugin us-east-1']);
  });

  it("passes the team subgraph's @oneOf input through and enforces it", async () => {
    const one = await sg.gql<{ team: { id: string; ownedPlugins: PluginView[] } | null }>(
      `{ team(by: { name: "Team 2" }) { id ownedPlugins { pluginId } } }`,
    );
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data?.team?.id).toBe('team-2');
    expect(one.body.data?.team?.ownedPlugins).toHaveLength(10);

    const both = await sg.gql(`{ team(by: { id: "team-1", name: "Team 2" }) { id } }`);
    expect(both.body.errors?.[0]?.message).toMatch(/exactly one/);
  });
});
