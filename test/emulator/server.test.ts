import http from 'node:http';
import { GetPluginCommand, ResourceNotFoundException } from '@aws-sdk/client-qbusiness';
import { DescribeActionConnectorCommand, ResourceNotFoundException as QsNotFound } from '@aws-sdk/client-quicksight';
import { GetConnectorV2Command, ResourceNotFoundException as ShNotFound } from '@aws-sdk/client-securityhub';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED, startEmulator } from '../../src/emulator/index.js';
import type { Emulator, EmulatorLogEntry } from '../../src/emulator/index.js';
import { OTHER_REGION_SEED } from '../../src/emulator/fixtures/index.js';
import { authHeader, clients, destroyClients, rawGet, rejection, UUID_RE } from './helpers.js';
import type { Clients } from './helpers.js';

const APP = SEED.qbusiness.plugins.basicAuth.applicationId;
const PLUGIN = SEED.qbusiness.plugins.basicAuth.pluginId;

let emulator: Emulator;
let sdk: Clients;
let eu: Clients;
const logs: EmulatorLogEntry[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ log: (entry) => logs.push(entry) });
  sdk = clients(emulator);
  eu = clients(emulator, 'eu-west-1');
});
beforeEach(() => {
  emulator.calls.reset();
  emulator.faults.clear();
  logs.length = 0;
});
afterAll(async () => {
  destroyClients(sdk);
  destroyClients(eu);
  await emulator.close();
});

describe('startEmulator', () => {
  it('binds 127.0.0.1 on an ephemeral port and exposes the account', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.accountId).toBe('123456789012');
  });

  it('two emulators are independent (own store, calls and faults)', async () => {
    const other = await startEmulator();
    try {
      other.store.qbusiness.deletePlugin('us-east-1', APP, PLUGIN);
      expect(other.store.qbusiness.getPlugin('us-east-1', APP, PLUGIN)).toBeUndefined();
      expect(emulator.store.qbusiness.getPlugin('us-east-1', APP, PLUGIN)).toBeDefined();
      expect(other.url).not.toBe(emulator.url);
    } finally {
      await other.close();
    }
  });
});

