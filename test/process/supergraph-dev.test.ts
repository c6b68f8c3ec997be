import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('npm run supergraph:dev', () => {
  it('serves the composed supergraph, and removes its temporary SDL file when stopped', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/supergraph-dev.ts', '--port', '0'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ready = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready in 60 s; stderr: ${stderr}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('supergraph SDL') && stdout.includes('Try:')) {
          clearTimeout(timer);
          resolve(stdout);
        }
      });
      void exited.then((code) => reject(new Error(`exited with ${code}; stderr: ${stderr}`)));
    });
    const file = /supergraph SDL\s+(\S+)/.exec(ready)?.[1] ?? '';
    const url = /ready at (http:\/\/\S+)/.exec(ready)?.[1] ?? '';
    try {
      expect(existsSync(file)).toBe(true);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
    expect(existsSync(file)).toBe(false);
  }, 90_000);
});
