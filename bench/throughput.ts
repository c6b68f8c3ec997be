/**
 * Throughput benchmark (issue 13): the gateway in `--backend aws` mode, as it runs in production (compiled JS when
 * `npm run build` has made dist/, NODE_ENV=production), against a zero-latency AWS emulator in another process,
 * versus a direct AWS SDK v3 GetPlugin loop against the same emulator, each at 16 concurrent keep-alive clients.
 *
 * Side by side in one run: a warm-up of both, then interleaved rounds A B A B ...; the figure is the median of the
 * per-round ratios. CPU per query is read from /proc for the server's process tree (the gateway; for side B the SDK
 * loop's own process), never from wall-clock timers alone. Also printed: p50/p99 latency, the gateway's RSS under
 * load, and its start-up time to the first answered query.
 *
 * Settings: BENCH_ROUNDS (default 5), BENCH_ROUND_MS (default 3000), BENCH_CONCURRENCY (default 16).
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SEED } from '../src/emulator/index.js';
import { freePort } from '../test/support/process.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const root = join(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const KEY = SEED.qbusiness.plugins.oAuth2;
/** 17 scalar and enum fields of one plugin: one GetPlugin per query. */
export const THROUGHPUT_QUERY = `{ plugin(applicationId: "${KEY.applicationId}", pluginId: "${KEY.pluginId}") {
  id name awsService provider authKind normalizedStatus arn applicationId pluginId displayName type serverUrl
  buildStatus pluginArn state createdAt updatedAt } }`;

/** A variant of the gateway to measure: extra environment on top of the benchmark's defaults. */
export interface Variant {
  name: string;
  env: NodeJS.ProcessEnv;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Command-line flags of the gateway (default `--backend aws`, pointed at the emulator process). */
  args?: string[];
  /** Node flags for the gateway process (e.g. `--cpu-prof` to see where its time goes). */
  nodeArgs?: string[];
  /** The compiled gateway to run (a directory holding main.js); default dist/, else src/ through tsx. */
  dist?: string;
  /** The throughput ratio this variant aims at (printed beside the figure); default 0.8 (issue 13), none for the floor. */
  target?: number | null;
  /** Run this TypeScript server (through tsx, with `--port`) instead of the gateway: e.g. the floor server. */
  script?: string;
  /**
   * Turn JWT authentication on: the gateway trusts the emulator's development issuer and every query carries a
   * bearer token with these scopes, minted by that issuer.
   */
  jwtScopes?: string;
}

/** Adds what a JWT variant needs once the emulator's URL is known: the issuer settings and a bearer token. */
async function withJwt(variant: Variant, emulatorUrl: string): Promise<Variant> {
  if (variant.jwtScopes === undefined) return variant;
  const issuer = `${emulatorUrl}/oidc`;
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: 'bench', scope: variant.jwtScopes, expiresInSeconds: 3600 }),
  });
  if (!response.ok) throw new Error(`the emulator's issuer answered HTTP ${response.status} for a token`);
  const { access_token: token } = (await response.json()) as { access_token: string };
  return {
    ...variant,
    env: { ...variant.env, CONNECTOR_GRAPH_AUTH: 'jwt', CONNECTOR_GRAPH_JWT_ISSUER: issuer, CONNECTOR_GRAPH_JWT_AUDIENCE: 'connector-graph' },
    headers: { ...variant.headers, authorization: `Bearer ${token}` },
  };
}

export interface Side {
  count: number;
  errors: number;
  latenciesMs: number[];
  cpuMs: number;
}

/** utime + stime of a process and all its descendants, in milliseconds. */
function treeCpuMs(pid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, { ppid }] of stats) {
      if (tree.has(ppid) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const member of tree) ticks += stats.get(member)?.ticks ?? 0;
  return (ticks * 1000) / CLK_TCK;
}

