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

describe('auth configuration', () => {
  it('is off with the emulator by default, and --auth wins over CONNECTOR_GRAPH_AUTH', () => {
    expect(loadConfig([], {}).auth).toMatchObject({ mode: 'none', explicit: false, awsIdentity: 'gateway', audience: 'connector-graph' });
    expect(loadConfig(['--auth', 'jwt'], { CONNECTOR_GRAPH_AUTH: 'none' }).auth).toMatchObject({ mode: 'jwt', explicit: true });
  });

  it('reads the issuer, audience, algorithms, tolerance and caller identity', () => {
    const auth = loadConfig(['--backend', 'aws'], {
      CONNECTOR_GRAPH_AUTH: 'jwt',
      CONNECTOR_GRAPH_JWT_ISSUER: 'https://login.example.com/',
      CONNECTOR_GRAPH_JWT_AUDIENCE: 'api://graph',
      CONNECTOR_GRAPH_JWT_ALGORITHMS: 'ES256, EdDSA',
      CONNECTOR_GRAPH_JWT_CLOCK_TOLERANCE_S: '5',
      CONNECTOR_GRAPH_AWS_IDENTITY: 'caller',
      CONNECTOR_GRAPH_AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/graph-callers',
      CONNECTOR_GRAPH_AWS_SESSION_DURATION_S: '900',
    }).auth;
    expect(auth).toMatchObject({
      mode: 'jwt',
      issuer: 'https://login.example.com/',
      audience: 'api://graph',
      algorithms: ['ES256', 'EdDSA'],
      clockToleranceSeconds: 5,
      awsIdentity: 'caller',
      roleArn: 'arn:aws:iam::123456789012:role/graph-callers',
      sessionDurationSeconds: 900,
    });
  });

  it.each([
    [['--backend', 'aws'], {}, /--backend aws needs CONNECTOR_GRAPH_AUTH/],
    [['--backend', 'aws', '--auth', 'jwt'], {}, /needs CONNECTOR_GRAPH_JWT_ISSUER/],
    [['--backend', 'aws', '--auth', 'jwt'], { CONNECTOR_GRAPH_JWT_ISSUER: 'https://i.example' }, /needs CONNECTOR_GRAPH_JWT_AUDIENCE/],
    [[], { CONNECTOR_GRAPH_JWT_ALGORITHMS: 'RS256,HS256' }, /"HS256": use asymmetric algorithms only/],
    [[], { CONNECTOR_GRAPH_JWT_ALGORITHMS: 'none' }, /"none": use asymmetric algorithms only/],
    [['--auth', 'basic'], {}, /--auth \/ CONNECTOR_GRAPH_AUTH is "basic": use one of none, jwt/],
    [[], { CONNECTOR_GRAPH_AWS_IDENTITY: 'caller' }, /needs --auth jwt/],
    [['--auth', 'jwt'], { CONNECTOR_GRAPH_AWS_IDENTITY: 'caller' }, /needs CONNECTOR_GRAPH_AWS_ROLE_ARN/],
    [[], { CONNECTOR_GRAPH_AWS_ROLE_ARN: 'graph-callers' }, /is not an IAM role ARN/],
  ] as Array<[string[], NodeJS.ProcessEnv, RegExp]>)('refuses %j %j with one line to fix', (argv, env, message) => {
    expect(() => loadConfig(argv, env)).toThrow(message);
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
