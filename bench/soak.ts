/**
 * `npm run bench -- soak`: the gateway process as `npm start` runs it (the built-in emulator in the same process, so
 * its call log is part of what must stay bounded), with the cache off so that every query reaches the emulator, under
 * full load for BENCH_SOAK_MS (default 10 minutes); RSS at the end must stay within 10% of RSS after the first minute.
 * Every minute it prints the requests so far, RSS and the V8 heap in use (from the gateway's own /metrics), so a
 * growing heap (a leak) can be told from RSS that V8 or the allocator keeps.
 */
import { rssMiB, startEmulatorProcess, startGateway, THROUGHPUT_QUERY } from './throughput.js';

export async function soak(): Promise<void> {
  const totalMs = Number(process.env.BENCH_SOAK_MS ?? 600_000);
  const warmMs = Math.min(60_000, totalMs / 2);
  const emulator = await startEmulatorProcess();
  // npm start's default mode (in-process emulator); cache off and a rate limit that does not throttle the load, so every
  // query is one call the emulator records.
  const gateway = await startGateway(emulator.url, { name: 'soak', args: ['--backend', 'emulator'], env: { CONNECTOR_GRAPH_CACHE_TTL_S: '0' } });
  const pid = gateway.child.pid ?? -1;
  let requests = 0;
  let failures = 0;
  const until = performance.now() + totalMs;
  const started = performance.now();
  let afterWarm: number | undefined;
  let nextReport = 60_000;
  const metricsUrl = gateway.url.replace(/\/graphql$/, '/metrics');
  /** The V8 heap in use and reserved, and memory outside it (buffers), from the gateway's own /metrics. */
  const memory = async (): Promise<string> => {
    const text = await (await fetch(metricsUrl)).text();
    const mib = (series: string) => Number(new RegExp(`^${series} ([\\d.e+]+)$`, 'm').exec(text)?.[1] ?? Number.NaN) / 1024 / 1024;
    return `V8 heap used ${mib('nodejs_heap_size_used_bytes').toFixed(0)} of ${mib('nodejs_heap_size_total_bytes').toFixed(0)} MiB, external ${mib('nodejs_external_memory_bytes').toFixed(0)} MiB`;
  };
  const sampler = setInterval(() => {
    const elapsed = performance.now() - started;
    if (afterWarm === undefined && elapsed >= warmMs) afterWarm = rssMiB(pid);
    if (elapsed >= nextReport) {
      nextReport += 60_000;
      const rss = rssMiB(pid);
      void memory()
        .catch(() => 'V8 heap unknown')
        .then((heap) => console.log(`  ${(elapsed / 1000).toFixed(0)} s: ${requests} requests, RSS ${rss.toFixed(0)} MiB, ${heap}`));
    }
  }, 1000);
  const client = async () => {
    while (performance.now() < until) {
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: THROUGHPUT_QUERY }) });
      const text = await response.text();
      requests++;
      if (response.status !== 200 || text.includes('"errors"')) failures++;
    }
  };
  try {
    await Promise.all(Array.from({ length: 16 }, client));
    const end = rssMiB(pid);
    const first = afterWarm ?? end;
    console.log(`soak: ${(totalMs / 1000).toFixed(0)} s at full load, 16 clients, in-process emulator, cache off: ${requests} requests (${(requests / ((performance.now() - started) / 1000)).toFixed(0)}/s), ${failures} failed`);
    console.log(`  RSS after ${(warmMs / 1000).toFixed(0)} s ${first.toFixed(0)} MiB, at the end ${end.toFixed(0)} MiB: ${((end / first - 1) * 100).toFixed(1)}% (target within 10%)`);
  } finally {
    clearInterval(sampler);
    await gateway.stop();
    emulator.child.kill('SIGTERM');
  }
}
