/**
 * Two gateway processes sharing one real Redis, many clients, GetPlugin limited to R per second: the AWS call rate
 * the emulator (its own process) sees stays within R plus the burst, and no request fails other than with THROTTLED.
 */
import { redisUnavailable, startRedis } from '../test/support/redis.js';
import { startEmulatorProcess, startGateway, THROUGHPUT_QUERY } from './throughput.js';

const RATE = 20;
const BURST = 20;
const RUN_MS = Number(process.env.BENCH_REPLICAS_MS ?? 5000);
const CLIENTS_PER_GATEWAY = 16;

async function calls(emulatorUrl: string, method: 'GET' | 'DELETE'): Promise<number> {
  const response = await fetch(`${emulatorUrl}/_emulator/calls`, { method });
  const body = (await response.json()) as { counts?: Record<string, number>; cleared?: number };
  return body.counts?.GetPlugin ?? 0;
}

export async function replicas(): Promise<void> {
  let unavailable: string | undefined;
  try {
    unavailable = redisUnavailable();
  } catch (error) {
    unavailable = (error as Error).message;
  }
  if (unavailable !== undefined) {
    console.log(`replicas: skipped (${unavailable})`);
    return;
  }
  const redis = await startRedis();
  const emulator = await startEmulatorProcess();
  const env = {
    CONNECTOR_GRAPH_REDIS_URL: redis.url,
    CONNECTOR_GRAPH_AWS_RATE_LIMITS: `GetPlugin=${RATE}/${BURST}`,
    CONNECTOR_GRAPH_AWS_RATE_WAIT_MS: '100',
    CONNECTOR_GRAPH_CACHE_TTL_S: '0',
  };
  const gateways = await Promise.all([startGateway(emulator.url, { name: 'replica 1', env }), startGateway(emulator.url, { name: 'replica 2', env })]);
  try {
    // Let the start-up probes' tokens refill, then count from zero.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await calls(emulator.url, 'DELETE');
    const outcomes = new Map<string, number>();
    const until = performance.now() + RUN_MS;
    const started = performance.now();
    const client = async (url: string) => {
      while (performance.now() < until) {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: THROUGHPUT_QUERY }) });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string; throttledBy?: string } }> };
        const error = body.errors?.[0]?.extensions;
        const outcome = error === undefined ? 'ok' : `${error.code ?? 'unknown'}${error.throttledBy === undefined ? '' : ` (${error.throttledBy})`}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    };
    await Promise.all(gateways.flatMap((gateway) => Array.from({ length: CLIENTS_PER_GATEWAY }, () => client(gateway.url))));
    const seconds = (performance.now() - started) / 1000;
    const seen = await calls(emulator.url, 'GET');
    const bound = RATE * seconds + BURST;
    console.log(`replicas: 2 gateway processes, one redis-server, ${2 * CLIENTS_PER_GATEWAY} clients, GetPlugin limited to ${RATE}/s (burst ${BURST}), ${seconds.toFixed(1)} s`);
    console.log(`  GetPlugin calls AWS saw   ${seen} = ${(seen / seconds).toFixed(1)}/s (bound ${RATE}/s + burst: ${bound.toFixed(0)} calls) ${seen <= bound ? 'OK' : 'OVER THE LIMIT'}`);
    console.log(`  answers                   ${[...outcomes].map(([outcome, count]) => `${outcome}: ${count}`).join(', ')}`);
    const others = [...outcomes.keys()].filter((outcome) => outcome !== 'ok' && outcome !== 'THROTTLED (gateway)');
    console.log(`  failures other than THROTTLED: ${others.length === 0 ? 'none' : others.join(', ')}`);
  } finally {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    emulator.child.kill('SIGTERM');
    await redis.stop();
  }
}
