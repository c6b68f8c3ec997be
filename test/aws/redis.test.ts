import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/fixtures/ids.js';
import { postFrom, startTestGateway, type TestGateway } from '../support/gateway.js';
import { redisUnavailable, startRedis, type TestRedis } from '../support/redis.js';

const unavailable = redisUnavailable();
const [APP] = SEED.qbusiness.applicationIds;
const PLUGIN_IDS = Object.values(SEED.qbusiness.plugins).map((plugin) => plugin.pluginId);
const aliases = (ids: readonly string[]) =>
  `{ ${ids.map((id, i) => `p${i}: plugin(applicationId: "${APP}", pluginId: "${id}") { pluginId displayName }`).join(' ')} }`;

describe.skipIf(unavailable !== undefined)(`Redis: several replicas share the cache and the buckets${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`, () => {
  let redis: TestRedis;
  let a: TestGateway;
  let b: TestGateway;

  beforeAll(async () => {
    redis = await startRedis();
    const layers = { redisUrl: redis.url, cacheTtlS: 15, rateLimits: { GetPlugin: { rate: 0.05, burst: 4 } }, rateWaitMs: 0 };
    [a, b] = await Promise.all([startTestGateway({ layers }), startTestGateway({ layers })]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  it('answers one replica from what another read, and shares one bucket between them', async () => {
    const first = await a.gql(aliases(PLUGIN_IDS.slice(0, 2)));
    expect(first.body.errors).toBeUndefined();
    const shared = await b.gql(aliases(PLUGIN_IDS.slice(0, 2)));
    expect(shared.body).toEqual(first.body);
    expect(a.emulator.calls.count('GetPlugin')).toBe(2);
    expect(b.emulator.calls.count('GetPlugin')).toBe(0);
    // The bucket holds 4 tokens for both replicas: 2 are gone, so of 3 new reads on B only 2 reach AWS.
    const more = await b.gql(aliases(PLUGIN_IDS.slice(2, 5)));
    expect(b.emulator.calls.count('GetPlugin')).toBe(2);
    expect(more.body.errors?.map((error) => [error.extensions?.code, error.extensions?.throttledBy])).toEqual([['THROTTLED', 'gateway']]);
  });

  it('keeps answering when Redis goes away, warns once, and shares again when it is back', async () => {
    await redis.stop();
    const warnings = () => a.logs.filter((line) => String(line.msg).startsWith('Redis unreachable')).length;
    // Local fallback: a fresh read (no-cache is not needed, the local cache is empty for this plugin).
    for (let i = 0; i < 3; i++) {
      const { status, body } = await a.gql(`{ plugin(applicationId: "${APP}", pluginId: "${PLUGIN_IDS[6]}") { pluginId } }`);
      expect(status).toBe(200);
      expect(body.data).toEqual({ plugin: { pluginId: PLUGIN_IDS[6] } });
    }
    expect(warnings()).toBe(1);
    await redis.restart();
    const deadline = Date.now() + 10_000;
    while (!a.logs.some((line) => line.msg === 'Redis is back: cache and rate limits are shared again') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(a.logs.some((line) => line.msg === 'Redis is back: cache and rate limits are shared again')).toBe(true);
    expect(warnings()).toBe(1);
  });
});

describe.skipIf(unavailable !== undefined)(`Redis: fair shares hold across replicas${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`, () => {
  let redis: TestRedis;
  let one: TestGateway;
  let two: TestGateway;

  beforeAll(async () => {
    redis = await startRedis();
    // One GetPlugin bucket of 4 tokens (refilled one per 20 s) shared by both replicas; no cache, no waiting.
    const layers = { redisUrl: redis.url, cacheTtlS: 0, rateLimits: { GetPlugin: { rate: 0.05, burst: 4 } }, rateWaitMs: 0 };
    [one, two] = await Promise.all([startTestGateway({ layers }), startTestGateway({ layers })]);
    // Until connected each replica uses its local stand-ins, which this test is not about.
    expect(await Promise.all([one.redisReady(), two.redisReady()])).toEqual([true, true]);
  });

  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    await redis?.stop();
  });

  it("keeps a light caller's share on replica 2 while a heavy caller on replica 1 (then 2) asks for more", async () => {
    const single = (id: string) => `{ plugin(applicationId: "${APP}", pluginId: "${id}") { pluginId } }`;
    const many = `{ ${PLUGIN_IDS.slice(1, 7).map((id, i) => `p${i}: plugin(applicationId: "${APP}", pluginId: "${id}") { pluginId }`).join(' ')} }`;
    // The light caller (127.0.0.2) on replica 2 is active on the bucket.
    expect((await postFrom(two.url, '127.0.0.2', single(PLUGIN_IDS[0] as string))).body.errors).toBeUndefined();
    // Replica 1 sees two active callers although the light one never reached it: the heavy caller gets half the bucket.
    const heavy = await postFrom(one.url, '127.0.0.1', many);
    expect(heavy.body.errors?.map((error) => error.extensions?.code)).toEqual(['THROTTLED', 'THROTTLED', 'THROTTLED', 'THROTTLED']);
    expect(one.emulator.calls.count('GetPlugin')).toBe(2);
    // Its share is used up on every replica: asking replica 2 instead does not give it a fresh one.
    const elsewhere = await postFrom(two.url, '127.0.0.1', single(PLUGIN_IDS[5] as string));
    expect(elsewhere.body.errors?.map((error) => error.extensions?.code)).toEqual(['THROTTLED']);
    // The token the heavy caller could not take is still there for the light caller.
    const light = await postFrom(two.url, '127.0.0.2', single(PLUGIN_IDS[6] as string));
    expect(light.body.errors).toBeUndefined();
    expect(two.emulator.calls.count('GetPlugin')).toBe(2);
  });
});
