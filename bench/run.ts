/**
 * `npm run bench`: measurements taken side by side in one run and reported as ratios, so a noisy shared machine
 * shifts both sides alike. Everything runs on loopback against the built-in emulator through the real SDK.
 *
 * 1. Gateway overhead: one plugin read through GraphQL over HTTP versus the same GetPlugin made with the SDK directly.
 * 3. Lists: 50 plugins with summary fields only versus also selecting authConfiguration (one GetPlugin per node),
 *    with 20 ms of emulated AWS latency per call; AWS calls per query are reported too (1 and 51 expected).
 * 2. Fan-out: a query naming 50 plugin fields over 10 distinct plugins, with 20 ms of emulated AWS latency, at the
 *    default loader concurrency (10) versus one call at a time. The AWS call count is reported too (10 expected).
 * 4. Throughput: the gateway process versus a direct SDK loop process, 16 concurrent clients each, against an
 *    emulator process (see bench/throughput.ts): default configuration, JWT on, cache hits, and the floor (Apollo
 *    Server 5 behind the same route with a constant resolver), then what the floor leaves for the gateway.
 * 5. Memory: the live heap after many distinct query texts, with the response cache off and on (bench/memory.ts).
 * 6. Replicas: two gateways sharing one Redis stay within a GetPlugin rate limit (bench/replicas.ts).
 *
 * `npm run bench -- throughput` runs 4 only; `-- memory` 5 only; `-- soak` the 10-minute soak; `-- profile` a CPU
 * profile of the gateway under the throughput load; `-- compare <dir>` an earlier build against dist/ (a change's
 * measured gain).
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GetPluginCommand } from '@aws-sdk/client-qbusiness';
import { pino } from 'pino';
import { createAwsCallLayers } from '../src/aws/callLayers.js';
import { AwsClients } from '../src/aws/clients.js';
import type { Config } from '../src/config.js';
import { SEED, startEmulator, type Emulator } from '../src/emulator/index.js';
import { createServer } from '../src/server.js';
import { memory } from './memory.js';
import { replicas } from './replicas.js';
import { soak } from './soak.js';
import { compare } from './compare.js';
import { profile } from './profile.js';
import { throughput } from './throughput.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const logger = pino({ level: 'silent' });
/** The side-by-side benchmarks measure the data path: no cache, rate limits far above what they reach. */
const BENCH_LAYERS: Config['layers'] = {
  rateLimits: { '*': { rate: 1_000_000, burst: 1_000_000 } },
  rateWaitMs: 2000,
  cacheTtlS: 0,
  cacheMaxStaleS: 0,
  responseCacheMiB: 0,
  redisUrl: undefined,
};
const credentials = { accessKeyId: 'AKIABENCHEXAMPLE', secretAccessKey: 'bench' };

