import * as qb from '@aws-sdk/client-qbusiness';
import * as qs from '@aws-sdk/client-quicksight';
import * as sh from '@aws-sdk/client-securityhub';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEED, startEmulator } from '../../src/emulator/index.js';
import type { Emulator, OperationName } from '../../src/emulator/index.js';
import { clients, destroyClients, rawGet, rejection, UUID_RE } from './helpers.js';
import type { Clients } from './helpers.js';

const APP = SEED.qbusiness.plugins.basicAuth.applicationId;
const PLUGIN = SEED.qbusiness.plugins.basicAuth.pluginId;
const OTHER_PLUGIN = SEED.qbusiness.plugins.noAuth.pluginId;
const CONNECTOR = SEED.quicksight.actionConnectors.none;
const CONNECTOR_V2 = SEED.securityhub.connectors.jiraCloud;

let emulator: Emulator;
let sdk: Clients;

beforeAll(async () => {
  emulator = await startEmulator();
  sdk = clients(emulator);
});
afterEach(() => emulator.faults.clear());
afterAll(async () => {
  destroyClients(sdk);
  await emulator.close();
});

type ErrorClass = abstract new (...args: never[]) => Error & {
  $metadata: { httpStatusCode?: number; requestId?: string };
  $fault: string;
};

interface OperationUnderTest {
  operation: OperationName;
  call: (id?: string) => Promise<unknown>;
  base: ErrorClass;
  errors: readonly (readonly [type: string, status: number, cls: ErrorClass])[];
}

const OPERATIONS: readonly OperationUnderTest[] = [
  {
    operation: 'GetPlugin',
    call: (id = PLUGIN) => sdk.qbusiness.send(new qb.GetPluginCommand({ applicationId: APP, pluginId: id })),
    base: qb.QBusinessServiceException,
    errors: [
      ['AccessDeniedException', 403, qb.AccessDeniedException],
      ['InternalServerException', 500, qb.InternalServerException],
      ['ResourceNotFoundException', 404, qb.ResourceNotFoundException],
      ['ThrottlingException', 429, qb.ThrottlingException],
      ['ValidationException', 400, qb.ValidationException],
    ],
  },
  {
    operation: 'DescribeActionConnector',
    call: (id = CONNECTOR) =>
      sdk.quicksight.send(new qs.DescribeActionConnectorCommand({ AwsAccountId: SEED.accountId, ActionConnectorId: id })),
    base: qs.QuickSightServiceException,
    errors: [
      ['AccessDeniedException', 401, qs.AccessDeniedException],
      ['InternalFailureException', 500, qs.InternalFailureException],
      ['InvalidParameterValueException', 400, qs.InvalidParameterValueException],
      ['ResourceNotFoundException', 404, qs.ResourceNotFoundException],
      ['ThrottlingException', 429, qs.ThrottlingException],
    ],
  },
  {
    operation: 'GetConnectorV2',
    call: (id = CONNECTOR_V2) => sdk.securityhub.send(new sh.GetConnectorV2Command({ ConnectorId: id })),
    base: sh.SecurityHubServiceException,
    errors: [
      ['AccessDeniedException', 403, sh.AccessDeniedException],
      ['ConflictException', 409, sh.ConflictException],
      ['InternalServerException', 500, sh.InternalServerException],
      ['ResourceNotFoundException', 404, sh.ResourceNotFoundException],
      ['ThrottlingException', 429, sh.ThrottlingException],
      ['ValidationException', 400, sh.ValidationException],
    ],
  },
];

describe.each(OPERATIONS)('$operation: every documented exception', ({ operation, call, errors }) => {
  it.each(errors)('%s arrives as its modeled class with status %i', async (type, status, cls) => {
    emulator.faults.add(operation, { error: { type, message: `injected ${type}` } });
    const error = await rejection(call(), cls);
    expect(error.name).toBe(type);
    expect(error.message).toBe(`injected ${type}`);
    expect(error.$metadata.httpStatusCode).toBe(status);
    expect(error.$metadata.requestId).toMatch(UUID_RE);
    expect(error.$fault).toBe(status >= 500 ? 'server' : 'client');
  });
});

