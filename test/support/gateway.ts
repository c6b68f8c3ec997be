import { request } from 'node:http';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { AwsCredentialIdentity } from '@smithy/types';
import { AwsClients } from '../../src/aws/clients.js';
import { createAwsCallLayers } from '../../src/aws/callLayers.js';
import { AUTH_OFF, type AuthConfig, type Config, type CostConfig, type LayersConfig } from '../../src/config.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import type { Logger } from '../../src/logger.js';
import { createServer, type Gateway } from '../../src/server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

/** POSTs one GraphQL operation over HTTP, as a client would, and parses the answer. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** POSTs a query from a chosen loopback address, so tests can be several callers (fairness is per client address). */
export function postFrom(
  url: string,
  localAddress: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse & { headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLResponse['body'] }));
      res.on('error', reject);
    });
    req.setTimeout(20_000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

export interface TestGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  url: string;
  emulator: Emulator;
  /** The gateway itself (its health, its HTTP server). */
  gateway: Gateway;
  /** Every log line the gateway wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  /** With a Redis URL: resolves once the call layers are connected to Redis (false after 10 s). */
  redisReady(): Promise<boolean>;
  /** POSTs one GraphQL operation over HTTP. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  /** SDK attempts per call; 1 (no retries) unless a test is about retries. */
  maxAttempts?: number;
  requestTimeoutMs?: number;
  production?: boolean;
  /** Point the SDK somewhere else than the emulator (e.g. a closed port). */
  endpoint?: string;
  /** Items the integrations query reads per AWS list (default 1000). */
  inventoryMaxItems?: number;
  /** Emulator settings (quota, build delay...); its request log always goes to the gateway's logger. */
  emulator?: Omit<EmulatorOptions, 'log'>;
  /** Federation: representations per `_entities` request (default 100) and references resolved at once (default 10). */
  maxRepresentations?: number;
  entityConcurrency?: number;
  /** Who may call (default: auth off). `issuer` undefined with mode jwt = the emulator's development issuer. */
  auth?: Partial<AuthConfig>;
  /** Slow-client limits of the HTTP server (default: the production defaults). */
  http?: Config['http'];
  /** Cursor HMAC key (default: random per gateway). */
  cursorSecret?: string;
  /** Browser-facing settings (default: Sandbox outside production, Studio's origin only, no localhost origins). */
  landingPage?: Config['landingPage'];
  corsOrigins?: string[];
  corsLocalhost?: boolean;
  /** Per-request budget (defaults: the production defaults). */
  cost?: Partial<CostConfig>;
  /** Keep-alive sockets per connection pool (one pool per service and region; default 50). */
  maxSockets?: number;
  /** The gateway's own AWS credentials (default: fixed keys carrying the emulator's account id). */
  credentials?: AwsCredentialIdentity;
  /** Rate limits, cache, Redis (defaults: no cache, rate limits far above what tests reach, no Redis). */
  layers?: Partial<LayersConfig>;
}

/** What tests run with unless they are about these layers: call counts stay exact and nothing waits. */
export const TEST_LAYERS: LayersConfig = {
  rateLimits: { '*': { rate: 1_000_000, burst: 1_000_000 } },
  rateWaitMs: 2000,
  cacheTtlS: 0,
  cacheMaxStaleS: 300,
  // Tests of the per-call cache see every request reach it; test/http/responseCache.test.ts turns this on.
  responseCacheMiB: 0,
  redisUrl: undefined,
};