export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN) / 1024;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function waitFor<T>(child: ChildProcess, pick: (message: unknown) => T | undefined, what: string, ms = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    const onExit = (code: number | null) => reject(new Error(`${what}: exited with ${code}`));
    const onMessage = (message: unknown) => {
      const value = pick(message);
      if (value === undefined) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(value);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

const tsxArgs = ['--import', 'tsx'];

export async function startEmulatorProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(import.meta.dirname, 'throughput', 'emulator.ts'), [], { execArgv: tsxArgs, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await waitFor(child, (m) => (m as { url?: string }).url, 'emulator');
  return { child, url };
}

export interface GatewayProcess {
  child: ChildProcess;
  url: string;
  /** From spawn to the first answered query, in ms. */
  startupMs: number;
  compiled: boolean;
  stop(): Promise<void>;
}

export async function startGateway(emulatorUrl: string, variant: Variant): Promise<GatewayProcess> {
  const dist = variant.dist ?? join(root, 'dist');
  const compiled = existsSync(join(dist, 'main.js'));
  if (variant.dist !== undefined && !compiled) throw new Error(`${variant.dist} holds no main.js`);
  const entry =
    variant.script !== undefined ? [...tsxArgs, variant.script] : compiled ? [join(dist, 'main.js')] : [...tsxArgs, join(root, 'src', 'main.ts')];
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = performance.now();
  const args = variant.args ?? (variant.script === undefined ? ['--backend', 'aws'] : []);
  const child = spawn(process.execPath, [...(variant.nodeArgs ?? []), ...entry, ...args, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIABENCHEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_ENDPOINT_URL: emulatorUrl,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // The bench measures the data path: every query reaches AWS (no cache), no gateway throttling.
      CONNECTOR_GRAPH_AUTH: 'none',
      CONNECTOR_GRAPH_CACHE_TTL_S: '0',
      CONNECTOR_GRAPH_AWS_RATE_LIMITS: 'GetPlugin=1000000/1000000',
      ...variant.env,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const agent = new Agent({ keepAlive: false });
  for (const deadline = performance.now() + 30_000; ; ) {
    if (child.exitCode !== null) throw new Error(`gateway (${variant.name}) exited with ${child.exitCode} before answering`);
    if (performance.now() > deadline) throw new Error(`gateway (${variant.name}) answered no query in 30 s`);
    const answer = await post(url, agent, variant.headers).catch(() => undefined);
    if (answer?.ok === true) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const startupMs = performance.now() - started;
  return {
    child,
    url,
    startupMs,
    compiled,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}


const body = Buffer.from(JSON.stringify({ query: THROUGHPUT_QUERY }));

/** One GraphQL POST; `ok` when the answer is 200 with data and no errors. */
function post(url: string, agent: Agent, headers: Record<string, string> = {}): Promise<{ ok: boolean; ms: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ ok: res.statusCode === 200 && !text.includes('"errors"'), ms: performance.now() - start });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Side A: CONCURRENCY keep-alive clients posting the query for `ms`. */
export async function runGateway(gateway: GatewayProcess, agent: Agent, ms: number, headers?: Record<string, string>): Promise<Side> {
  const cpuBefore = treeCpuMs(gateway.child.pid ?? -1);
  const until = performance.now() + ms;
  const latenciesMs: number[] = [];
  let errors = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const answer = await post(gateway.url, agent, headers).catch(() => ({ ok: false, ms: 0 }));
      if (answer.ok) latenciesMs.push(answer.ms);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { count: latenciesMs.length, errors, latenciesMs, cpuMs: treeCpuMs(gateway.child.pid ?? -1) - cpuBefore };
}

/** Side B: the direct SDK loop process runs for `ms`. */
async function runSdk(loop: ChildProcess, ms: number): Promise<Side> {
  const cpuBefore = treeCpuMs(loop.pid ?? -1);
  const answer = waitFor(loop, (m) => (m as { done?: Omit<Side, 'cpuMs'> }).done, 'sdk loop', ms + 30_000);
  loop.send({ run: { ms } });
  const done = await answer;
  return { ...done, cpuMs: treeCpuMs(loop.pid ?? -1) - cpuBefore };
}

export interface ThroughputResult {
  variant: string;
  ratio: number;
  cpuRatio: number;
  /** Median CPU per query of the gateway (or server) side, and per call of the SDK loop, in ms. */
  cpuMs: number;
  sdkCpuMs: number;
}

/** Runs the benchmark for each variant (a fresh gateway each) and prints one block per variant. */
export async function throughput(variants: Variant[]): Promise<ThroughputResult[]> {
  const emulator = await startEmulatorProcess();
  const loop = fork(join(import.meta.dirname, 'throughput', 'sdk-loop.ts'), [JSON.stringify({ url: emulator.url, ...KEY, concurrency: CONCURRENCY })], {
    execArgv: tsxArgs,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const results: ThroughputResult[] = [];
  try {
    await waitFor(loop, (m) => ((m as { ready?: boolean }).ready === true ? true : undefined), 'sdk loop');
    for (const given of variants) {
      const variant = await withJwt(given, emulator.url);
      const gateway = await startGateway(emulator.url, variant);
      const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
      try {
        // Warm-up: JIT, sockets, caches of both sides.
        await runGateway(gateway, agent, 2000, variant.headers);
        await runSdk(loop, 2000);
        const a: Side[] = [];
        const b: Side[] = [];
        let rss = 0;
        for (let round = 0; round < ROUNDS; round++) {
          a.push(await runGateway(gateway, agent, ROUND_MS, variant.headers));
          rss = Math.max(rss, rssMiB(gateway.child.pid ?? -1));
          b.push(await runSdk(loop, ROUND_MS));
        }
        const ratios = a.map((side, i) => side.count / (b[i]?.count ?? Number.NaN));
        const cpuPerQuery = (side: Side) => side.cpuMs / side.count;
        const cpuRatios = a.map((side, i) => cpuPerQuery(side) / cpuPerQuery(b[i] as Side));
        const ratio = percentile(ratios, 50);
        const cpuRatio = percentile(cpuRatios, 50);
        const rate = (sides: Side[]) => percentile(sides.map((side) => side.count / (ROUND_MS / 1000)), 50);
        const all = (sides: Side[]) => sides.flatMap((side) => side.latenciesMs);
        const errors = (sides: Side[]) => sides.reduce((sum, side) => sum + side.errors, 0);
        console.log(`throughput (${variant.name}): GetPlugin, 17 fields, ${CONCURRENCY} keep-alive clients, ${ROUNDS} interleaved rounds of ${ROUND_MS} ms`);
        const side = variant.script !== undefined ? 'server (src/ via tsx)' : `gateway (${gateway.compiled ? 'dist/, compiled' : 'src/ via tsx'})`;
        console.log(`  ${side}  ${rate(a).toFixed(0)} req/s, CPU ${percentile(a.map(cpuPerQuery), 50).toFixed(3)} ms/query, p50 ${percentile(all(a), 50).toFixed(2)} ms, p99 ${percentile(all(a), 99).toFixed(2)} ms, errors ${errors(a)}`);
        console.log(`  SDK GetPlugin direct            ${rate(b).toFixed(0)} req/s, CPU ${percentile(b.map(cpuPerQuery), 50).toFixed(3)} ms/call, p50 ${percentile(all(b), 50).toFixed(2)} ms, p99 ${percentile(all(b), 99).toFixed(2)} ms, errors ${errors(b)}`);
        console.log(`  gateway/SDK throughput ratio    ${ratio.toFixed(2)} (median of per-round ratios ${ratios.map((r) => r.toFixed(2)).join(' ')}${variant.target === null ? '' : `; target >= ${variant.target ?? 0.8}`})`);
        console.log(`  gateway/SDK CPU per query       ${cpuRatio.toFixed(2)}x`);
        console.log(`  gateway RSS under load          ${rss.toFixed(0)} MiB (target <= 150)`);
        console.log(`  gateway start-up to 1st answer  ${gateway.startupMs.toFixed(0)} ms (target <= 1500)`);
        results.push({ variant: variant.name, ratio, cpuRatio, cpuMs: percentile(a.map(cpuPerQuery), 50), sdkCpuMs: percentile(b.map(cpuPerQuery), 50) });
      } finally {
        agent.destroy();
        await gateway.stop();
      }
    }
  } finally {
    loop.disconnect();
    emulator.child.disconnect();
  }
  return results;
}
