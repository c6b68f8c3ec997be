import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { freePort } from '../support/process.js';

/**
 * The production path: `npm run build` compiles src/ to dist/, and a copy of the project installed with
 * `npm ci --omit=dev` (no tsx, no TypeScript) runs `node dist/main.js` and `node dist/emulator/main.js`.
 * One copy and one install for the whole file: the install is the slow part.
 */
const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
let copy: string;
/** What the README's Performance recipes printed, run as written in the copy while its dev dependencies were there. */
let benchRecipes: { compare: string; profile: string; throughput: string; memory: string } | undefined;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'connector-graph-build-'));
  const skip = new Set(['node_modules', 'dist', '.git', 'coverage', '.bench-baseline']);
  cpSync(root, copy, { recursive: true, filter: (source) => !skip.has(relative(root, source).split('/')[0] ?? '') });
  // Build with the checkout's dev dependencies (the compiler), then install production dependencies only.
  // Type errors are `npm run typecheck`'s job; --noCheck keeps this to emitting the same files, three times faster.
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  try {
    await run('npm', ['run', 'build', '--', '--noCheck'], { cwd: copy, timeout: 120_000 });
    // README, Performance: save a build, then compare it with dist/ side by side; and profile the gateway under load.
    // Short rounds: this checks that the recipes run and print their figures, not the figures.
    const env = { ...process.env, BENCH_ROUNDS: '1', BENCH_ROUND_MS: '300', BENCH_PROFILE_MS: '1000' };
    await run('sh', ['-c', 'rm -rf .bench-baseline && cp -r dist .bench-baseline'], { cwd: copy });
    const compare = await run('npm', ['run', 'bench', '--', 'compare', '.bench-baseline'], { cwd: copy, env, timeout: 120_000 });
    const profile = await run('npm', ['run', 'bench', '--', 'profile'], { cwd: copy, env, timeout: 120_000 });
    const throughput = await run('npm', ['run', 'bench', '--', 'throughput'], { cwd: copy, env: { ...env, BENCH_CONCURRENCY: '4' }, timeout: 180_000 });
    const memory = await run('npm', ['run', 'bench', '--', 'memory'], { cwd: copy, env: { ...env, BENCH_DISTINCT: '400' }, timeout: 120_000 });
    benchRecipes = { compare: compare.stdout, profile: profile.stdout, throughput: throughput.stdout, memory: memory.stdout };
  } finally {
    unlinkSync(join(copy, 'node_modules'));
  }
  await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: copy, timeout: 180_000 });
}, 300_000);

afterAll(() => {
  if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
}, 120_000);

/** Starts a compiled entry point and resolves with the first stdout line that `ready` accepts. */
function startCompiled(
  entry: string,
  args: string[],
  ready: (line: string) => boolean,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcessWithoutNullStreams; line: string; stdout: string[] }> {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: copy,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...env },
  });
  const stdout: string[] = [];
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry}: not ready in 60 s; stderr: ${stderr}`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        stdout.push(line);
        if (ready(line)) {
          clearTimeout(timer);
          resolve({ child, line, stdout });
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before ready; stderr: ${stderr}`));
    });
  });
}


function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

// Bounds, not timings: a full Node start-up on a busy two-core machine can take tens of seconds.
describe('npm run build, then production dependencies only', { timeout: 90_000 }, () => {
  it("runs the README's bench recipes: the throughput variants with the floor analysis, a saved build compared with dist/, a CPU profile", () => {
    for (const variant of ['default configuration, cache off', 'JWT auth on, cache off', 'cache on, repeated query inside the TTL (cache hits)', 'cache on, response cache off', 'floor: Apollo Server 5']) {
      expect(benchRecipes?.throughput).toContain(`throughput (${variant}`);
    }
    expect(benchRecipes?.throughput.match(/gateway \(dist\/, compiled\) +\d+ req\/s, CPU [\d.]+ ms\/query, .*errors 0/g)).toHaveLength(4);
    expect(benchRecipes?.throughput).toMatch(/would reach a throughput ratio of about [\d.]+/);
    expect(benchRecipes?.memory.match(/response cache +\d+ MiB +live heap [\d.]+ -> [\d.]+ MiB: [+-][\d.]+ MiB, [+-][\d.]+ MiB at half of them; AWS calls 0/g)).toHaveLength(2);
    expect(benchRecipes?.compare).toMatch(/A baseline \(.*\.bench-baseline\) +\d+ req\/s, CPU [\d.]+ ms\/query, errors 0/);
    expect(benchRecipes?.compare).toMatch(/B current \(dist\/\) +\d+ req\/s, CPU [\d.]+ ms\/query, errors 0/);
    expect(benchRecipes?.compare).toMatch(/B\/A throughput [\d.]+, CPU per query [\d.]+x/);
    expect(benchRecipes?.profile).toMatch(/profile: [1-9]\d* queries/);
    const file = /^ +(\S+\.cpuprofile)$/m.exec(benchRecipes?.profile ?? '')?.[1];
    expect(file !== undefined && existsSync(file)).toBe(true);
    expect(benchRecipes?.profile).toMatch(/^ +[\d.]+% +\S/m);
    if (file !== undefined) rmSync(dirname(file), { recursive: true, force: true });
  });

  it('installs neither tsx nor TypeScript', () => {
    expect(existsSync(join(copy, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(join(copy, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(join(copy, 'node_modules', '@apollo', 'server'))).toBe(true);
  });

  it('node dist/main.js serves the graph (schema/*.graphql found from dist/), /ready, and /metrics on its own port', async () => {
    const metricsPort = await freePort();
    const { child, line } = await startCompiled(
      'dist/main.js',
      ['--port', '0'],
      (l) => (JSON.parse(l) as { url?: string }).url !== undefined,
      { CONNECTOR_GRAPH_METRICS_PORT: String(metricsPort) },
    );
    try {
      const { url, metrics } = JSON.parse(line) as { url: string; metrics: string };
      expect(metrics).toBe(`http://127.0.0.1:${metricsPort}/metrics`);
      expect((await fetch(new URL('/ready', url))).status).toBe(200);
      expect((await fetch(new URL('/metrics', url))).status).toBe(404);
      const key = SEED.qbusiness.plugins.idcAuth;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ plugin(applicationId: "${key.applicationId}", pluginId: "${key.pluginId}") { pluginId } }` }),
      });
      expect(await response.json()).toEqual({ data: { plugin: { pluginId: key.pluginId } } });
      const scraped = await (await fetch(metrics)).text();
      expect(scraped).toContain('connector_graph_aws_calls_total{service="qbusiness",operation="GetPlugin",outcome="ok"} 1');
      expect(scraped).toContain('connector_graph_graphql_requests_total{operation_type="query",outcome="ok"} 1');
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('node dist/emulator/main.js serves the emulator', async () => {
    const { child, line } = await startCompiled('dist/emulator/main.js', ['--port', '0'], (l) => l.includes('listening on'));
    try {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/_emulator/health`);
      expect(health.status).toBe(200);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});