/**
 * The real thing, in-process: the emulator on a loopback port, SDK clients pointed at it over HTTP, and the gateway
 * listening on its own loopback port. Everything binds 127.0.0.1 port 0.
 */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const logs: Array<Record<string, unknown>> = [];
  const logger: Logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line));
        callback();
      },
    }),
  );
  const emulator = await startEmulator({
    ...options.emulator,
    log: (entry) => logger.debug({ emulator: entry }, 'emulator request'),
  });
  const aws: Config['aws'] = {
    region: 'us-east-1',
    maxAttempts: options.maxAttempts ?? 1,
    connectionTimeoutMs: 2000,
    requestTimeoutMs: options.requestTimeoutMs ?? 5000,
    maxSockets: options.maxSockets ?? 50,
    concurrency: 10,
    inventoryMaxItems: options.inventoryMaxItems ?? 1000,
  };
  const layers: LayersConfig = { ...TEST_LAYERS, ...options.layers };
  const callLayers = createAwsCallLayers(layers, logger);
  const clients = new AwsClients({
    ...aws,
    layers: callLayers.layers,
    region: 'us-east-1',
    endpoint: options.endpoint ?? emulator.url,
    // With its account, as AWS_ACCOUNT_ID gives the SDK's env provider: the rate limits need no STS lookup.
    credentials: options.credentials ?? { accessKeyId: 'AKIATESTEXAMPLE', secretAccessKey: 'test-secret', accountId: emulator.accountId },
  });
  const production = options.production ?? false;
  const gateway: Gateway = await createServer({
    config: {
      production,
      introspection: !production,
      landingPage: options.landingPage ?? (production ? 'off' : 'sandbox'),
      sandboxTelemetry: false,
      corsOrigins: options.corsOrigins ?? ['https://studio.apollographql.com'],
      corsLocalhost: options.corsLocalhost ?? false,
      aws,
      federation: { maxRepresentations: options.maxRepresentations ?? 100, entityConcurrency: options.entityConcurrency ?? 10 },
      cost: { maxAwsCalls: 200, maxMutations: 10, maxDepth: 20, ...options.cost },
      layers,
      auth: { ...AUTH_OFF, ...options.auth, issuer: options.auth?.issuer ?? (options.auth?.mode === 'jwt' ? emulator.issuer : undefined) },
      ...(options.http === undefined ? {} : { http: options.http }),
      ...(options.cursorSecret === undefined ? {} : { cursorSecret: options.cursorSecret }),
    },
    logger,
    clients,
  });
  const url = await gateway.listen(0, '127.0.0.1');
  return {
    url,
    emulator,
    gateway,
    logs,
    redisReady: () => callLayers.redisReady(10_000),
    gql: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    close: async () => {
      await gateway.stop();
      clients.destroy();
      await callLayers.close();
      await emulator.close();
    },
  };
}

/**
 * Registers beforeAll/afterAll hooks that start and stop one TestGateway for the calling test file, and an
 * afterEach hook that clears the emulator's faults and call log. Returns a handle usable inside tests.
 */
export function useTestGateway(options: TestGatewayOptions = {}): TestGateway {
  let current: TestGateway | undefined;
  beforeAll(async () => {
    current = await startTestGateway(options);
  });
  afterEach(() => {
    current?.emulator.faults.clear();
    current?.emulator.calls.reset();
  });
  afterAll(async () => {
    await current?.close();
  });
  const get = (): TestGateway => {
    if (current === undefined) throw new Error('useTestGateway: the gateway starts in beforeAll; use it inside tests');
    return current;
  };
  return {
    get url() {
      return get().url;
    },
    get emulator() {
      return get().emulator;
    },
    get gateway() {
      return get().gateway;
    },
    get logs() {
      return get().logs;
    },
    redisReady: () => get().redisReady(),
    gql: (query, variables, headers) => get().gql(query, variables, headers),
    close: () => get().close(),
  };
}

/**
 * The most calls of `operation` the emulator was serving at one instant, from its request log (end time and
 * duration per request) in `logs` from index `from`. Each interval is shrunk by 2 ms on both sides: the log's
 * end time has 1 ms resolution. A count, not a timing: use it with an injected latency well above 4 ms.
 */
export function maxCallsInFlight(logs: ReadonlyArray<Record<string, unknown>>, operation: string, from = 0): number {
  const intervals = logs
    .slice(from)
    .map((line) => line.emulator as { operation?: string; time?: string; ms?: number } | undefined)
    .filter((entry) => entry?.operation === operation)
    .map((entry) => {
      const end = Date.parse(entry?.time ?? '');
      return { start: end - (entry?.ms ?? 0) + 2, end: end - 2 };
    });
  return Math.max(0, ...intervals.map((a) => intervals.filter((b) => b.start <= a.start && a.start < b.end).length));
}
