import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { awsModeEnv } from '../support/process.js';

/**
 * Shutdown as process managers and terminals do it, against `npm start` itself: SIGTERM to the npm process (a
 * container runtime whose PID 1 is npm), SIGTERM to the node process, SIGINT to the whole process group (Ctrl-C).
 * Each time a slow request already in flight gets its full answer, every process exits, and the port is free.
 */
const root = join(import.meta.dirname, '..', '..');
const SLOW_MS = 1500;
const key = SEED.qbusiness.plugins.noAuth;
/** A plugin whose GetPlugin outlasts any drain timeout the last test sets. */
const stuck = SEED.qbusiness.plugins.idcAuth;
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  // Every GetPlugin of the slow plugin takes SLOW_MS: the request is in flight when the signal arrives.
  emulator.faults.add('GetPlugin', { latencyMs: SLOW_MS, match: { pluginId: key.pluginId } });
  emulator.faults.add('GetPlugin', { latencyMs: 10_000, match: { pluginId: stuck.pluginId } });
});
afterAll(async () => {
  await emulator?.close();
});

interface Started {
  npm: ChildProcessWithoutNullStreams;
  /** The node process serving the graph (the ready line's pid). */
  serverPid: number;
  url: string;
  port: number;
  exited: Promise<number | null>;
}

/** `npm start -- --backend aws` in its own process group, pointed at the test's emulator. */
function npmStart(env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const npm = spawn('npm', ['start', '--', '--backend', 'aws', '--port', '0'], {
    cwd: root,
    detached: true,
    env: awsModeEnv(emulator.url, env),
  });
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`npm start: no ready line in 60 s; stderr: ${stderr}`)), 60_000);
    npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    npm.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.startsWith('{')) continue;
        const parsed = JSON.parse(line) as { url?: string; pid?: number };
        if (parsed.url !== undefined && parsed.pid !== undefined) {
          clearTimeout(timer);
          resolve({ npm, serverPid: parsed.pid, url: parsed.url, port: Number(new URL(parsed.url).port), exited });
        }
      }
    });
    void exited.then((code) => reject(new Error(`npm start exited with ${code} before ready; stderr: ${stderr}`)));
  });
}

const countFor = (pluginId: string) => emulator.calls.list().filter((call) => call.params['pluginId'] === pluginId).length;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when the port can be bound again on 127.0.0.1. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Waits until the emulator has received a GetPlugin for this plugin beyond the `before` ones. */
async function untilCalled(pluginId: string, before: number): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    if (countFor(pluginId) > before) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the slow request never reached the emulator');
}

async function slowRequestSurvives(signal: NodeJS.Signals, target: (started: Started) => number): Promise<void> {
  const started = await npmStart();
  const before = countFor(key.pluginId);
  const inFlight = fetch(started.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ plugin(applicationId: "${key.applicationId}", pluginId: "${key.pluginId}") { pluginId } }` }),
  }).then(async (response) => ({ status: response.status, body: await response.json() }));
  try {
    await untilCalled(key.pluginId, before);
    process.kill(target(started), signal);
    expect(await inFlight).toEqual({ status: 200, body: { data: { plugin: { pluginId: key.pluginId } } } });
    expect(await started.exited).toBe(0);
    for (let waited = 0; isRunning(started.serverPid) && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(isRunning(started.serverPid)).toBe(false);
    expect(await portIsFree(started.port)).toBe(true);
  } finally {
    if (started.npm.pid !== undefined && isRunning(started.npm.pid)) process.kill(-started.npm.pid, 'SIGKILL');
    if (isRunning(started.serverPid)) process.kill(started.serverPid, 'SIGKILL');
  }
}

// Side by side: each case is a full `npm start`, and they share nothing but the emulator.
describe.concurrent('stopping npm start', { timeout: 90_000 }, () => {
  it('SIGTERM to the npm process drains the in-flight request, then everything exits', async () => {
    await slowRequestSurvives('SIGTERM', (started) => started.npm.pid ?? 0);
  });

  it('SIGTERM to the node process drains the in-flight request, then everything exits', async () => {
    await slowRequestSurvives('SIGTERM', (started) => started.serverPid);
  });

  it('SIGINT to the process group (Ctrl-C) drains the in-flight request, then everything exits', async () => {
    await slowRequestSurvives('SIGINT', (started) => -(started.npm.pid ?? 0));
  });

  it('closes a request still running after CONNECTOR_GRAPH_DRAIN_TIMEOUT_MS and exits', async () => {
    const started = await npmStart({ CONNECTOR_GRAPH_DRAIN_TIMEOUT_MS: '100' });
    const before = countFor(stuck.pluginId);
    const inFlight = fetch(started.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ plugin(applicationId: "${stuck.applicationId}", pluginId: "${stuck.pluginId}") { pluginId } }` }),
    }).then(
      () => 'answered',
      () => 'connection closed',
    );
    try {
      await untilCalled(stuck.pluginId, before);
      process.kill(started.serverPid, 'SIGTERM');
      // The emulator would answer after 10 s; the gateway closes the connection 100 ms into the drain.
      expect(await inFlight).toBe('connection closed');
      expect(await started.exited).toBe(0);
      expect(await portIsFree(started.port)).toBe(true);
    } finally {
      if (started.npm.pid !== undefined && isRunning(started.npm.pid)) process.kill(-started.npm.pid, 'SIGKILL');
      if (isRunning(started.serverPid)) process.kill(started.serverPid, 'SIGKILL');
    }
  });
});
