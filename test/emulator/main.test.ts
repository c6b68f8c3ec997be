import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../src/emulator/main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs main.ts; `whenReady` is called once the URL line is printed and may stop the process. */
function run(args: string[], env: Record<string, string> = {}, whenReady?: (stdout: string, kill: () => void) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, MAIN, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    let ready = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && stdout.includes('AWS_REGION=us-east-1') && whenReady) {
        ready = true;
        whenReady(stdout, () => child.kill('SIGTERM')).catch(reject);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('main.ts (npm run emulator)', () => {
  it('a bad flag fails with a one-line error and exit code 2', async () => {
    const result = await run(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').filter((l) => l.startsWith('emulator:'))).toEqual([
      "emulator: unknown flag '--bogus' (usage: emulator [--host 127.0.0.1] [--port 4010])",
    ]);
    const badPort = await run(['--port', 'abc']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain("emulator: --port must be a port number 0..65535, got 'abc'");
    const badEnv = await run([], { EMULATOR_PORT: '70000' });
    expect(badEnv.stderr).toContain("emulator: EMULATOR_PORT must be a port number 0..65535, got '70000'");
  });

  it('prints the URL and env lines, logs one JSON line per request, and stops on SIGTERM', async () => {
    let url = '';
    const result = await run(['--host', '127.0.0.1', '--port=0'], {}, async (stdout, kill) => {
      url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1] ?? '';
      const health = await fetch(`${url}/_emulator/health`);
      expect(health.status).toBe(200);
      await health.text();
      await new Promise((resolve) => setTimeout(resolve, 100));
      kill();
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(result.stdout).toContain(`AWS_ENDPOINT_URL=${url}`);
    expect(result.stdout).toMatch(/AWS_ACCESS_KEY_ID=\S+ AWS_SECRET_ACCESS_KEY=\S+ AWS_REGION=us-east-1/);
    // AWS CLI v1 and boto3 read AWS_DEFAULT_REGION only; AWS CLI v2 before 2.13 ignores AWS_ENDPOINT_URL.
    expect(result.stdout).toContain('export AWS_DEFAULT_REGION=us-east-1');
    expect(result.stdout).toContain('AWS CLI versions older than 2.13 ignore AWS_ENDPOINT_URL');
    const logLines = result.stdout.split('\n').filter((l) => l.startsWith('{'));
    expect(logLines).toHaveLength(1);
    expect(JSON.parse(logLines[0] ?? '{}')).toMatchObject({ method: 'GET', path: '/_emulator/health', status: 200 });
    expect(result.stdout).toContain('SIGTERM, stopping');
    expect(result.code).toBe(0);
  });
});