async function gateway(emulator: Emulator, concurrency: number) {
  const aws: Config['aws'] = {
    region: 'us-east-1',
    maxAttempts: 1,
    connectionTimeoutMs: 2000,
    requestTimeoutMs: 10_000,
    maxSockets: 50,
    concurrency,
    inventoryMaxItems: 1000,
  };
  const clients = new AwsClients({ ...aws, region: 'us-east-1', endpoint: emulator.url, credentials, layers: createAwsCallLayers(BENCH_LAYERS, logger).layers });
  const server = await createServer({
    config: { production: true, introspection: false, landingPage: 'off', sandboxTelemetry: false, corsOrigins: [], corsLocalhost: false, aws, federation: { maxRepresentations: 100, entityConcurrency: concurrency }, cost: { maxAwsCalls: 200, maxMutations: 10, maxDepth: 20 }, layers: BENCH_LAYERS },
    logger,
    clients,
  });
  const url = await server.listen(0, '127.0.0.1');
  const post = async (query: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
  };
  return { clients, post, stop: async () => (await server.stop(), clients.destroy()) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function overhead(emulator: Emulator): Promise<void> {
  const gw = await gateway(emulator, 10);
  const key = SEED.qbusiness.plugins.oAuth2;
  const client = await gw.clients.qbusiness();
  const direct = () => client.send(new GetPluginCommand(key));
  const query = `{ plugin(applicationId: "${key.applicationId}", pluginId: "${key.pluginId}") {
    pluginId displayName type state buildStatus createdAt
    authConfiguration { __typename ... on OAuth2ClientCredentialConfiguration { roleArn tokenUrl } } } }`;
  const viaGraph = () => gw.post(query);
  for (let i = 0; i < 50; i++) await Promise.all([direct(), viaGraph()]); // warm-up: JIT, sockets
  const rounds = 400;
  const sdk: number[] = [];
  const graph: number[] = [];
  // Interleaved so both sides see the same machine load.
  for (let i = 0; i < rounds; i++) {
    sdk.push(await time(direct));
    graph.push(await time(viaGraph));
  }
  await gw.stop();
  const ratio = median(graph) / median(sdk);
  console.log(`gateway overhead: ${rounds} sequential reads each`);
  console.log(`  SDK GetPlugin direct      median ${median(sdk).toFixed(3)} ms`);
  console.log(`  GraphQL plugin query      median ${median(graph).toFixed(3)} ms`);
  console.log(`  ratio graph/direct        ${ratio.toFixed(2)}x (includes the client->gateway HTTP hop)`);
}

async function fanOut(emulator: Emulator): Promise<void> {
  const plugins = emulator.store.qbusiness.listPlugins('us-east-1', SEED.qbusiness.applicationIds[0]).slice(0, 10);
  const fields = Array.from({ length: 50 }, (_, i) => {
    const plugin = plugins[i % plugins.length];
    if (plugin === undefined) throw new Error('not enough seeded plugins');
    return `p${i}: plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId displayName }`;
  });
  const query = `{ ${fields.join('\n')} }`;
  const removeLatency = emulator.faults.add('GetPlugin', { latencyMs: 20 });
  const concurrent = await gateway(emulator, 10);
  const sequential = await gateway(emulator, 1);
  await concurrent.post(query);
  await sequential.post(query);
  emulator.calls.reset();
  await concurrent.post(query);
  const callsPerQuery = emulator.calls.count('GetPlugin');
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 15; i++) {
    a.push(await time(() => concurrent.post(query)));
    b.push(await time(() => sequential.post(query)));
  }
  removeLatency();
  await concurrent.stop();
  await sequential.stop();
  console.log(`fan-out: 50 plugin fields over 10 distinct plugins, 20 ms emulated AWS latency, 15 queries each`);
  console.log(`  AWS calls per query       ${callsPerQuery} (50 fields; de-duplicated by the per-request DataLoader)`);
  console.log(`  concurrency 10            median ${median(a).toFixed(1)} ms`);
  console.log(`  concurrency 1             median ${median(b).toFixed(1)} ms`);
  console.log(`  ratio sequential/batched  ${(median(b) / median(a)).toFixed(2)}x`);
}

async function lists(emulator: Emulator): Promise<void> {
  const app = SEED.qbusiness.applicationIds[0];
  const summary = `{ plugins(applicationId: "${app}", first: 50) { nodes { pluginId displayName type state buildStatus } } }`;
  const detailed = `{ plugins(applicationId: "${app}", first: 50) { nodes { pluginId displayName authConfiguration { __typename } } } }`;
  const removeList = emulator.faults.add('ListPlugins', { latencyMs: 20 });
  const removeGet = emulator.faults.add('GetPlugin', { latencyMs: 20 });
  const gw = await gateway(emulator, 10);
  await gw.post(summary);
  await gw.post(detailed);
  emulator.calls.reset();
  await gw.post(summary);
  const summaryCalls = emulator.calls.count();
  emulator.calls.reset();
  await gw.post(detailed);
  const detailedCalls = emulator.calls.count();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 15; i++) {
    a.push(await time(() => gw.post(summary)));
    b.push(await time(() => gw.post(detailed)));
  }
  removeList();
  removeGet();
  await gw.stop();
  console.log(`lists: 50 plugins, 20 ms emulated AWS latency per call, 15 queries each`);
  console.log(`  summary fields only       ${summaryCalls} AWS call, median ${median(a).toFixed(1)} ms`);
  console.log(`  + authConfiguration       ${detailedCalls} AWS calls (1 + 50, 10 at a time), median ${median(b).toFixed(1)} ms`);
  console.log(`  ratio detailed/summary    ${(median(b) / median(a)).toFixed(2)}x: select detail fields only when shown`);
}

