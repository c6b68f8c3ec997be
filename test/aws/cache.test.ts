import { GetPluginCommand } from '@aws-sdk/client-qbusiness';
import { pino } from 'pino';
import { register } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createAwsCallLayers } from '../../src/aws/callLayers.js';
import { AwsClients } from '../../src/aws/clients.js';
import { SEED } from '../../src/emulator/fixtures/ids.js';
import { TEST_LAYERS, useTestGateway } from '../support/gateway.js';

const [APP, OTHER_APP] = SEED.qbusiness.applicationIds as [string, string];
const PLUGIN = SEED.qbusiness.plugins.oAuth2;
const query = `{ plugin(applicationId: "${APP}", pluginId: "${PLUGIN.pluginId}") { pluginId displayName updatedAt } }`;

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { headers: response.headers, body: (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> } };
}
const gql = (url: string, text: string, headers: Record<string, string> = {}) => post(url, JSON.stringify({ query: text }), headers);

// The same cases with the response cache (src/http/responseCache.ts) off and on: what the per-call cache promises
// holds with whole responses re-used in front of it.
describe.each([
  { responses: 'off', responseCacheMiB: 0 },
  { responses: 'on', responseCacheMiB: 32 },
])('the cross-request cache (response cache $responses)', ({ responseCacheMiB }) => {
  const gw = useTestGateway({ layers: { cacheTtlS: 15, cacheMaxStaleS: 300, responseCacheMiB } });

  it('answers a repeated query inside the TTL without calling AWS, and says how long it may be cached', async () => {
    const lookups = async (result: string) => {
      const series = `connector_graph_cache_lookups_total{service="qbusiness",operation="GetPlugin",result="${result}"} `;
      const line = (await register.metrics()).split('\n').find((candidate) => candidate.startsWith(series));
      return line === undefined ? 0 : Number(line.slice(series.length));
    };
    const [hitsBefore, missesBefore] = [await lookups('hit'), await lookups('miss')];
    const first = await gql(gw.url, query);
    const second = await gql(gw.url, query);
    expect(second.body).toEqual(first.body);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
    // /metrics counts the lookups: one miss (the AWS call), one hit; a re-used response looks nothing up.
    expect([(await lookups('hit')) - hitsBefore, (await lookups('miss')) - missesBefore]).toEqual([responseCacheMiB > 0 ? 0 : 1, 1]);
    expect(first.headers.get('cache-control')).toMatch(/^max-age=1[45], public$/);
    expect(second.headers.get('cache-control')).toMatch(/^max-age=(1[0-5]|[0-9]), public$/);
  });

  it('reads fresh with Cache-Control: no-cache', async () => {
    await gql(gw.url, query);
    await gql(gw.url, query, { 'cache-control': 'no-cache' });
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
  });

  it('makes one AWS call for identical misses of concurrent requests (single flight)', async () => {
    gw.emulator.faults.add('ListPlugins', { latencyMs: 300 });
    const text = `{ plugins(applicationId: "${OTHER_APP}", first: 3) { nodes { pluginId } } }`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => gql(gw.url, text)));
    expect(answers.every((answer) => answer.body.errors === undefined)).toBe(true);
    expect(gw.emulator.calls.count('ListPlugins')).toBe(1);
  });

  it('drops the application list and the new plugin when createPlugin runs, so a list read right after shows it', async () => {
    const list = `{ plugins(applicationId: "${OTHER_APP}", first: 50) { nodes { pluginId } pageInfo { hasNextPage } } }`;
    const before = await gql(gw.url, list);
    const created = await gql(
      gw.url,
      `mutation { createPlugin(input: { applicationId: "${OTHER_APP}", displayName: "cache-check", type: JIRA_CLOUD, serverUrl: "https://x.atlassian.net", authConfiguration: { noAuthConfiguration: true } }) { pluginId } }`,
    );
    expect(created.headers.get('cache-control')).toBe('no-store');
    const pluginId = (created.body.data?.createPlugin as { pluginId: string }).pluginId;
    const after = await gql(gw.url, list);
    const more = (answer: typeof after) => (answer.body.data?.plugins as { pageInfo: { hasNextPage: boolean } }).pageInfo.hasNextPage;
    // The application held 50 plugins (one full page); the new one makes a second page.
    expect(pluginId).toEqual(expect.any(String));
    expect(more(before)).toBe(false);
    expect(more(after)).toBe(true);
    expect(gw.emulator.calls.count('ListPlugins')).toBe(2);
  });

  it('remembers RESOURCE_NOT_FOUND briefly, and does not keep other errors', async () => {
    const missing = `{ plugin(applicationId: "${APP}", pluginId: "00000000-0000-4000-8000-000000000000") { pluginId } }`;
    for (let i = 0; i < 2; i++) expect((await gql(gw.url, missing)).body.errors?.[0]?.extensions?.code).toBe('RESOURCE_NOT_FOUND');
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
    gw.emulator.calls.reset();
    const other = `{ plugin(applicationId: "${APP}", pluginId: "${SEED.qbusiness.plugins.noAuth.pluginId}") { pluginId } }`;
    gw.emulator.faults.add('GetPlugin', { error: { type: 'AccessDeniedException' }, times: 1 });
    const denied = await gql(gw.url, other);
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    expect(denied.headers.get('cache-control')).toBe('no-store');
    expect((await gql(gw.url, other)).body.errors).toBeUndefined();
    expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
  });

  it('serves a stale answer, marked with its age, when AWS throttles', async () => {
    const fresh = await gql(gw.url, query, { 'cache-control': 'no-cache' });
    gw.emulator.faults.add('GetPlugin', { error: { type: 'ThrottlingException' } });
    const stale = await gql(gw.url, query, { 'cache-control': 'no-cache' });
    expect(stale.body.data).toEqual(fresh.body.data);
    expect(stale.body.errors).toBeUndefined();
    expect(stale.body.extensions?.stale).toEqual({ ageSeconds: expect.any(Number) });
    expect(stale.headers.get('cache-control')).toBe('no-store');
    expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
  });

  it('never serves one AWS identity the answer read for another', async () => {
    const { layers, close } = createAwsCallLayers({ ...TEST_LAYERS, cacheTtlS: 15 }, pino({ level: 'silent' }));
    const options = { region: 'us-east-1', endpoint: gw.emulator.url, credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'x' }, maxAttempts: 1, connectionTimeoutMs: 2000, requestTimeoutMs: 5000, maxSockets: 5, layers };
    const alice = new AwsClients({ ...options, identity: 'caller:alice' });
    const bob = new AwsClients({ ...options, identity: 'caller:bob' });
    try {
      for (const clients of [alice, bob, alice, bob]) await (await clients.qbusiness()).send(new GetPluginCommand(PLUGIN));
      expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
    } finally {
      alice.destroy();
      bob.destroy();
      await close();
    }
  });
});
