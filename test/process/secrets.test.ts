/**
 * Nothing a client sends reaches the logs: a marker string goes through every input path of the real process
 * (`src/main.ts` as a child, as `npm start` runs it, at log level debug) and stdout and stderr are searched for it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';

const root = join(import.meta.dirname, '..', '..');
const MARKER = 'LOGMARKER-4c1e9a';

let child: ChildProcessWithoutNullStreams;
let url = '';
let emulatorUrl = '';
const output: string[] = [];

beforeAll(async () => {
  child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['src/main.ts', '--port', '0', '--log-level', 'debug'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' },
  });
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 40 s: ${output.join('')}`)), 40_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const parsed = JSON.parse(line) as { url?: string; emulator?: string };
        if (parsed.url !== undefined) {
          url = parsed.url;
          emulatorUrl = parsed.emulator ?? '';
          clearTimeout(timer);
          resolve();
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output.join('')}`)));
  });
}, 45_000);

afterAll(async () => {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGTERM');
  });
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${MARKER}`, 'x-api-key': MARKER, cookie: `session=${MARKER}`, ...headers },
    body,
  }).then((response) => response.text());

const MUTATION = 'mutation($input: CreatePluginInput!) { createPlugin(input: $input) { pluginId clientToken } }';
const custom = (overrides: Record<string, unknown> = {}) => ({
  applicationId: SEED.qbusiness.applicationIds[1],
  displayName: `secrets-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
  type: 'CUSTOM',
  authConfiguration: { basicAuthConfiguration: { secretArn: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${MARKER}`, roleArn: 'arn:aws:iam::123456789012:role/r' } },
  customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3', apiSchema: { payload: `openapi: 3.0.0 # ${MARKER}` } },
  tags: [{ key: 'password', value: MARKER }],
  ...overrides,
});

describe('no input value in the logs of the real process', () => {
  it('logs no marker, whatever path the input takes', async () => {
    // Valid input, and the same again (idempotent retry).
    await post(JSON.stringify({ query: MUTATION, variables: { input: custom({ clientToken: 'secrets-token' }) } }));
    // Invalid input (every violation listed), a @oneOf violation, a wrong type, an unknown field.
    await post(JSON.stringify({ query: MUTATION, variables: { input: custom({ displayName: `-${MARKER}-` }) } }));
    await post(JSON.stringify({ query: MUTATION, variables: { input: custom({ customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3', apiSchema: { payload: MARKER, s3: { bucket: MARKER, key: MARKER } } } }) } }));
    await post(JSON.stringify({ query: MUTATION, variables: { input: custom({ displayName: { password: MARKER } }) } }));
    await post(JSON.stringify({ query: MUTATION, variables: { input: { ...custom(), [MARKER]: MARKER } } }));
    // AWS errors: an application that does not exist, and an injected AWS internal error.
    await post(JSON.stringify({ query: MUTATION, variables: { input: custom({ applicationId: '00000000-0000-4000-8000-000000000000' }) } }));
    const fault = await fetch(`${emulatorUrl}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'CreatePlugin', fault: { error: { type: 'InternalServerException' }, times: 10 } }),
    });
    expect(fault.status).toBeLessThan(300);
    const internal = await post(JSON.stringify({ query: MUTATION, variables: { input: custom() } }));
    expect(internal).toContain('AWS_INTERNAL_ERROR');
    // Reads with hostile ids, malformed JSON, an oversized body, a wrong APQ hash, a literal in the document.
    await post(JSON.stringify({ query: 'query($id: ID!) { connectorV2(connectorId: $id) { name } }', variables: { id: `../${MARKER}\u0000\ud800` } }));
    await post(`{"query": "mutation { createPlugin(input: {payload: \\"${MARKER}\\"`);
    await post(JSON.stringify({ query: '{ __typename }', variables: { x: MARKER.repeat(70_000) } }));
    await post(JSON.stringify({ query: `{ plugin(applicationId: "${MARKER}", pluginId: "x") { pluginId } }`, extensions: { persistedQuery: { version: 1, sha256Hash: MARKER } } }));
    await post(JSON.stringify({ query: `{ plugin(applicationId: "${MARKER}" "${MARKER}") { pluginId } }` }));
    await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': `application/json; charset=${MARKER}` });

    // Everything has been answered; give the process a moment to flush, then stop it and search its output.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    const all = output.join('');
    expect(all).toMatch(/connector-graph ready/);
    const leaking = all.split('\n').filter((line) => line.includes(MARKER));
    expect(leaking).toEqual([]);
  });
});