async function main(): Promise<void> {
  if (process.argv.includes('soak')) {
    await soak();
    return;
  }
  const compareAt = process.argv.indexOf('compare');
  if (compareAt >= 0) {
    const dir = process.argv[compareAt + 1];
    if (dir === undefined) throw new Error('usage: npm run bench -- compare <dir holding an earlier build of dist/>');
    await compare(resolve(dir));
    return;
  }
  if (process.argv.includes('profile')) {
    await profile();
    return;
  }
  if (process.argv.includes('memory')) {
    await memory();
    return;
  }
  const only = process.argv.includes('throughput');
  if (only) {
    await throughputVariants();
    return;
  }
  const emulator = await startEmulator();
  try {
    console.log(`connector-graph bench (node ${process.version})`);
    await overhead(emulator);
    await fanOut(emulator);
    await lists(emulator);
    const rss = process.memoryUsage().rss / 1024 / 1024;
    console.log(`memory: process RSS after both runs ${rss.toFixed(0)} MiB (emulator, the gateways and the SDK in one process)`);
  } finally {
    await emulator.close();
  }
  await throughputVariants();
  await memory();
  await replicas();
}

/** The throughput benchmark's variants (`npm run bench -- throughput` runs only these). */
async function throughputVariants(): Promise<void> {
  const results = await throughput([
    { name: 'default configuration, cache off', env: {} },
    // The same, with JWT authentication on: every query carries a bearer token (verified once, then cached until exp).
    { name: 'JWT auth on, cache off', env: {}, jwtScopes: 'qbusiness:read' },
    // The same query repeated inside the TTL: cache hits (0 AWS calls after the first) against the direct SDK loop,
    // in the default configuration (the kept response is sent again), and with the per-call cache alone (the query
    // runs, every read answered from the cache).
    { name: 'cache on, repeated query inside the TTL (cache hits)', env: { CONNECTOR_GRAPH_CACHE_TTL_S: '15' }, target: 2 },
    { name: 'cache on, response cache off, repeated query (per-call cache hits)', env: { CONNECTOR_GRAPH_CACHE_TTL_S: '15', CONNECTOR_GRAPH_RESPONSE_CACHE_MIB: '0' }, target: null },
    // The floor: Apollo Server 5 behind the same /graphql route, constant resolver, no AWS call (bench/throughput/floor-server.ts).
    { name: 'floor: Apollo Server 5 + the gateway\'s HTTP route, constant resolver, no AWS call', env: {}, script: join(import.meta.dirname, 'throughput', 'floor-server.ts'), target: null },
  ]);
  const [gateway, , , , floor] = results;
  if (gateway !== undefined && floor !== undefined) {
    // A gateway query is at least the floor's work plus one SDK call: its best possible ratio, CPU-bound, is
    // SDK / (floor + SDK) in CPU per query.
    const ceiling = 1 / (1 + floor.cpuMs / floor.sdkCpuMs);
    console.log(`floor analysis: HTTP + Apollo Server alone cost ${floor.cpuMs.toFixed(3)} ms/query, one direct SDK call ${floor.sdkCpuMs.toFixed(3)} ms;`);
    console.log(`  a gateway with no cost of its own above these would reach a throughput ratio of about ${ceiling.toFixed(2)};`);
    console.log(`  this gateway costs ${gateway.cpuMs.toFixed(3)} ms/query: ${(gateway.cpuMs - floor.cpuMs - gateway.sdkCpuMs).toFixed(3)} ms above floor + SDK call (its resolvers, layers and schema)`);
  }
}

await main();
