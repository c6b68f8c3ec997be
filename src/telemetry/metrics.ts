import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, collectDefaultMetrics, register } from 'prom-client';

/**
 * The gateway's Prometheus metrics, in prom-client's default registry (one per process, like Node's own metrics).
 * Names follow prom-client and Prometheus conventions: `connector_graph_` prefix, `_total` counters, `_seconds`.
 */
collectDefaultMetrics();

/** Seconds: from a cached answer (milliseconds) to an AWS call that retried until its timeout. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const graphqlRequests = new Counter({
  name: 'connector_graph_graphql_requests_total',
  help: 'GraphQL operations answered, by operation type (query, mutation, unknown when it did not parse) and outcome (ok, partial: data and errors, error: errors only)',
  labelNames: ['operation_type', 'outcome'] as const,
});

export const graphqlDuration = new Histogram({
  name: 'connector_graph_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL operation to sending its response',
  labelNames: ['operation_type'] as const,
  buckets: DURATION_BUCKETS,
});

export const graphqlInFlight = new Gauge({
  name: 'connector_graph_graphql_requests_in_flight',
  help: 'GraphQL operations being executed now',
});

export const awsCalls = new Counter({
  name: 'connector_graph_aws_calls_total',
  help: 'AWS API calls, after retries, by service, operation and outcome (ok, or the error code of the GraphQL error contract)',
  labelNames: ['service', 'operation', 'outcome'] as const,
});

export const awsDuration = new Histogram({
  name: 'connector_graph_aws_call_duration_seconds',
  help: 'Time one AWS API call took, retries included',
  labelNames: ['service', 'operation'] as const,
  buckets: DURATION_BUCKETS,
});

export const awsRetries = new Counter({
  name: 'connector_graph_aws_retries_total',
  help: 'Extra attempts the SDK made (attempts - 1 per call), by service and operation',
  labelNames: ['service', 'operation'] as const,
});

export const awsInFlight = new Gauge({
  name: 'connector_graph_aws_calls_in_flight',
  help: 'AWS API calls waiting for an answer now, by service',
  labelNames: ['service'] as const,
});

export const cacheLookups = new Counter({
  name: 'connector_graph_cache_lookups_total',
  help: 'Reads looked up in the cross-request cache, by service, operation and result (hit; miss: AWS was called; stale: AWS failed and an older answer was served; bypass: Cache-Control: no-cache)',
  labelNames: ['service', 'operation', 'result'] as const,
});

export const responseCacheReuses = new Counter({
  name: 'connector_graph_response_cache_reuses_total',
  help: 'GraphQL queries answered with a kept response (the same request by the same caller, while every cached answer it was built from is still current), without running the query',
});

export const rateLimitWaits = new Counter({
  name: 'connector_graph_rate_limit_waits_total',
  help: "AWS calls that waited for a token of the gateway's rate limits before going out, by service and operation",
  labelNames: ['service', 'operation'] as const,
});

export const rateLimitRefusals = new Counter({
  name: 'connector_graph_rate_limit_refusals_total',
  help: "AWS calls the gateway's rate limits refused (THROTTLED, throttledBy gateway) without calling AWS, by service and operation",
  labelNames: ['service', 'operation'] as const,
});

/** `GET /metrics` as a plain node:http handler: the Prometheus text format of every metric above plus Node's. */
export function metricsHandler(_req: IncomingMessage, res: ServerResponse): void {
  register.metrics().then(
    (text) => {
      res.statusCode = 200;
      res.setHeader('content-type', register.contentType);
      res.end(text);
    },
    () => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('metrics could not be collected\n');
    },
  );
}

/** Serves only `GET /metrics` on its own port (CONNECTOR_GRAPH_METRICS_PORT), e.g. to keep it off a public listener. */
export async function startMetricsServer(port: number, host: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/metrics' || req.url?.startsWith('/metrics?'))) return metricsHandler(req, res);
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found: this port serves GET /metrics only\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
