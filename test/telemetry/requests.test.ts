import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { Health } from '../../src/telemetry/health.js';
import type { RequestLogLine } from '../../src/telemetry/requestLog.js';
import { useTestGateway } from '../support/gateway.js';

// Three attempts per call: the retry metric is checked against a throttled call the SDK retries.
const gw = useTestGateway({ maxAttempts: 3 });
const plugin = SEED.qbusiness.plugins.noAuth;
const connectorId = SEED.securityhub.connectors.azure;
const SECRET = 'value-that-must-never-be-logged';

async function post(query: string, init: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: JSON.stringify({ query, variables: init.variables }),
  });
  return { response, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const operating = readme.slice(readme.indexOf('## Operating it'), readme.indexOf('\n## ', readme.indexOf('## Operating it') + 5));

const requestLines = () => gw.logs.filter((line) => line.msg === 'graphql request') as unknown as Array<RequestLogLine & { level: number }>;

/** Every sample of the Prometheus text at GET /metrics, as `name{labels}` → value. */
async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(new URL('/metrics', gw.url));
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-z_:]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (match?.[1] !== undefined) samples.set(match[1], Number(match[2]));
  }
  return samples;
}

const delta = (after: Map<string, number>, before: Map<string, number>, sample: string) => (after.get(sample) ?? 0) - (before.get(sample) ?? 0);

describe('the request log line', () => {
  afterEach(() => gw.logs.splice(0));

  it('has the request id, operation, AWS calls and duration, and never the variables or literals', async () => {
    const { response, body } = await post(
      `query PluginAndConnector($applicationId: ID!, $pluginId: ID!) {
         plugin(applicationId: $applicationId, pluginId: $pluginId) { pluginId }
         connectorV2(connectorId: "${connectorId}") { connectorId }
       }`,
      { variables: { applicationId: plugin.applicationId, pluginId: plugin.pluginId, unused: SECRET }, headers: { 'x-request-id': 'req-42.abc' } },
    );
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe('req-42.abc');
    const lines = requestLines();
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 30,
      requestId: 'req-42.abc',
      operationName: 'PluginAndConnector',
      operationType: 'query',
      outcome: 'ok',
      awsCalls: { 'qbusiness.GetPlugin': 1, 'securityhub.GetConnectorV2': 1 },
      errorCodes: [],
    });
    expect(line?.durationMs).toBeGreaterThan(0);
    const text = JSON.stringify(line);
    for (const leaked of [SECRET, plugin.applicationId, plugin.pluginId, connectorId]) expect(text).not.toContain(leaked);
    // The README's example line has exactly these fields (besides pino's time, pid, hostname and service).
    const documented = JSON.parse(/\*\*Logs\.\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(operating)?.[1] ?? '{}') as Record<string, unknown>;
    const base = new Set(['time', 'pid', 'hostname', 'service']);
    expect(Object.keys(line ?? {}).filter((k) => !base.has(k)).sort()).toEqual(Object.keys(documented).sort());
  });

  it('generates a request id when none (or an unusable one) is given, and sends it back', async () => {
    for (const given of [undefined, 'has spaces and "quotes"', 'x'.repeat(200)]) {
      gw.logs.splice(0);
      const { response } = await post('{ __typename }', given === undefined ? {} : { headers: { 'x-request-id': given } });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(requestLines().map((line) => line.requestId)).toEqual([id]);
    }
  });

  it('has the error codes of a failed operation, and unknown for a document that does not parse', async () => {
    await post(`{ plugin(applicationId: "${plugin.applicationId}", pluginId: "00000000-0000-4000-8000-000000000000") { pluginId } }`);
    await post('{ plugin(');
    expect(requestLines().map(({ operationType, outcome, errorCodes, awsCalls }) => ({ operationType, outcome, errorCodes, awsCalls }))).toEqual([
      // `plugin` is nullable: the response has data ({ plugin: null }) and an error.
      { operationType: 'query', outcome: 'partial', errorCodes: ['RESOURCE_NOT_FOUND'], awsCalls: { 'qbusiness.GetPlugin': 1 } },
      { operationType: 'unknown', outcome: 'error', errorCodes: ['GRAPHQL_PARSE_FAILED'], awsCalls: {} },
    ]);
  });
});

