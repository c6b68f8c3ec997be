import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { useTestGateway } from '../support/gateway.js';

const gw = useTestGateway();

const p = SEED.qbusiness.plugins;
const field = (alias: string, key: { applicationId: string; pluginId: string }) =>
  `${alias}: plugin(applicationId: "${key.applicationId}", pluginId: "${key.pluginId}") { pluginId displayName }`;

describe('per-request DataLoaders', () => {
  it('makes one AWS call per distinct plugin: 5 aliases of one plugin plus 3 others cost 4 calls', async () => {
    const query = `{
      ${[1, 2, 3, 4, 5].map((i) => field(`same${i}`, p.basicAuth)).join('\n')}
      ${field('a', p.oAuth2)}
      ${field('b', p.noAuth)}
      ${field('c', p.idcAuth)}
    }`;
    const { body } = await gw.gql<Record<string, { pluginId: string }>>(query);
    expect(body.errors).toBeUndefined();
    expect(gw.emulator.calls.count('GetPlugin')).toBe(4);
    expect(gw.emulator.calls.count()).toBe(4);
    expect(new Set(gw.emulator.calls.list().map((call) => call.params.pluginId))).toEqual(
      new Set([p.basicAuth.pluginId, p.oAuth2.pluginId, p.noAuth.pluginId, p.idcAuth.pluginId]),
    );
    // Results in key order: every alias got its own plugin.
    for (const i of [1, 2, 3, 4, 5]) expect(body.data?.[`same${i}`]?.pluginId).toBe(p.basicAuth.pluginId);
    expect(body.data?.a?.pluginId).toBe(p.oAuth2.pluginId);
    expect(body.data?.c?.pluginId).toBe(p.idcAuth.pluginId);
  });

  it('does not share answers across requests', async () => {
    await gw.gql(`{ ${field('x', p.basicAuth)} }`);
    await gw.gql(`{ ${field('x', p.basicAuth)} }`);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
  });

  it('de-duplicates each service separately in one query', async () => {
    const connector = SEED.quicksight.actionConnectors.apiKey;
    const query = `{
      ${field('p1', p.basicAuth)} ${field('p2', p.basicAuth)}
      q1: actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: "${connector}") { arn }
      q2: actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: "${connector}") { name }
      s1: connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { name }
      s2: connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { connectorArn }
    }`;
    const { body } = await gw.gql(query);
    expect(body.errors).toBeUndefined();
    expect([gw.emulator.calls.count('GetPlugin'), gw.emulator.calls.count('DescribeActionConnector'), gw.emulator.calls.count('GetConnectorV2')]).toEqual([1, 1, 1]);
  });

  it('fails only the fields of a failing key (partial results)', async () => {
    gw.emulator.faults.add('GetPlugin', { error: { type: 'AccessDeniedException' }, match: { pluginId: p.oAuth2.pluginId } });
    const { status, body } = await gw.gql<Record<string, { pluginId: string } | null>>(`{
      ${field('ok1', p.basicAuth)}
      ${field('bad1', p.oAuth2)}
      ${field('ok2', p.noAuth)}
      ${field('bad2', p.oAuth2)}
    }`);
    expect(status).toBe(200);
    expect(body.data?.ok1?.pluginId).toBe(p.basicAuth.pluginId);
    expect(body.data?.ok2?.pluginId).toBe(p.noAuth.pluginId);
    expect(body.data?.bad1).toBeNull();
    expect(body.data?.bad2).toBeNull();
    expect(body.errors?.map((error) => error.path)).toEqual([['bad1'], ['bad2']]);
    expect(body.errors?.every((error) => error.extensions?.code === 'ACCESS_DENIED')).toBe(true);
    // The failing key was asked once, under two aliases.
    expect(gw.emulator.calls.count('GetPlugin')).toBe(3);
  });
});
