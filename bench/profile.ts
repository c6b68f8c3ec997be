/**
 * `npm run bench -- profile`: where the gateway's CPU goes under the throughput benchmark's load. Starts the emulator
 * process and the gateway (dist/ when built) with `--cpu-prof`, drives it with the benchmark's query from 16
 * keep-alive clients for BENCH_PROFILE_MS (default 15000), stops it, and prints the .cpuprofile's path (open it in
 * Chrome DevTools' Performance panel, or any .cpuprofile viewer) with its self time grouped by package.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGateway, startEmulatorProcess, startGateway } from './throughput.js';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

/** Self time by npm package, node: module, our file or V8 category, in percent of the samples. */
function selfTimeByPackage(file: string): [string, number][] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const url = nodes.get(id)?.callFrame.url ?? '';
    const name = nodes.get(id)?.callFrame.functionName ?? '';
    const group = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url === '' ? name || '(native)' : url.replace(/^.*\/(dist|src)\//, '$1/'));
    const delta = profile.timeDeltas[i] ?? 0;
    groups.set(group, (groups.get(group) ?? 0) + delta);
    total += delta;
  });
  return [...groups].map(([group, time]): [string, number] => [group, (100 * time) / total]).sort((a, b) => b[1] - a[1]);
}

export async function profile(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'connector-graph-profile-'));
  const emulator = await startEmulatorProcess();
  const gateway = await startGateway(emulator.url, { name: 'profile', env: {}, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  try {
    const side = await runGateway(gateway, agent, Number(process.env.BENCH_PROFILE_MS ?? 15_000));
    console.log(`profile: ${side.count} queries, CPU ${(side.cpuMs / side.count).toFixed(3)} ms/query (start-up included in the profile)`);
  } finally {
    agent.destroy();
    await gateway.stop();
    emulator.child.disconnect();
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`the gateway wrote no profile into ${dir}`);
  console.log(`  ${join(dir, file)}`);
  for (const [group, percent] of selfTimeByPackage(join(dir, file)).slice(0, 25)) console.log(`  ${percent.toFixed(1).padStart(5)}%  ${group}`);
}
