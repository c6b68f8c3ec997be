import { QBusinessClient } from '@aws-sdk/client-qbusiness';
import { QuickSightClient } from '@aws-sdk/client-quicksight';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

/** Real SDK clients pointed at the emulator: dummy credentials, no retries. */
export function clients(emulator: Emulator, region = 'us-east-1', maxAttempts = 1) {
  const config = {
    endpoint: emulator.url,
    region,
    credentials: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' },
    maxAttempts,
  };
  return {
    // The QBusiness client defaults to HTTP/2; the emulator speaks HTTP/1.1.
    qbusiness: new QBusinessClient({ ...config, requestHandler: new NodeHttpHandler() }),
    quicksight: new QuickSightClient(config),
    securityhub: new SecurityHubClient(config),
  };
}

export type Clients = ReturnType<typeof clients>;

export function destroyClients(c: Clients): void {
  c.qbusiness.destroy();
  c.quicksight.destroy();
  c.securityhub.destroy();
}

/** A syntactically valid SigV4 Authorization header (the emulator does not verify signatures). */
export function authHeader(service: string, region = 'us-east-1'): string {
  return (
    `AWS4-HMAC-SHA256 Credential=AKIDEMULATOR/20261121/${region}/${service}/aws4_request, ` +
    `SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`
  );
}

/** GETs a path with a signed-looking Authorization header and returns status, headers and parsed JSON. */
export async function rawGet(
  emulator: Emulator,
  path: string,
  service: string,
  init: { region?: string; method?: string; signed?: boolean } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (init.signed !== false) headers['authorization'] = authHeader(service, init.region);
  const response = await fetch(`${emulator.url}${path}`, { method: init.method ?? 'GET', headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** Sends a signed-looking request with an optional raw body (string as is, anything else as JSON). */
export async function rawRequest(
  emulator: Emulator,
  method: string,
  path: string,
  service: string,
  body?: unknown,
  region?: string,
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { authorization: authHeader(service, region) };
  let payload: string | undefined;
  if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${emulator.url}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** Awaits a promise that must reject with an instance of `cls`; returns that error. */
export async function rejection<T extends Error>(promise: Promise<unknown>, cls: abstract new (...args: never[]) => T): Promise<T> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    if (error instanceof cls) return error;
    throw error;
  }
  throw new Error(`expected a ${cls.name}, got success: ${JSON.stringify(result)}`);
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Registers hooks that start one emulator (and SDK clients pointed at it) for the calling test file and stop them
 * afterwards. Returns a handle whose members are usable inside tests.
 */
export function useEmulator(options: EmulatorOptions = {}): { readonly emulator: Emulator; readonly sdk: Clients } {
  let current: { emulator: Emulator; sdk: Clients } | undefined;
  beforeAll(async () => {
    const emulator = await startEmulator(options);
    current = { emulator, sdk: clients(emulator) };
  });
  afterAll(async () => {
    if (current === undefined) return;
    destroyClients(current.sdk);
    await current.emulator.close();
  });
  const get = () => {
    if (current === undefined) throw new Error('useEmulator: the emulator starts in beforeAll; use it inside tests');
    return current;
  };
  return {
    get emulator() {
      return get().emulator;
    },
    get sdk() {
      return get().sdk;
    },
  };
}
