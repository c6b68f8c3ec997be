/**
 * The response cache (src/http/responseCache.ts) end to end: a repeated query answered with the kept response only
 * while running it again would answer the same, never across callers; AWS calls counted from the emulator's log.
 * test/aws/cache.test.ts runs the per-call cache's own cases with it on too.
 */
import { register } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/fixtures/ids.js';
import { ResponseCache } from '../../src/http/responseCache.js';
import type { RequestScope } from '../../src/requestScope.js';
import { useTestGateway } from '../support/gateway.js';

const [APP, OTHER_APP] = SEED.qbusiness.applicationIds as [string, string];
const PLUGIN = SEED.qbusiness.plugins.oAuth2;
const query = `{ plugin(applicationId: "${APP}", pluginId: "${PLUGIN.pluginId}") { pluginId displayName updatedAt } }`;

async function post(url: string, text: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: text }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
const parsed = (answer: { text: string }) => JSON.parse(answer.text) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: Record<string, unknown> }> };

async function reuses(): Promise<number> {
  const line = (await register.metrics()).split('\n').find((candidate) => candidate.startsWith('connector_graph_response_cache_reuses_total '));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}

describe('the response cache', () => {
  const gw = useTestGateway({ layers: { cacheTtlS: 15, responseCacheMiB: 32 } });

  it('answers a repeated query with the same bytes, no AWS call, and its own request id and log line', async () => {
    const before = await reuses();
    const first = await post(gw.url, query, { 'x-request-id': 'first-ask' });
    const second = await post(gw.url, query, { 'x-request-id': 'second-ask' });
    expect(first.status).toBe(200);
    expect(parsed(first).errors).toBeUndefined();
    expect(second.text).toBe(first.text);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('x-request-id')).toBe('second-ask');
    expect(second.headers.get('cache-control')).toMatch(/^max-age=(1[0-5]|[1-9]), public$/);
    expect(gw.emulator.calls.count()).toBe(1);
    expect((await reuses()) - before).toBe(1);
    const line = gw.logs.find((entry) => entry.msg === 'graphql request' && entry.requestId === 'second-ask');
    expect(line).toMatchObject({ operationType: 'query', outcome: 'ok', awsCalls: {}, errorCodes: [], reusedResponse: true });
  });

  it('keeps one response per Accept header (it chooses the content type)', async () => {
    const json = await post(gw.url, query, { accept: 'application/json' });
    const graphqlJson = await post(gw.url, query, { accept: 'application/graphql-response+json' });
    const again = await post(gw.url, query, { accept: 'application/graphql-response+json' });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(graphqlJson.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(again.headers.get('content-type')).toBe(graphqlJson.headers.get('content-type'));
    expect(again.text).toBe(graphqlJson.text);
  });

  it('runs the query again once a write dropped an answer it was built from (read after createPlugin)', async () => {
    const list = `{ plugins(applicationId: "${OTHER_APP}", first: 50) { nodes { pluginId } pageInfo { hasNextPage } } }`;
    const before = await post(gw.url, list);
    expect(parsed(await post(gw.url, list)).data).toEqual(parsed(before).data);
    expect(gw.emulator.calls.count('ListPlugins')).toBe(1);
    const create = `mutation { createPlugin(input: { applicationId: "${OTHER_APP}", displayName: "response-cache-check", type: JIRA_CLOUD, serverUrl: "https://x.atlassian.net", authConfiguration: { noAuthConfiguration: true } }) { pluginId } }`;
    expect(parsed(await post(gw.url, create)).errors).toBeUndefined();
    const after = parsed(await post(gw.url, list));
    expect((after.data?.plugins as { pageInfo: { hasNextPage: boolean } }).pageInfo.hasNextPage).toBe(true);
    expect(gw.emulator.calls.count('ListPlugins')).toBe(2);
  });

  it('answers with what a no-cache read just refreshed, not with the response built from the answer it replaced', async () => {
    const target = SEED.qbusiness.plugins.basicAuth;
    const text = `{ plugin(applicationId: "${target.applicationId}", pluginId: "${target.pluginId}") { displayName } }`;
    const name = (answer: { text: string }) => (parsed(answer).data?.plugin as { displayName: string }).displayName;
    const before = name(await post(gw.url, text));
    expect(name(await post(gw.url, text))).toBe(before);
    // Renamed outside the gateway (as in the AWS console): the cache does not know until a fresh read.
    const stored = gw.emulator.store.qbusiness.getPlugin(SEED.region, target.applicationId, target.pluginId);
    if (stored === undefined) throw new Error('seeded plugin missing');
    gw.emulator.store.qbusiness.putPlugin(SEED.region, { ...stored, displayName: `${before} (renamed)` });
    expect(name(await post(gw.url, text, { 'cache-control': 'no-cache' }))).toBe(`${before} (renamed)`);
    expect(name(await post(gw.url, text))).toBe(`${before} (renamed)`);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
  });

  it('never keeps a mutation, a partial answer or an answer read with Cache-Control: no-cache', async () => {
    const create = `mutation { createPlugin(input: { applicationId: "${APP}", displayName: "twice", type: JIRA_CLOUD, serverUrl: "https://x.atlassian.net", authConfiguration: { noAuthConfiguration: true } }) { pluginId } }`;
    await post(gw.url, create);
    await post(gw.url, create);
    expect(gw.emulator.calls.count('CreatePlugin')).toBe(2);

    gw.emulator.faults.add('ListActionConnectors', { error: { type: 'AccessDeniedException' } });
    const inventory = `{ integrations(applicationIds: ["${APP}"], awsAccountIds: ["${SEED.accountId}"], first: 10) { nodes { id } } }`;
    expect(parsed(await post(gw.url, inventory)).errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    expect(gw.emulator.calls.count('ListPlugins')).toBeGreaterThan(0);
    gw.emulator.calls.reset();
    expect(parsed(await post(gw.url, inventory)).errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    // The failing list is asked again (errors are not kept), the lists that answered come from the per-call cache.
    expect(gw.emulator.calls.count('ListActionConnectors')).toBe(1);
    expect(gw.emulator.calls.count('ListPlugins')).toBe(0);

    gw.emulator.calls.reset();
    const other = `{ plugin(applicationId: "${APP}", pluginId: "${SEED.qbusiness.plugins.noAuth.pluginId}") { pluginId } }`;
    await post(gw.url, other, { 'cache-control': 'no-cache' });
    await post(gw.url, other, { 'cache-control': 'no-cache' });
    expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
  });
});

describe('the response cache with authentication', () => {
  const gw = useTestGateway({ layers: { cacheTtlS: 15, responseCacheMiB: 32 }, auth: { mode: 'jwt', audience: 'connector-graph' } });

  it("never answers one caller with another's response, nor a bad token with anyone's", async () => {
    const alice = await gw.emulator.issueToken({ subject: 'alice', scopes: 'qbusiness:read' });
    const noScopes = await gw.emulator.issueToken({ subject: 'mallory', scopes: 'quicksight:read' });
    const first = await post(gw.url, query, { authorization: `Bearer ${alice}` });
    expect(parsed(first).errors).toBeUndefined();
    expect(first.headers.get('cache-control')).toMatch(/, private$/);
    const before = await reuses();
    const again = await post(gw.url, query, { authorization: `Bearer ${alice}` });
    expect(again.text).toBe(first.text);
    expect(again.headers.get('cache-control')).toMatch(/^max-age=\d+, private$/);
    expect((await reuses()) - before).toBe(1);

    const denied = parsed(await post(gw.url, query, { authorization: `Bearer ${noScopes}` }));
    expect(denied.data?.plugin ?? null).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [header, payload] = alice.split('.');
    const forged = await post(gw.url, query, { authorization: `Bearer ${header}.${payload}.${'A'.repeat(43)}` });
    expect(forged.status).toBe(401);
    expect(forged.text).not.toContain(PLUGIN.pluginId);
    const anonymous = await post(gw.url, query);
    expect(anonymous.status).toBe(401);
    expect((await reuses()) - before).toBe(1);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
  });
});

describe('the response cache and the TTL', () => {
  const gw = useTestGateway({ layers: { cacheTtlS: 1, responseCacheMiB: 32 } });

  it('lives no longer than the cached answers it was built from', async () => {
    await post(gw.url, query);
    await post(gw.url, query);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await post(gw.url, query);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
  });
});

describe('ResponseCache', () => {
  const scope = (sources: RequestScope['sources'] = []): RequestScope => ({
    requestId: 'r',
    awsCalls: new Map(),
    caller: 'address:127.0.0.1',
    noCache: false,
    reads: new Map(),
    staleAges: [],
    maxAgeS: undefined,
    sources,
    repeatable: true,
    operationName: 'Q',
  });
  const ok = (body: string, cacheControl = 'max-age=10, public') => ({ status: 200, headers: new Map([['content-type', 'application/json'], ['cache-control', cacheControl]]), body });

  it('keeps only repeatable, cacheable answers, drops one whose source changed, and stays within its bytes', () => {
    const cache = new ResponseCache({ maxBytes: 40_000, ttlS: 15 });
    let current = true;
    cache.keep('a', 'c', scope([() => (current ? 7 : undefined)]), false, ok('{"data":1}'));
    expect(cache.reuse('a', 'c')?.headers).toContainEqual(['cache-control', 'max-age=7, public']);
    expect(cache.reuse('a', 'other caller')).toBeUndefined();
    current = false;
    expect(cache.reuse('a', 'c')).toBeUndefined();
    expect(cache.has('a')).toBe(false);

    cache.keep('b', 'c', { ...scope(), repeatable: false }, false, ok('{}'));
    cache.keep('b', 'c', { ...scope(), staleAges: [3] }, false, ok('{}'));
    cache.keep('b', 'c', scope(), false, ok('{}', 'no-store'));
    cache.keep('b', 'c', scope(), false, { ...ok('{}'), status: 400 });
    cache.keep('b', 'c', scope(), false, ok('x'.repeat(10_001)));
    expect(cache.size.responses).toBe(0);

    for (const key of ['1', '2', '3', '4', '5']) cache.keep(key, 'c', scope(), false, ok('y'.repeat(8000)));
    expect(cache.size.bytes).toBeLessThanOrEqual(40_000);
    expect(cache.has('1')).toBe(false);
    expect(cache.reuse('5', 'c')?.body).toBe('y'.repeat(8000));
  });
});