describe('error bodies of injected faults', () => {
  it('qbusiness ResourceNotFound gets resourceId/resourceType; body members are merged', async () => {
    emulator.faults.add('GetPlugin', { error: { type: 'ResourceNotFoundException' } });
    const notFound = await rejection(OPERATIONS[0]?.call() ?? Promise.resolve(), qb.ResourceNotFoundException);
    expect(notFound.resourceId).toBe(PLUGIN);
    expect(notFound.resourceType).toBe('PLUGIN');
    emulator.faults.clear();
    emulator.faults.add('GetPlugin', {
      error: { type: 'ValidationException', body: { fields: [{ name: 'pluginId', message: 'injected' }] } },
    });
    const invalid = await rejection(OPERATIONS[0]?.call() ?? Promise.resolve(), qb.ValidationException);
    expect(invalid.reason).toBe('FIELD_VALIDATION_FAILED');
    expect(invalid.fields).toEqual([{ name: 'pluginId', message: 'injected' }]);
  });

  it('quicksight body has RequestId; securityhub body has Code (overridable)', async () => {
    emulator.faults.add('DescribeActionConnector', { error: { type: 'ThrottlingException' } });
    const throttled = await rejection(OPERATIONS[1]?.call() ?? Promise.resolve(), qs.ThrottlingException);
    expect(throttled.RequestId).toBe(throttled.$metadata.requestId);
    expect(throttled.message).toBe('Rate exceeded');
    emulator.faults.add('GetConnectorV2', { error: { type: 'ConflictException', body: { Code: 'ConcurrentModification' } } });
    const conflict = await rejection(OPERATIONS[2]?.call() ?? Promise.resolve(), sh.ConflictException);
    expect(conflict.Code).toBe('ConcurrentModification');
  });

  it.each(OPERATIONS)('$operation: an unmodeled error type arrives as the service base exception', async ({ operation, call, base }) => {
    emulator.faults.add(operation, { error: { type: 'TeapotException', status: 418, message: 'short and stout' } });
    const error = await rejection(call(), base);
    expect(error.name).toBe('TeapotException');
    expect(error.$metadata.httpStatusCode).toBe(418);
    expect(error.$fault).toBe('client');
    expect(error.message).toBe('short and stout');
  });

  it('an unmodeled type without a status is refused when the fault is added', () => {
    expect(() => emulator.faults.add('GetPlugin', { error: { type: 'TeapotException' } })).toThrow(
      /qbusiness does not model 'TeapotException', so error.status is required/,
    );
    expect(() => emulator.faults.add('GetPlugin', { times: 0 })).toThrow(/times must be an integer >= 1/);
  });

  it('a type modeled elsewhere in the service gets its status (quicksight LimitExceededException 409)', async () => {
    emulator.faults.add('DescribeActionConnector', { error: { type: 'LimitExceededException' } });
    const error = await rejection(OPERATIONS[1]?.call() ?? Promise.resolve(), qs.LimitExceededException);
    expect(error.$metadata.httpStatusCode).toBe(409);
  });
});

