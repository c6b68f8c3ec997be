import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUSED_SPAN_ATTRIBUTE } from '../../src/telemetry/requestLog.js';
import { SEED, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { awsModeEnv } from '../support/process.js';

/**
 * Traces end to end: the gateway runs as `npm start` does (node --import tsx src/main.ts) with the standard OTEL_*
 * variables pointing at an OTLP/HTTP receiver started here, which decodes what the official exporter sends
 * (OTLP/JSON over HTTP: OTEL_EXPORTER_OTLP_PROTOCOL=http/json).
 */
const root = join(import.meta.dirname, '..', '..');

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: OtlpValue }>;
}
interface Span {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: 'internal' | 'server' | 'client' | 'producer' | 'consumer';
  attributes: Record<string, string | number | boolean | undefined>;
  service: string | undefined;
}
const KINDS = ['internal', 'internal', 'server', 'client', 'producer', 'consumer'] as const;

let emulator: Emulator;
let receiver: Server;
let receiverUrl: string;
const spans: Span[] = [];
const contentTypes = new Set<string>();
const paths = new Set<string>();

function value(v: OtlpValue): string | number | boolean | undefined {
  if (v.intValue !== undefined) return Number(v.intValue);
  return v.stringValue ?? v.boolValue ?? v.doubleValue;
}

beforeAll(async () => {
  emulator = await startEmulator();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      contentTypes.add(String(req.headers['content-type']));
      paths.add(`${req.method} ${req.url}`);
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.statusCode = 404;
        return res.end();
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: Array<{
          resource?: { attributes?: Array<{ key: string; value: OtlpValue }> };
          scopeSpans: Array<{ spans: OtlpSpan[] }>;
        }>;
      };
      for (const resourceSpans of body.resourceSpans) {
        const service = resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue;
        for (const scope of resourceSpans.scopeSpans) {
          for (const span of scope.spans) {
            spans.push({
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              kind: KINDS[span.kind] ?? 'internal',
              attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, value(a.value)])),
              service,
            });
          }
        }
      }
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await emulator?.close();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

function startGateway(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcessWithoutNullStreams; url: string; ready: Record<string, unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--backend', 'aws', '--port', '0'], {
    cwd: root,
    env: awsModeEnv(emulator.url, env),
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`no ready line in 60 s; stderr: ${stderr}`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter((l) => l.startsWith('{'))) {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (typeof parsed.url === 'string') {
          clearTimeout(timer);
          resolve({ child, url: parsed.url, ready: parsed });
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready; stderr: ${stderr}`)));
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const plugin = SEED.qbusiness.plugins.noAuth;
const QUERY = `query ThreeServices {
  plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId }
  connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { connectorId }
  actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: "${SEED.quicksight.actionConnectors.none}") { actionConnectorId }
}`;

describe('OpenTelemetry traces over OTLP/HTTP', { timeout: 90_000 }, () => {
  it('one trace per request: HTTP server → GraphQL → one client span per AWS call → its HTTP span, continuing traceparent', async () => {
    const { child, url, ready } = await startGateway({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'graph-under-test',
      OTEL_TRACES_SAMPLER: 'parentbased_always_on',
    });
    expect(ready.tracing).toBe(true);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const reusedTraceId = '4bf92f3577b34da6a3ce929d0e0e4737';
    const callerSpanId = '00f067aa0ba902b7';
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpanId}-01` },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
      // The same request again: answered with the kept response (the response cache is on by default).
      const again = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${reusedTraceId}-${callerSpanId}-01` },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(await again.json()).toEqual(body);
    } finally {
      // Stopping flushes the batch of spans to the receiver.
      expect(await stop(child)).toBe(0);
    }

    // Traces only (metrics are Prometheus', logs stdout), as OTLP/JSON.
    expect(paths).toEqual(new Set(['POST /v1/traces']));
    expect(contentTypes).toEqual(new Set(['application/json']));
    const trace = spans.filter((span) => span.traceId === traceId);
    expect(new Set(trace.map((span) => span.service))).toEqual(new Set(['graph-under-test']));
    const children = (parent: Span) => trace.filter((span) => span.parentSpanId === parent.spanId);

    const servers = trace.filter((span) => span.kind === 'server');
    expect(servers).toHaveLength(1);
    const [server] = servers as [Span];
    expect(server.parentSpanId).toBe(callerSpanId);
    expect(server.attributes['http.method'] ?? server.attributes['http.request.method']).toBe('POST');

    const execute = children(server).find((span) => span.name.startsWith('query') || span.name === 'graphql.execute');
    expect(execute, JSON.stringify(trace.map((s) => [s.name, s.kind]))).toBeDefined();
    expect(execute?.attributes['graphql.operation.name']).toBe('ThreeServices');
    expect(execute?.attributes['graphql.operation.type']).toBe('query');
    expect(String(execute?.attributes['graphql.source'] ?? '')).not.toContain(plugin.pluginId);

    const awsSpans = trace.filter((span) => span.attributes['rpc.system'] === 'aws-api');
    expect(awsSpans.map((span) => `${span.attributes['rpc.service']}.${span.attributes['rpc.method']}`).sort()).toEqual([
      'QBusiness.GetPlugin',
      'QuickSight.DescribeActionConnector',
      'SecurityHub.GetConnectorV2',
    ]);
    const requestIds = new Set(emulator.calls.list().map((call) => call.requestId));
    for (const span of awsSpans) {
      expect(span.kind).toBe('client');
      expect(span.parentSpanId).toBe(execute?.spanId);
      expect(requestIds.has(String(span.attributes['aws.request_id']))).toBe(true);
      expect(span.attributes['aws.request.id']).toBe(span.attributes['aws.request_id']);
      const http = children(span);
      expect(http.map((h) => h.kind)).toEqual(['client']);
    }
    expect(server.attributes[REUSED_SPAN_ATTRIBUTE]).toBeUndefined();

    // A re-used response's trace is its HTTP span alone, marked as such; AWS saw three calls in all.
    const reused = spans.filter((span) => span.traceId === reusedTraceId);
    expect(reused.map((span) => [span.kind, span.attributes[REUSED_SPAN_ATTRIBUTE]])).toEqual([['server', true]]);
    expect(emulator.calls.count()).toBe(3);
  });

  it('starts nothing when OTEL_EXPORTER_OTLP_ENDPOINT is unset', async () => {
    // Its own service name: spans the previous test's process flushes late must not count against this one.
    const { child, url, ready } = await startGateway({ OTEL_SERVICE_NAME: 'graph-without-otlp-endpoint' });
    try {
      expect(ready.tracing).toBe(false);
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    } finally {
      expect(await stop(child)).toBe(0);
    }
    expect(spans.filter((span) => span.service === 'graph-without-otlp-endpoint')).toEqual([]);
  });
});
