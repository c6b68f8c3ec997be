/**
 * `npm run bench -- memory`: what a caller sending ever-new query texts costs the gateway's heap. One in-process
 * gateway per variant (cache on, the response cache off, then at its default 32 MiB) against the in-process emulator;
 * BENCH_DISTINCT (default 30000) queries that differ only in an alias, 16 at a time; the live heap (after full
 * collections) before and after. What holds memory per distinct text is bounded: Apollo's document cache
 * (DOCUMENT_STORE_BYTES in src/server.ts) and the response cache (CONNECTOR_GRAPH_RESPONSE_CACHE_MIB), so the growth
 * must level off at about their sum, whatever the number of texts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pino } from 'pino';
import { createAwsCallLayers } from '../src/aws/callLayers.js';
import { AwsClients } from '../src/aws/clients.js';
import type { Config } from '../src/config.js';
import { SEED, startEmulator } from '../src/emulator/index.js';
import { createServer, DOCUMENT_STORE_BYTES } from '../src/server.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const liveHeapMiB = (): number => {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const DISTINCT = Number(process.env.BENCH_DISTINCT ?? 30_000);
const KEY = SEED.qbusiness.plugins.oAuth2;

async function variant(responseCacheMiB: number): Promise<void> {
  const logger = pino({ level: 'silent' });
  const emulator = await startEmulator({ log: () => undefined });
  const layers: Config['layers'] = { rateLimits: { '*': { rate: 1_000_000, burst: 1_000_000 } }, rateWaitMs: 2000, cacheTtlS: 600, cacheMaxStaleS: 0, responseCacheMiB, redisUrl: undefined };
  const aws: Config['aws'] = { region: 'us-east-1', maxAttempts: 1, connectionTimeoutMs: 2000, requestTimeoutMs: 10_000, maxSockets: 50, concurrency: 10, inventoryMaxItems: 1000 };
  const callLayers = createAwsCallLayers(layers, logger);
  const clients = new AwsClients({ ...aws, region: 'us-east-1', endpoint: emulator.url, credentials: { accessKeyId: 'AKIABENCHEXAMPLE', secretAccessKey: 'bench' }, layers: callLayers.layers });
  const server = await createServer({
    config: { production: true, introspection: false, landingPage: 'off', sandboxTelemetry: false, corsOrigins: [], corsLocalhost: false, aws, federation: { maxRepresentations: 100, entityConcurrency: 10 }, cost: { maxAwsCalls: 200, maxMutations: 10, maxDepth: 20 }, layers },
    logger,
    clients,
  });
  const url = await server.listen(0, '127.0.0.1');
  const post = async (alias: string) => {
    const query = `{ ${alias}: plugin(applicationId: "${KEY.applicationId}", pluginId: "${KEY.pluginId}") { id name displayName type serverUrl state createdAt updatedAt } }`;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors !== undefined) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
  };
  try {
    for (let i = 0; i < 200; i++) await post(`warm${i}`);
    emulator.calls.reset();
    const before = liveHeapMiB();
    let next = 0;
    const halfway: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < DISTINCT) {
          const i = next++;
          if (i === DISTINCT / 2) halfway.push(liveHeapMiB());
          await post(`a${i}`);
        }
      }),
    );
    const after = liveHeapMiB();
    const signed = (mib: number) => `${mib < 0 ? '' : '+'}${mib.toFixed(1)}`;
    const mid = halfway[0] === undefined ? '' : `, ${signed(halfway[0] - before)} MiB at half of them`;
    console.log(`  response cache ${String(responseCacheMiB).padStart(2)} MiB  live heap ${before.toFixed(1)} -> ${after.toFixed(1)} MiB: ${signed(after - before)} MiB${mid}; AWS calls ${emulator.calls.count()}`);
  } finally {
    await server.stop();
    clients.destroy();
    await callLayers.close();
    await emulator.close();
  }
}

export async function memory(): Promise<void> {
  console.log(`memory: ${DISTINCT} distinct query texts (one alias apart), 16 at a time, cache on; Apollo's document cache ${DOCUMENT_STORE_BYTES / 2 ** 20} MiB of document JSON`);
  await variant(0);
  await variant(32);
}