describe('call counter', () => {
  it('records every routed request with operation, params, region, final status and request id', async () => {
    const ok = await sdk.qbusiness.send(new GetPluginCommand({ applicationId: APP, pluginId: PLUGIN }));
    await rejection(sdk.securityhub.send(new GetConnectorV2Command({ ConnectorId: 'nope' })), ShNotFound);
    await sdk.quicksight.send(
      new DescribeActionConnectorCommand({ AwsAccountId: SEED.accountId, ActionConnectorId: SEED.quicksight.actionConnectors.iam }),
    );
    await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}`, 'qbusiness', { signed: false });

    expect(emulator.calls.count()).toBe(4);
    expect(emulator.calls.count('GetPlugin')).toBe(2);
    expect(emulator.calls.count('GetConnectorV2')).toBe(1);
    expect(emulator.calls.list()).toEqual([
      { operation: 'GetPlugin', params: { applicationId: APP, pluginId: PLUGIN }, region: 'us-east-1', accessKeyId: 'AKIDEMULATOR', status: 200, requestId: ok.$metadata.requestId },
      { operation: 'GetConnectorV2', params: { ConnectorId: 'nope' }, region: 'us-east-1', accessKeyId: 'AKIDEMULATOR', status: 404, requestId: expect.stringMatching(UUID_RE) },
      {
        operation: 'DescribeActionConnector',
        params: { AwsAccountId: SEED.accountId, ActionConnectorId: SEED.quicksight.actionConnectors.iam },
        region: 'us-east-1',
        accessKeyId: 'AKIDEMULATOR',
        status: 200,
        requestId: expect.stringMatching(UUID_RE),
      },
      { operation: 'GetPlugin', params: { applicationId: APP, pluginId: PLUGIN }, region: '', accessKeyId: '', status: 403, requestId: expect.stringMatching(UUID_RE) },
    ]);
  });

  it('counts requests answered by faults, not control-API or unknown-route requests; reset() empties it', async () => {
    emulator.faults.add('GetPlugin', { error: { type: 'ThrottlingException' }, times: 1 });
    await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}`, 'qbusiness');
    await fetch(`${emulator.url}/_emulator/health`).then((r) => r.text());
    await fetch(`${emulator.url}/_emulator/calls`).then((r) => r.text());
    await rawGet(emulator, '/no/such/route', 'qbusiness');
    expect(emulator.calls.count()).toBe(1);
    expect(emulator.calls.list()[0]?.status).toBe(429);
    emulator.calls.reset();
    expect(emulator.calls.count()).toBe(0);
  });

  it('list() returns copies', async () => {
    await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}`, 'qbusiness');
    const [first] = emulator.calls.list();
    if (first === undefined) throw new Error('no call');
    first.params['pluginId'] = 'changed';
    expect(emulator.calls.list()[0]?.params['pluginId']).toBe(PLUGIN);
  });
});

describe('HTTP control API under /_emulator/', () => {
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}/_emulator${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
  };

  it('GET /health', async () => {
    const r = await control('GET', '/health');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers.get('x-amzn-requestid')).toMatch(UUID_RE);
    expect(r.json).toEqual({
      status: 'ok',
      accountId: '123456789012',
      regions: ['eu-west-1', 'us-east-1'],
      operations: [
        'GetPlugin',
        'CreatePlugin',
        'ListPlugins',
        'DescribeActionConnector',
        'ListActionConnectors',
        'GetConnectorV2',
        'ListConnectorsV2',
      ],
    });
  });

  it('GET and DELETE /calls', async () => {
    await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}`, 'qbusiness');
    const listed = await control('GET', '/calls');
    expect(listed.json['calls']).toEqual([
      expect.objectContaining({ operation: 'GetPlugin', region: 'us-east-1', status: 200 }),
    ]);
    expect(await control('DELETE', '/calls')).toMatchObject({ status: 200, json: { cleared: 1 } });
    expect(emulator.calls.count()).toBe(0);
  });

  it('POST /faults injects a fault the SDK sees; DELETE /faults removes it', async () => {
    const added = await control('POST', '/faults', {
      operation: 'GetPlugin',
      fault: { error: { type: 'ResourceNotFoundException', message: 'gone for the demo' } },
    });
    expect(added.status).toBe(201);
    expect(added.json).toEqual({ id: expect.any(Number), operation: 'GetPlugin' });
    const listed = await control('GET', '/faults');
    expect(listed.json['faults']).toEqual([
      expect.objectContaining({ operation: 'GetPlugin', remaining: null, fault: expect.any(Object) }),
    ]);
    const error = await rejection(sdk.qbusiness.send(new GetPluginCommand({ applicationId: APP, pluginId: PLUGIN })), ResourceNotFoundException);
    expect(error.message).toBe('gone for the demo');

    expect((await control('DELETE', '/faults?operation=GetPlugin')).json).toEqual({ cleared: 'GetPlugin' });
    await sdk.qbusiness.send(new GetPluginCommand({ applicationId: APP, pluginId: PLUGIN }));

    const again = await control('POST', '/faults', { operation: 'GetConnectorV2', fault: { error: { type: 'InternalServerException' } } });
    expect((await control('DELETE', `/faults/${String(again.json['id'])}`)).status).toBe(200);
    await control('POST', '/faults', { operation: 'GetConnectorV2', fault: { error: { type: 'InternalServerException' } } });
    expect((await control('DELETE', '/faults')).json).toEqual({ cleared: 'all' });
    await sdk.securityhub.send(new GetConnectorV2Command({ ConnectorId: SEED.securityhub.connectors.azure }));
  });

  it('rejects bad fault requests with 400 and a message', async () => {
    expect(await control('POST', '/faults', { operation: 'Nope', fault: {} })).toMatchObject({
      status: 400,
      json: { message: expect.stringMatching(/operation must be one of GetPlugin/) },
    });
    expect(await control('POST', '/faults', { operation: 'GetPlugin', fault: { latencyMs: -1 } })).toMatchObject({
      status: 400,
      json: { message: expect.stringMatching(/latencyMs/) },
    });
    expect(await control('POST', '/faults', { operation: 'GetPlugin', fault: { bogus: true } })).toMatchObject({
      status: 400,
      json: { message: expect.stringMatching(/unknown member 'bogus'/) },
    });
    const notJson = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect((await control('GET', '/nothing-here')).status).toBe(404);
  });
});

