import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('federation configuration', () => {
  it('caps _entities at 100 representations and resolves 10 references at once by default', () => {
    expect(loadConfig([], {}).federation).toEqual({ maxRepresentations: 100, entityConcurrency: 10 });
  });

  it('reads CONNECTOR_GRAPH_MAX_REPRESENTATIONS and CONNECTOR_GRAPH_ENTITY_CONCURRENCY', () => {
    const env = { CONNECTOR_GRAPH_MAX_REPRESENTATIONS: '500', CONNECTOR_GRAPH_ENTITY_CONCURRENCY: '4' };
    expect(loadConfig([], env).federation).toEqual({ maxRepresentations: 500, entityConcurrency: 4 });
  });

  it.each([
    ['CONNECTOR_GRAPH_MAX_REPRESENTATIONS', '0', 'CONNECTOR_GRAPH_MAX_REPRESENTATIONS is "0": use a whole number from 1 to 10000.'],
    ['CONNECTOR_GRAPH_ENTITY_CONCURRENCY', 'many', 'CONNECTOR_GRAPH_ENTITY_CONCURRENCY is "many": use a whole number from 1 to 100.'],
  ])('refuses %s=%s with one line to fix', (name, value, message) => {
    expect(() => loadConfig([], { [name]: value })).toThrow(message);
  });
});

describe('operations configuration', () => {
  it('drains for 10 s, serves metrics beside /graphql and traces nothing by default', () => {
    expect(loadConfig([], {}).ops).toEqual({ drainTimeoutMs: 10_000, metricsPort: undefined, tracing: false });
  });

  it('reads CONNECTOR_GRAPH_DRAIN_TIMEOUT_MS, CONNECTOR_GRAPH_METRICS_PORT and OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    const env = {
      CONNECTOR_GRAPH_DRAIN_TIMEOUT_MS: '2500',
      CONNECTOR_GRAPH_METRICS_PORT: '9464',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
    };
    expect(loadConfig([], env).ops).toEqual({ drainTimeoutMs: 2500, metricsPort: 9464, tracing: true });
  });

  it.each([
    ['CONNECTOR_GRAPH_DRAIN_TIMEOUT_MS', '-1', 'CONNECTOR_GRAPH_DRAIN_TIMEOUT_MS is "-1": use a whole number from 0 to 600000.'],
    ['CONNECTOR_GRAPH_METRICS_PORT', '70000', 'CONNECTOR_GRAPH_METRICS_PORT is "70000": use a whole number from 1 to 65535.'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318', 'OTEL_EXPORTER_OTLP_ENDPOINT is "collector:4318": give the collector\'s http(s) URL'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc', 'OTEL_EXPORTER_OTLP_PROTOCOL is "grpc": use one of http/protobuf, http/json.'],
    ['OTEL_TRACES_SAMPLER', 'sometimes', 'OTEL_TRACES_SAMPLER is "sometimes": use one of always_on'],
  ])('refuses %s=%s with one line to fix', (name, value, message) => {
    expect(() => loadConfig([], { [name]: value })).toThrow(message);
  });
});
