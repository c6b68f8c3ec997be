/**
 * `npm run bench -- compare <dir>`: a change's gain, measured side by side. Runs the gateway compiled in <dir> (an
 * earlier `npm run build`'s dist/ copied inside the checkout so it resolves node_modules, e.g. `.bench-baseline`,
 * which git and lint ignore: `rm -rf .bench-baseline && cp -r dist .bench-baseline`) against the current dist/, both
 * against one emulator process, in interleaved rounds A B A B, and prints the median of the per-round ratios of
 * throughput and CPU per query (B/A: below 1 CPU means the change saves CPU).
 */
import { Agent } from 'node:http';
import { join } from 'node:path';
import { percentile, runGateway, startEmulatorProcess, startGateway, type Side } from './throughput.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 3000);

export async function compare(baseline: string): Promise<{ throughput: number; cpu: number }> {
  const emulator = await startEmulatorProcess();
  const a = await startGateway(emulator.url, { name: 'baseline', env: {}, dist: baseline });
  const b = await startGateway(emulator.url, { name: 'current', env: {}, dist: join(import.meta.dirname, '..', 'dist') });
  const agents = [new Agent({ keepAlive: true, maxSockets: 16 }), new Agent({ keepAlive: true, maxSockets: 16 })] as const;
  try {
    await runGateway(a, agents[0], 2000);
    await runGateway(b, agents[1], 2000);
    const sides: [Side[], Side[]] = [[], []];
    for (let round = 0; round < ROUNDS; round++) {
      sides[0].push(await runGateway(a, agents[0], ROUND_MS));
      sides[1].push(await runGateway(b, agents[1], ROUND_MS));
    }
    const cpu = (side: Side) => side.cpuMs / side.count;
    const throughput = percentile(sides[1].map((side, i) => side.count / (sides[0][i]?.count ?? Number.NaN)), 50);
    const cpuRatio = percentile(sides[1].map((side, i) => cpu(side) / cpu(sides[0][i] as Side)), 50);
    const show = (list: Side[]) => `${percentile(list.map((s) => s.count / (ROUND_MS / 1000)), 50).toFixed(0)} req/s, CPU ${percentile(list.map(cpu), 50).toFixed(3)} ms/query, errors ${list.reduce((n, s) => n + s.errors, 0)}`;
    console.log(`compare: ${ROUNDS} interleaved rounds of ${ROUND_MS} ms`);
    console.log(`  A baseline (${baseline})  ${show(sides[0])}`);
    console.log(`  B current (dist/)  ${show(sides[1])}`);
    console.log(`  B/A throughput ${throughput.toFixed(2)}, CPU per query ${cpuRatio.toFixed(2)}x`);
    return { throughput, cpu: cpuRatio };
  } finally {
    for (const agent of agents) agent.destroy();
    await Promise.all([a.stop(), b.stop()]);
    emulator.child.disconnect();
  }
}
