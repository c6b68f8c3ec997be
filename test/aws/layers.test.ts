import { register } from 'prom-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/fixtures/ids.js';
import { postFrom, startTestGateway, useTestGateway, type TestGateway } from '../support/gateway.js';

const [APP] = SEED.qbusiness.applicationIds;
const PLUGIN_IDS = Object.values(SEED.qbusiness.plugins).map((plugin) => plugin.pluginId);

const aliases = (ids: readonly string[]) =>
  `{ ${ids.map((id, i) => `p${i}: plugin(applicationId: "${APP}", pluginId: "${id}") { pluginId }`).join(' ')} }`;

async function withGateway<T>(options: Parameters<typeof startTestGateway>[0], run: (gw: TestGateway) => Promise<T>): Promise<T> {
  const gw = await startTestGateway(options);
  try {
    return await run(gw);
  } finally {
    await gw.close();
  }
}

describe('AWS call layers', () => {
  const gw = useTestGateway();

  it('runs the same list call once per request, whichever fields ask for it', async () => {
    const { body } = await gw.gql(`{
      a: plugins(applicationId: "${APP}", first: 50) { nodes { pluginId } }
      b: plugins(applicationId: "${APP}", first: 50) { nodes { displayName } }
      integrations(services: [QBUSINESS], applicationIds: ["${APP}"], first: 5) { nodes { id } }
    }`);
    expect(body.errors).toBeUndefined();
    // The inventory scan's first page asks for the same 50 items as the two aliases: one call, then its next page.
    expect(gw.emulator.calls.list().filter((call) => call.operation === 'ListPlugins').map((call) => call.params.nextToken ?? null)).toEqual([null, expect.any(String)]);
  });

  it('gives each service and region its own connection pool', async () => {
    await withGateway({ maxSockets: 2 }, async (slow) => {
      // Two sockets per pool; Q Business holds both with slow answers while QuickSight still answers.
      slow.emulator.faults.add('GetPlugin', { latencyMs: 4000 });
      const held = slow.gql(aliases(PLUGIN_IDS.slice(0, 4)));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const other = await slow.gql(`{ actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: "${SEED.quicksight.actionConnectors.apiKey}") { name } }`);
      expect(other.body.errors).toBeUndefined();
      // The slow calls are still in flight (their status is 0 until answered) when the other service has answered.
      expect(slow.emulator.calls.list().filter((call) => call.operation === 'GetPlugin' && call.status === 0).length).toBeGreaterThan(0);
      slow.emulator.faults.clear();
      await held;
    });
  });
});

const REFUSALS = 'connector_graph_rate_limit_refusals_total{service="qbusiness",operation="GetPlugin"}';
const WAITS = 'connector_graph_rate_limit_waits_total{service="qbusiness",operation="GetPlugin"}';

/** A counter's value as GET /metrics shows it (0 when absent). */
async function metricValue(series: string): Promise<number> {
  const text = await register.metrics();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}
let refusalsBefore = 0;
const refusalsAfter = (value: number) => value - refusalsBefore;