describe('GET /metrics', () => {
  it('counts AWS calls, outcomes and retries exactly as the emulator saw them', async () => {
    const before = await scrape();
    gw.emulator.calls.reset();
    // One throttled attempt the SDK retries, then success; one missing plugin; two plain reads.
    gw.emulator.faults.add('GetConnectorV2', { error: { type: 'ThrottlingException' }, times: 1 });
    await post(`{ connectorV2(connectorId: "${connectorId}") { connectorId } }`);
    await post(`{ plugin(applicationId: "${plugin.applicationId}", pluginId: "00000000-0000-4000-8000-000000000000") { pluginId } }`);
    await post(`{ plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId } }`);
    await post(`{ connectorV2(connectorId: "${connectorId}") { connectorId } }`);
    const after = await scrape();

    const seen = gw.emulator.calls.list();
    for (const [service, operation] of [['qbusiness', 'GetPlugin'], ['securityhub', 'GetConnectorV2']] as const) {
      const calls = seen.filter((call) => call.operation === operation);
      const retries = delta(after, before, `connector_graph_aws_retries_total{service="${service}",operation="${operation}"}`);
      const ok = delta(after, before, `connector_graph_aws_calls_total{service="${service}",operation="${operation}",outcome="ok"}`);
      const notFound = delta(after, before, `connector_graph_aws_calls_total{service="${service}",operation="${operation}",outcome="RESOURCE_NOT_FOUND"}`);
      // Every attempt the emulator received is one call or one retry; every 2xx answer is one ok call.
      expect(ok + notFound + retries).toBe(calls.length);
      expect(ok).toBe(calls.filter((call) => call.status === 200).length);
      expect(notFound).toBe(calls.filter((call) => call.status === 404).length);
      expect(delta(after, before, `connector_graph_aws_call_duration_seconds_count{service="${service}",operation="${operation}"}`)).toBe(ok + notFound);
    }
    expect(delta(after, before, 'connector_graph_aws_retries_total{service="securityhub",operation="GetConnectorV2"}')).toBe(1);
    expect(delta(after, before, 'connector_graph_graphql_requests_total{operation_type="query",outcome="ok"}')).toBe(3);
    expect(delta(after, before, 'connector_graph_graphql_requests_total{operation_type="query",outcome="partial"}')).toBe(1);
    expect(delta(after, before, 'connector_graph_graphql_request_duration_seconds_count{operation_type="query"}')).toBe(4);
    expect(after.get('connector_graph_graphql_requests_in_flight')).toBe(0);
    expect(after.get('connector_graph_aws_calls_in_flight{service="qbusiness"}')).toBe(0);
    expect(after.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(after.has('nodejs_eventloop_lag_seconds')).toBe(true);
    // Every connector_graph_ metric the README's table names is served, and none it does not name.
    const documented = new Set([...operating.matchAll(/^\| `(connector_graph_[a-z_]+)` \|/gm)].map((m) => m[1]));
    const served = new Set([...after.keys()].map((sample) => sample.replace(/\{.*$/, '').replace(/_(bucket|sum|count)$/, '')).filter((name) => name.startsWith('connector_graph_')));
    expect(served).toEqual(documented);
  });
});

describe('/health and /ready', () => {
  it('/health answers while the process serves; /ready is 200 with passing checks and 503 with the reason otherwise', async () => {
    const health = await fetch(new URL('/health', gw.url));
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(new URL('/ready', gw.url));
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', checks: {} }]);

    gw.gateway.health.addCheck('redis', () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6390')));
    gw.gateway.health.addCheck('awsCredentials', () => undefined);
    const failing = await fetch(new URL('/ready', gw.url));
    expect(failing.status).toBe(503);
    expect(await failing.json()).toEqual({ status: 'not ready', checks: { redis: 'connect ECONNREFUSED 127.0.0.1:6390', awsCredentials: 'ok' } });
    gw.gateway.health.addCheck('redis', () => undefined);
    expect((await fetch(new URL('/ready', gw.url))).status).toBe(200);
  });

  it('reports starting before the schema is served and draining once shutdown began', async () => {
    const health = new Health();
    health.addCheck('awsCredentials', () => undefined);
    expect(await health.readiness()).toEqual({ status: 'starting', checks: { awsCredentials: 'ok' } });
    health.markServing();
    expect((await health.readiness()).status).toBe('ready');
    health.markDraining();
    expect(await health.readiness()).toEqual({ status: 'draining', checks: { awsCredentials: 'ok' } });
  });
});
