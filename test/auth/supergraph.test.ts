/**
 * Auth behind a real router: Hive Gateway forwards the caller's `Authorization` header to connector-graph, which
 * verifies it (here against the emulator's development issuer) and enforces `@requiresScopes` on `_entities`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSupergraph, type TestSupergraph } from '../support/supergraph.js';

let sg: TestSupergraph;
beforeAll(async () => {
  sg = await startSupergraph({ auth: { mode: 'jwt' } });
});
afterAll(async () => {
  await sg?.close();
});

interface Team {
  id: string;
  ownedPlugins: Array<{ pluginId: string; displayName: string | null } | null>;
  actionConnectors: Array<{ actionConnectorId: string; name: string | null } | null>;
}
const TEAMS = `{ teams { id ownedPlugins { pluginId displayName } actionConnectors { actionConnectorId name } } }`;

describe('through Hive Gateway with --auth jwt', () => {
  it("forwards the caller's token: entities of a type the caller may read resolve, the others are FORBIDDEN nulls", async () => {
    const token = await sg.subgraph.emulator.issueToken({ subject: 'carol', scopes: 'qbusiness:read' });
    sg.subgraph.emulator.calls.reset();
    const { status, body } = await sg.gql<{ teams: Team[] }>(TEAMS, undefined, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    const teams = body.data?.teams ?? [];
    expect(teams.length).toBeGreaterThan(0);
    expect(teams.flatMap((team) => team.ownedPlugins).every((plugin) => typeof plugin?.displayName === 'string')).toBe(true);
    const connectors = teams.flatMap((team) => team.actionConnectors);
    expect(connectors.length).toBeGreaterThan(0);
    expect(connectors.every((connector) => connector === null || connector.name === null)).toBe(true);
    expect(body.errors?.some((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(sg.subgraph.emulator.calls.count('DescribeActionConnector')).toBe(0);
    expect(sg.subgraph.emulator.calls.count('GetPlugin')).toBeGreaterThan(0);
  });

  it('without a token the subgraph refuses the entity fetch and AWS is not called', async () => {
    sg.subgraph.emulator.calls.reset();
    const { body } = await sg.gql<{ teams: Team[] }>(TEAMS);
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.errors)).toMatch(/UNAUTHENTICATED|401|Not authenticated/);
    expect(sg.subgraph.emulator.calls.count()).toBe(0);
  });
});