describe('routing and protocol', () => {
  it('an unknown route or method -> 404 UnknownOperationException', async () => {
    for (const [method, path] of [
      ['GET', '/unknown'],
      ['DELETE', `/applications/${APP}/plugins/${PLUGIN}`],
      ['GET', `/applications/${APP}/plugins/${PLUGIN}/extra`],
      ['PUT', '/connectorsv2'], // GET /connectorsv2 is ListConnectorsV2
      ['DELETE', `/applications/${APP}/plugins`], // GET is ListPlugins, POST is CreatePlugin
    ] as const) {
      const r = await rawGet(emulator, path, 'qbusiness', { method });
      expect(r.status).toBe(404);
      expect(r.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
      expect(r.headers.get('x-amzn-requestid')).toMatch(UUID_RE);
      expect(r.headers.get('content-type')).toBe('application/json');
    }
  });

  it('the unknown-operation body follows the service of the credential scope', async () => {
    const r = await rawGet(emulator, '/accounts/123456789012/nothing', 'quicksight');
    expect(r.json).toEqual({ Message: expect.stringContaining('No operation matches GET'), RequestId: r.headers.get('x-amzn-requestid') });
  });

  it('a non-SigV4 Authorization header counts as unsigned', async () => {
    const response = await fetch(`${emulator.url}/connectorsv2/${SEED.securityhub.connectors.azure}`, {
      headers: { authorization: 'Bearer abc' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
  });

  it('every response gets a fresh request id', async () => {
    const a = await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}`, 'qbusiness');
    const b = await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}`, 'qbusiness');
    expect(a.headers.get('x-amzn-requestid')).not.toBe(b.headers.get('x-amzn-requestid'));
  });

  it('logs one entry per request without bodies', async () => {
    await rawGet(emulator, `/applications/${APP}/plugins/${PLUGIN}?x=1`, 'qbusiness');
    await fetch(`${emulator.url}/_emulator/health`).then((r) => r.text());
    expect(logs).toEqual([
      {
        time: expect.any(String),
        method: 'GET',
        path: `/applications/${APP}/plugins/${PLUGIN}`,
        operation: 'GetPlugin',
        status: 200,
        ms: expect.any(Number),
        requestId: expect.stringMatching(UUID_RE),
      },
      expect.objectContaining({ path: '/_emulator/health', operation: null, status: 200 }),
    ]);
  });

  it('keeps connections alive: several requests reuse one socket', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const ports = new Set<number>();
    try {
      for (let i = 0; i < 3; i++) {
        await new Promise<void>((resolve, reject) => {
          const req = http.get(
            `${emulator.url}/applications/${APP}/plugins/${PLUGIN}`,
            { agent, headers: { authorization: authHeader('qbusiness') } },
            (res) => {
              expect(res.statusCode).toBe(200);
              expect(res.headers['connection']).toBe('keep-alive');
              ports.add(res.socket.localPort ?? -1);
              res.resume();
              res.on('end', resolve);
            },
          );
          req.on('error', reject);
        });
      }
      expect(ports.size).toBe(1);
    } finally {
      agent.destroy();
    }
  });
});

describe('region partitioning (region from the SigV4 credential scope)', () => {
  it('eu-west-1 has its own resources; us-east-1 resources are not visible there', async () => {
    const euPlugin = await eu.qbusiness.send(
      new GetPluginCommand({ applicationId: OTHER_REGION_SEED.qbusiness.applicationId, pluginId: OTHER_REGION_SEED.qbusiness.pluginId }),
    );
    expect(euPlugin.pluginArn).toMatch(/^arn:aws:qbusiness:eu-west-1:123456789012:application\//);

    const missingApp = await rejection(eu.qbusiness.send(new GetPluginCommand({ applicationId: APP, pluginId: PLUGIN })), ResourceNotFoundException);
    expect(missingApp.resourceType).toBe('APPLICATION');
    await rejection(
      sdk.qbusiness.send(
        new GetPluginCommand({ applicationId: OTHER_REGION_SEED.qbusiness.applicationId, pluginId: OTHER_REGION_SEED.qbusiness.pluginId }),
      ),
      ResourceNotFoundException,
    );

    const euConnector = await eu.quicksight.send(
      new DescribeActionConnectorCommand({ AwsAccountId: SEED.accountId, ActionConnectorId: OTHER_REGION_SEED.quicksight.actionConnectorId }),
    );
    expect(euConnector.ActionConnector?.Arn).toContain(':eu-west-1:');
    await rejection(
      eu.quicksight.send(new DescribeActionConnectorCommand({ AwsAccountId: SEED.accountId, ActionConnectorId: SEED.quicksight.actionConnectors.iam })),
      QsNotFound,
    );

    const euV2 = await eu.securityhub.send(new GetConnectorV2Command({ ConnectorId: OTHER_REGION_SEED.securityhub.connectorId }));
    expect(euV2.ConnectorArn).toContain(':eu-west-1:');
    await rejection(eu.securityhub.send(new GetConnectorV2Command({ ConnectorId: SEED.securityhub.connectors.jiraCloud })), ShNotFound);

    expect(emulator.calls.list().map((c) => c.region)).toContain('eu-west-1');
  });

  it('a region with no resources answers not-found, and putting a resource there makes it visible', async () => {
    const ap = clients(emulator, 'ap-southeast-2');
    try {
      await rejection(ap.securityhub.send(new GetConnectorV2Command({ ConnectorId: SEED.securityhub.connectors.jiraCloud })), ShNotFound);
      const seeded = emulator.store.securityhub.getConnectorV2('us-east-1', SEED.securityhub.connectors.jiraCloud);
      if (seeded === undefined) throw new Error('seed missing');
      emulator.store.securityhub.putConnectorV2('ap-southeast-2', { ...seeded, ConnectorArn: seeded.ConnectorArn.replace('us-east-1', 'ap-southeast-2') });
      const out = await ap.securityhub.send(new GetConnectorV2Command({ ConnectorId: SEED.securityhub.connectors.jiraCloud }));
      expect(out.ConnectorArn).toContain(':ap-southeast-2:');
    } finally {
      destroyClients(ap);
    }
  });
});

describe('close()', () => {
  it('returns promptly while a keep-alive client is connected and a fault latency is pending', async () => {
    const local = await startEmulator();
    const c = clients(local);
    try {
      await c.qbusiness.send(new GetPluginCommand({ applicationId: APP, pluginId: PLUGIN }));
      await c.quicksight.send(
        new DescribeActionConnectorCommand({ AwsAccountId: SEED.accountId, ActionConnectorId: SEED.quicksight.actionConnectors.none }),
      );
      local.faults.add('GetConnectorV2', { latencyMs: 60_000 });
      const pending = c.securityhub.send(new GetConnectorV2Command({ ConnectorId: SEED.securityhub.connectors.azure })).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      await local.close();
      expect(performance.now() - started).toBeLessThan(500);
      expect(await pending).toBeInstanceOf(Error);
      await expect(fetch(`${local.url}/_emulator/health`)).rejects.toThrow();
      await local.close(); // idempotent
    } finally {
      destroyClients(c);
    }
  });
});
