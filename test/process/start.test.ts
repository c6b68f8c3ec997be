import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpText, SETTINGS, type Setting } from '../../src/config.js';
import { SEED, startEmulator, type Emulator } from '../../src/emulator/index.js';

const root = join(import.meta.dirname, '..', '..');
/** What `npm start` runs (package.json: `exec node --import tsx src/main.ts`). */
const nodeWithTsx = ['--import', 'tsx', 'src/main.ts'];

interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: string[];
}

/** Runs `src/main.ts` (what `npm start` runs) and waits for its "ready" log line. */
function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const child = spawn(process.execPath, [...nodeWithTsx, '--port', '0', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  const stdout: string[] = [];
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`no ready line in 20 s; stderr: ${stderr}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        stdout.push(line);
        const parsed = JSON.parse(line) as { url?: string };
        if (parsed.url !== undefined) {
          clearTimeout(timer);
          resolve({ child, url: parsed.url, stdout });
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ready; stderr: ${stderr}`)));
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** Runs main and collects its exit code, stdout and stderr (for start-up failures and --help). */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...nodeWithTsx, ...args], { cwd: root, env: { PATH: process.env.PATH, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const query = (url: string, q: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) }).then(
    (response) => response.json() as Promise<{ data?: Record<string, { pluginId?: string; connectorId?: string }> }>,
  );

describe('npm start (src/main.ts)', () => {
  it('serves the graph from the built-in emulator on 127.0.0.1, then stops on SIGTERM', async () => {
    const { child, url } = await start([]);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      const key = SEED.qbusiness.plugins.idcAuth;
      const body = await query(url, `{ plugin(applicationId: "${key.applicationId}", pluginId: "${key.pluginId}") { pluginId } }`);
      expect(body.data?.plugin?.pluginId).toBe(key.pluginId);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('prints every flag and variable with its default and meaning for --help, and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help'], {});
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(helpText());
    for (const setting of Object.values(SETTINGS) as Setting[]) {
      for (const name of [...(setting.flag === undefined ? [] : [`--${setting.flag}`]), ...setting.env]) expect(stdout).toContain(name);
    }
    expect(stdout).toContain('--port, CONNECTOR_GRAPH_PORT  (default: 4000)');
  });

  it('stops with one clear line for invalid configuration', async () => {
    const cases: Array<[string[], NodeJS.ProcessEnv, RegExp]> = [
      [['--backend', 'azure'], {}, /--backend \/ CONNECTOR_GRAPH_BACKEND is "azure": use one of emulator, aws/],
      [['--port', 'eighty'], {}, /--port \/ CONNECTOR_GRAPH_PORT is "eighty": use a whole number from 0 to 65535/],
      [['--verbose'], {}, /Unknown option '--verbose'/],
      [[], { CONNECTOR_GRAPH_INTROSPECTION: 'maybe' }, /CONNECTOR_GRAPH_INTROSPECTION is "maybe": use true or false/],
      [[], { AWS_REGION: 'mars' }, /AWS_REGION "mars" is not an AWS region name/],
    ];
    // Started side by side: each is a full Node start-up.
    const results = await Promise.all(cases.map(([args, env]) => run(args, env)));
    for (const [index, [, , message]] of cases.entries()) {
      const { code, stderr } = results[index] ?? { code: null, stderr: '' };
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^connector-graph: invalid configuration: /);
      expect(stderr).toMatch(message);
    }
  });
});

describe('--backend aws', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  const credentials = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEONLY', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret' };

  it('uses the standard AWS configuration: per-service AWS_ENDPOINT_URL_* overrides and env credentials', async () => {
    const { child, url } = await start(['--backend', 'aws'], {
      ...credentials,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_QBUSINESS: emulator.url,
      AWS_ENDPOINT_URL_SECURITYHUB: emulator.url,
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9', // QuickSight falls back to this one: nothing listens there
    });
    try {
      const key = SEED.qbusiness.plugins.noAuth;
      const body = await query(
        url,
        `{ plugin(applicationId: "${key.applicationId}", pluginId: "${key.pluginId}") { pluginId }
           connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { connectorId } }`,
      );
      expect(body.data?.plugin?.pluginId).toBe(key.pluginId);
      expect(body.data?.connectorV2?.connectorId).toBe(SEED.securityhub.connectors.azure);
      const calls = emulator.calls.list();
      expect(calls.map((call) => call.operation).sort()).toEqual(['GetConnectorV2', 'GetPlugin']);
      expect(calls.every((call) => call.region === 'us-east-1')).toBe(true);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('reads the region from the environment and signs for it', async () => {
    emulator.calls.reset();
    const { child, url } = await start(['--backend', 'aws'], { ...credentials, AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: emulator.url });
    try {
      await query(url, `{ connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { connectorId } }`);
      expect(emulator.calls.list().map((call) => call.region)).toEqual(['eu-west-1']);
    } finally {
      await stop(child);
    }
  });

  it('refuses to start without a region, saying how to set one', async () => {
    const { code, stderr } = await run(['--backend', 'aws'], {
      ...credentials,
      HOME: '/nonexistent',
      AWS_CONFIG_FILE: '/nonexistent/config',
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/No AWS region found: set AWS_REGION/);
  });

  it('refuses to start without credentials, saying how to provide them', async () => {
    const { code, stderr } = await run(['--backend', 'aws'], {
      AWS_REGION: 'us-east-1',
      HOME: '/nonexistent',
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/No AWS credentials found .*AWS_PROFILE or AWS_ACCESS_KEY_ID/);
  });
});