describe('rate limits', () => {
  beforeEach(async () => {
    refusalsBefore = await metricValue(REFUSALS);
  });

  it('answers THROTTLED with throttledBy "gateway" and does not call AWS once the bucket is empty', async () => {
    await withGateway({ layers: { rateLimits: { GetPlugin: { rate: 0.05, burst: 2 } }, rateWaitMs: 0 } }, async (gw) => {
      const { status, body } = await gw.gql(aliases(PLUGIN_IDS.slice(0, 5)));
      expect(status).toBe(200);
      expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
      const throttled = body.errors ?? [];
      expect(throttled).toHaveLength(3);
      for (const error of throttled) {
        expect(error.extensions).toEqual({ code: 'THROTTLED', retryable: true, throttledBy: 'gateway', waitedMs: expect.any(Number) });
        // No wait budget: the call never slept, so what it waited is only the bucket lookup itself.
        const waited = error.extensions?.waitedMs as number;
        expect(Number.isInteger(waited) && waited >= 0 && waited < 100).toBe(true);
      }
      // Operators see the refusals in /metrics (prom-client's registry is per process: compare before and after).
      expect(refusalsAfter(await metricValue(REFUSALS))).toBe(3);
    });
  });

  it('waits for a token up to CONNECTOR_GRAPH_AWS_RATE_WAIT_MS instead of failing', async () => {
    await withGateway({ layers: { rateLimits: { GetPlugin: { rate: 4, burst: 4 } }, rateWaitMs: 5000 } }, async (gw) => {
      const waitsBefore = await metricValue(WAITS);
      const { body } = await gw.gql(aliases(PLUGIN_IDS.slice(0, 7)));
      expect(body.errors).toBeUndefined();
      expect(gw.emulator.calls.count('GetPlugin')).toBe(7);
      expect((await metricValue(WAITS)) - waitsBefore).toBe(3);
    });
  });

  it('reports in waitedMs how long a refused call actually waited, not the configured budget', async () => {
    // The next token is 20 s away, beyond the 5 s budget: the calls are refused at once, without sleeping.
    await withGateway({ layers: { rateLimits: { GetPlugin: { rate: 0.05, burst: 1 } }, rateWaitMs: 5000 } }, async (gw) => {
      const { body } = await gw.gql(aliases(PLUGIN_IDS.slice(0, 3)));
      expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
      const waited = (body.errors ?? []).map((error) => error.extensions?.waitedMs as number);
      expect(waited).toHaveLength(2);
      for (const ms of waited) expect(Number.isInteger(ms) && ms < 1000).toBe(true);
    });
    // One token a second and a 1.5 s budget: of three calls at once, one goes, one waits for the next token, and the
    // third waits for that token too, loses it, and is refused because the one after comes past its budget.
    await withGateway({ layers: { rateLimits: { GetPlugin: { rate: 1, burst: 1 } }, rateWaitMs: 1500 } }, async (gw) => {
      const { body } = await gw.gql(aliases(PLUGIN_IDS.slice(0, 3)));
      expect(gw.emulator.calls.count('GetPlugin')).toBe(2);
      const refused = body.errors ?? [];
      expect(refused.map((error) => error.extensions?.code)).toEqual(['THROTTLED']);
      const ms = refused[0]?.extensions?.waitedMs as number;
      // It slept until the next token (the rest of a one-second window) before it was refused.
      expect(Number.isInteger(ms) && ms >= 300).toBe(true);
    });
  });

  it('keeps a share of the bucket for the other callers while one caller asks for more', async () => {
    await withGateway({ layers: { rateLimits: { GetPlugin: { rate: 0.05, burst: 4 } }, rateWaitMs: 0 } }, async (gw) => {
      const one = (id: string) => `{ plugin(applicationId: "${APP}", pluginId: "${id}") { pluginId } }`;
      const first = await postFrom(gw.url, '127.0.0.2', one(PLUGIN_IDS[0] as string));
      expect(first.body.errors).toBeUndefined();
      // Two callers are active: the greedy one gets half the bucket, the rest of its calls wait or fail.
      const greedy = await postFrom(gw.url, '127.0.0.1', aliases(PLUGIN_IDS.slice(1, 7)));
      expect(greedy.body.errors?.map((error) => error.extensions?.code)).toEqual(['THROTTLED', 'THROTTLED', 'THROTTLED', 'THROTTLED']);
      const second = await postFrom(gw.url, '127.0.0.2', one(PLUGIN_IDS[6] as string));
      expect(second.body.errors).toBeUndefined();
      expect(gw.emulator.calls.count('GetPlugin')).toBe(4);
    });
  });

  it("keeps the SDK's retry quota per caller: one caller's throttling storm leaves the others their retries", async () => {
    await withGateway({ maxAttempts: 3 }, async (gw) => {
      const [stormy, calm] = PLUGIN_IDS as [string, string];
      gw.emulator.faults.add('GetPlugin', { error: { type: 'ThrottlingException' }, match: { pluginId: stormy } });
      // 60 requests, each retried twice at 5 tokens: more than the 500 tokens of one retry quota.
      const storm = await Promise.all(
        Array.from({ length: 60 }, () => postFrom(gw.url, '127.0.0.3', `{ plugin(applicationId: "${APP}", pluginId: "${stormy}") { pluginId } }`)),
      );
      expect(storm.every((answer) => answer.body.errors?.[0]?.extensions?.code === 'THROTTLED')).toBe(true);
      // The stormy caller's quota is used up: its next throttled call gets no retry.
      gw.emulator.calls.reset();
      await postFrom(gw.url, '127.0.0.3', `{ plugin(applicationId: "${APP}", pluginId: "${stormy}") { pluginId } }`);
      expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
      // Another caller throttled once is retried and gets its answer.
      gw.emulator.faults.add('GetPlugin', { error: { type: 'ThrottlingException' }, match: { pluginId: calm }, times: 1 });
      const answer = await postFrom(gw.url, '127.0.0.4', `{ plugin(applicationId: "${APP}", pluginId: "${calm}") { pluginId } }`);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual({ plugin: { pluginId: calm } });
    });
  });
});