describe('latency, times, match, throttle, drop', () => {
  it('latencyMs delays a success and an error', async () => {
    emulator.faults.add('GetConnectorV2', { latencyMs: 250, times: 1 });
    let started = performance.now();
    await OPERATIONS[2]?.call();
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);

    emulator.faults.add('GetConnectorV2', { latencyMs: 250, error: { type: 'InternalServerException' }, times: 1 });
    started = performance.now();
    await rejection(OPERATIONS[2]?.call() ?? Promise.resolve(), sh.InternalServerException);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('times: applies to the next N requests only, then the fault is gone', async () => {
    emulator.faults.add('GetPlugin', { error: { type: 'InternalServerException' }, times: 2 });
    await rejection(OPERATIONS[0]?.call() ?? Promise.resolve(), qb.InternalServerException);
    await rejection(OPERATIONS[0]?.call() ?? Promise.resolve(), qb.InternalServerException);
    const ok = await sdk.qbusiness.send(new qb.GetPluginCommand({ applicationId: APP, pluginId: PLUGIN }));
    expect(ok.pluginId).toBe(PLUGIN);
  });

  it('match: only requests whose input members equal the values', async () => {
    emulator.faults.add('GetPlugin', { match: { pluginId: OTHER_PLUGIN }, error: { type: 'AccessDeniedException' } });
    await rejection(OPERATIONS[0]?.call(OTHER_PLUGIN) ?? Promise.resolve(), qb.AccessDeniedException);
    const ok = await sdk.qbusiness.send(new qb.GetPluginCommand({ applicationId: APP, pluginId: PLUGIN }));
    expect(ok.pluginId).toBe(PLUGIN);
  });

  it('match by ConnectorId and ActionConnectorId', async () => {
    emulator.faults.add('GetConnectorV2', { match: { ConnectorId: SEED.securityhub.connectors.azure }, error: { type: 'ThrottlingException' } });
    emulator.faults.add('DescribeActionConnector', { match: { ActionConnectorId: SEED.quicksight.actionConnectors.iam }, error: { type: 'InternalFailureException' } });
    await rejection(OPERATIONS[2]?.call(SEED.securityhub.connectors.azure) ?? Promise.resolve(), sh.ThrottlingException);
    await OPERATIONS[2]?.call();
    await rejection(OPERATIONS[1]?.call(SEED.quicksight.actionConnectors.iam) ?? Promise.resolve(), qs.InternalFailureException);
    await OPERATIONS[1]?.call();
  });

  it('several faults: the first that fits applies', async () => {
    emulator.faults.add('GetPlugin', { match: { pluginId: OTHER_PLUGIN }, error: { type: 'AccessDeniedException' } });
    emulator.faults.add('GetPlugin', { error: { type: 'InternalServerException' }, times: 1 });
    await rejection(OPERATIONS[0]?.call(OTHER_PLUGIN) ?? Promise.resolve(), qb.AccessDeniedException);
    await rejection(OPERATIONS[0]?.call() ?? Promise.resolve(), qb.InternalServerException);
    await OPERATIONS[0]?.call();
  });

  it('the remover returned by add() removes exactly that fault', async () => {
    const remove = emulator.faults.add('GetPlugin', { error: { type: 'InternalServerException' } });
    await rejection(OPERATIONS[0]?.call() ?? Promise.resolve(), qb.InternalServerException);
    remove();
    await OPERATIONS[0]?.call();
  });

  it('throttleAbovePerSecond: requests beyond the rate get ThrottlingException 429, then tokens refill', async () => {
    emulator.faults.add('GetPlugin', { throttleAbovePerSecond: 3 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => OPERATIONS[0]?.call()));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const throttled = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(ok).toHaveLength(3);
    expect(throttled).toHaveLength(5);
    for (const error of throttled) {
      expect(error).toBeInstanceOf(qb.ThrottlingException);
      expect((error as qb.ThrottlingException).$metadata.httpStatusCode).toBe(429);
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    await OPERATIONS[0]?.call(); // one token refilled after a third of a second
  });

  it.each(OPERATIONS)('$operation: dropConnection destroys the socket without an answer', async ({ operation, call, base }) => {
    emulator.faults.add(operation, { dropConnection: true, times: 1 });
    const error = await rejection(call(), Error);
    expect(error).not.toBeInstanceOf(base);
    expect(`${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}`).toMatch(/ECONNRESET|socket hang up|closed/i);
    await call(); // the next request gets a new connection and succeeds
    const last = emulator.calls.list().at(-2);
    expect(last?.operation).toBe(operation);
    expect(last?.status).toBe(0);
  });

  it('dropConnection with afterHandling runs the handler, then drops', async () => {
    const seen: string[] = [];
    const local = await startEmulator({ log: (entry) => seen.push(`${entry.operation ?? ''}:${entry.status}`) });
    try {
      // The handler reads the store; a spy shows whether it ran.
      const lookups = vi.spyOn(local.store.qbusiness, 'getPlugin');
      const get = () =>
        fetch(`${local.url}/applications/${APP}/plugins/${PLUGIN}`, {
          headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/qbusiness/aws4_request, SignedHeaders=host, Signature=00' },
        });
      local.faults.add('GetPlugin', { dropConnection: true, times: 1 });
      await expect(get()).rejects.toThrow(/fetch failed/);
      expect(lookups).not.toHaveBeenCalled();
      local.faults.add('GetPlugin', { dropConnection: true, afterHandling: true, times: 1 });
      await expect(get()).rejects.toThrow(/fetch failed/);
      expect(lookups).toHaveBeenCalledTimes(1);
      expect(seen).toEqual(['GetPlugin:0', 'GetPlugin:0']);
      expect(() => local.faults.add('GetPlugin', { afterHandling: true })).toThrow(/only applies together with dropConnection/);
    } finally {
      await local.close();
    }
  });

  it('faults apply to signed requests only (an unsigned request is refused first)', async () => {
    emulator.faults.add('GetPlugin', { error: { type: 'InternalServerException' } });
    const r = await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}`, 'qbusiness', { signed: false });
    expect(r.status).toBe(403);
  });
});
