import { createServer as createNetServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SEED, type OperationName } from '../../src/emulator/index.js';
import { startTestGateway, useTestGateway, type TestGateway } from '../support/gateway.js';

const plugin = SEED.qbusiness.plugins.basicAuth;
const other = SEED.qbusiness.plugins.noAuth;

/** One query per operation, with a sibling field that must still resolve when the first fails. */
const CASES: Record<
  'GetPlugin' | 'DescribeActionConnector' | 'GetConnectorV2',
  { service: string; field: string; query: string; match: Record<string, string>; errors: Array<[string, number]> }
> = {
  GetPlugin: {
    service: 'qbusiness',
    field: 'plugin',
    query: `{
      plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId }
      sibling: plugin(applicationId: "${other.applicationId}", pluginId: "${other.pluginId}") { pluginId }
    }`,
    match: { pluginId: plugin.pluginId },
    errors: [
      ['AccessDeniedException', 403],
      ['InternalServerException', 500],
      ['ResourceNotFoundException', 404],
      ['ThrottlingException', 429],
      ['ValidationException', 400],
    ],
  },
  DescribeActionConnector: {
    service: 'quicksight',
    field: 'actionConnector',
    query: `{
      actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: "${SEED.quicksight.actionConnectors.iam}") { arn }
      sibling: actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: "${SEED.quicksight.actionConnectors.none}") { arn }
    }`,
    match: { ActionConnectorId: SEED.quicksight.actionConnectors.iam },
    errors: [
      ['AccessDeniedException', 401],
      ['InternalFailureException', 500],
      ['InvalidParameterValueException', 400],
      ['ResourceNotFoundException', 404],
      ['ThrottlingException', 429],
    ],
  },
  GetConnectorV2: {
    service: 'securityhub',
    field: 'connectorV2',
    query: `{
      connectorV2(connectorId: "${SEED.securityhub.connectors.jiraCloud}") { connectorId }
      sibling: connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { connectorId }
    }`,
    match: { ConnectorId: SEED.securityhub.connectors.jiraCloud },
    errors: [
      ['AccessDeniedException', 403],
      ['ConflictException', 409],
      ['InternalServerException', 500],
      ['ResourceNotFoundException', 404],
      ['ThrottlingException', 429],
      ['ValidationException', 400],
    ],
  },
};

/** The error contract: AWS exception -> [code, retryable]. */
const CONTRACT: Record<string, [string, boolean]> = {
  AccessDeniedException: ['ACCESS_DENIED', false],
  ConflictException: ['CONFLICT', false],
  ResourceNotFoundException: ['RESOURCE_NOT_FOUND', false],
  ThrottlingException: ['THROTTLED', true],
  ValidationException: ['VALIDATION_FAILED', false],
  InvalidParameterValueException: ['VALIDATION_FAILED', false],
  InternalServerException: ['AWS_INTERNAL_ERROR', true],
  InternalFailureException: ['AWS_INTERNAL_ERROR', true],
};

const gw = useTestGateway();

describe.each(Object.entries(CASES))('%s exceptions', (operation, c) => {
  it.each(c.errors)('%s (HTTP %i) follows the error contract on the field path', async (errorType, httpStatus) => {
    gw.emulator.faults.add(operation as OperationName, { error: { type: errorType }, match: c.match });
    const { status, body } = await gw.gql(c.query);
    expect(status).toBe(200);
    const data = body.data as Record<string, unknown>;
    expect(data[c.field]).toBeNull();
    expect(data.sibling).not.toBeNull();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors ?? [];
    const call = gw.emulator.calls.list().find((record) => record.status === httpStatus);
    const [code, retryable] = CONTRACT[errorType] ?? [];
    expect(error?.path).toEqual([c.field]);
    expect(error?.extensions).toEqual({
      code,
      retryable,
      aws: {
        service: c.service,
        operation,
        errorType,
        httpStatus,
        requestId: call?.requestId,
        region: 'us-east-1',
      },
    });
    expect(call?.requestId).toMatch(/\S/);
  });
});

describe('validation errors', () => {
  it('lists the fields AWS names (Q Business ValidationException fields) as fieldErrors', async () => {
    gw.emulator.faults.add('GetPlugin', {
      error: {
        type: 'ValidationException',
        body: { reason: 'FIELD_VALIDATION_FAILED', fields: [{ name: 'applicationId', message: 'bad' }, { name: 'pluginId', message: 'bad' }] },
      },
    });
    const { body } = await gw.gql(`{ plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId } }`);
    const [error] = body.errors ?? [];
    expect(error?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(error?.extensions?.retryable).toBe(false);
    const paths = (error?.extensions?.fieldErrors as Array<{ path: string; message: string }>).map((f) => f.path);
    expect(paths.sort()).toEqual(['applicationId', 'pluginId']);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
  });

  it('checks ids against the model before any AWS call', async () => {
    const { body } = await gw.gql(`{ plugin(applicationId: "short", pluginId: "NOT-A-UUID") { pluginId } }`);
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      retryable: false,
      fieldErrors: [
        { path: 'applicationId', message: 'must be exactly 36 characters long (got 5)' },
        { path: 'pluginId', message: 'must be exactly 36 characters long (got 10)' },
      ],
    });
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('refuses an empty id before any AWS call', async () => {
    const { body } = await gw.gql(`{ connectorV2(connectorId: "") { connectorId } }`);
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      retryable: false,
      fieldErrors: [{ path: 'connectorId', message: 'must be 1 to 1024 characters long (got 0)' }],
    });
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('maps a QuickSight account that is not ours to ACCESS_DENIED (401)', async () => {
    const { body } = await gw.gql(`{ actionConnector(awsAccountId: "999999999999", actionConnectorId: "x") { arn } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'ACCESS_DENIED', aws: { httpStatus: 401 } });
  });

  it('maps an unknown resource to RESOURCE_NOT_FOUND without failing the request', async () => {
    const { status, body } = await gw.gql(
      `{ connectorV2(connectorId: "00000000-0000-4000-8000-000000000000") { connectorId } }`,
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({ connectorV2: null });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RESOURCE_NOT_FOUND', aws: { errorType: 'ResourceNotFoundException' } });
  });
});

describe('errors AWS does not model', () => {
  it('answers AWS_ERROR with the wire name; 4xx is not retryable', async () => {
    gw.emulator.faults.add('GetPlugin', { error: { type: 'TeapotException', status: 418, message: 'short and stout' } });
    const { body } = await gw.gql(CASES.GetPlugin.query);
    expect(body.errors?.[0]?.message).toBe('short and stout');
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'AWS_ERROR',
      retryable: false,
      aws: { errorType: 'TeapotException', httpStatus: 418 },
    });
  });

  it('answers AWS_ERROR, retryable, for an unmodeled 5xx', async () => {
    gw.emulator.faults.add('GetConnectorV2', { error: { type: 'ServiceUnavailableException', status: 503 } });
    const { body } = await gw.gql(CASES.GetConnectorV2.query);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'AWS_ERROR', retryable: true, aws: { httpStatus: 503 } });
  });
});

describe('upstream failures', () => {
  it('answers UPSTREAM_UNAVAILABLE when AWS drops the connection', async () => {
    gw.emulator.faults.add('GetPlugin', { dropConnection: true, match: CASES.GetPlugin.match });
    const { body } = await gw.gql(CASES.GetPlugin.query);
    expect((body.data as Record<string, unknown>).sibling).not.toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
      aws: { service: 'qbusiness', operation: 'GetPlugin', httpStatus: null, requestId: null },
    });
  });

  it('answers UPSTREAM_UNAVAILABLE when nothing listens at the endpoint', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const offline = await startTestGateway({ endpoint: `http://127.0.0.1:${closedPort}` });
    try {
      const { body } = await offline.gql(CASES.DescribeActionConnector.query);
      expect(body.errors).toHaveLength(2);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        retryable: true,
        aws: { errorType: 'ECONNREFUSED' },
      });
    } finally {
      await offline.close();
    }
  });

  it('answers UPSTREAM_UNAVAILABLE when AWS is slower than the request timeout', async () => {
    const slow = await startTestGateway({ requestTimeoutMs: 200 });
    try {
      slow.emulator.faults.add('GetConnectorV2', { latencyMs: 1500 });
      const { body } = await slow.gql(`{ connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { connectorId } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', aws: { errorType: 'TimeoutError' } });
    } finally {
      await slow.close();
    }
  });
});

describe('retries', () => {
  it('lets the SDK retry a throttled call with its standard policy, then succeeds', async () => {
    const retrying = await startTestGateway({ maxAttempts: 3 });
    try {
      retrying.emulator.faults.add('GetPlugin', { error: { type: 'ThrottlingException' }, times: 1 });
      const { body } = await retrying.gql(`{ plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId } }`);
      expect(body.errors).toBeUndefined();
      expect(retrying.emulator.calls.list().map((call) => call.status)).toEqual([429, 200]);
    } finally {
      await retrying.close();
    }
  });
});

describe('gateway bugs', () => {
  const broken = {
    applicationId: SEED.qbusiness.applicationIds[0],
    pluginId: '0f0f0f0f-0000-4000-8000-00000000abcd',
  };
  const query = `{ plugin(applicationId: "${broken.applicationId}", pluginId: "${broken.pluginId}") { pluginId authConfiguration { __typename } } }`;

  function storeBrokenPlugin(target: TestGateway) {
    const template = target.emulator.store.qbusiness.getPlugin('us-east-1', plugin.applicationId, plugin.pluginId);
    if (template === undefined) throw new Error('seed plugin missing');
    // AWS breaking its own model (a required member missing) is the one way to reach the gateway's bug path.
    target.emulator.store.qbusiness.putPlugin('us-east-1', {
      ...template,
      ...broken,
      authConfiguration: { basicAuthConfiguration: { secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x' } },
    } as unknown as typeof template);
  }

  it('are INTERNAL_SERVER_ERROR with the message shown in development, and logged', async () => {
    storeBrokenPlugin(gw);
    const { body } = await gw.gql(query);
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors?.[0]?.message).toContain('roleArn');
    expect(gw.logs.some((line) => line.msg === 'internal error while resolving a field')).toBe(true);
  });

  it('are masked in production', async () => {
    const production = await startTestGateway({ production: true });
    try {
      storeBrokenPlugin(production);
      const { body } = await production.gql(query);
      expect(body.errors?.[0]).toEqual({
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['plugin'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false },
      });
    } finally {
      await production.close();
    }
  });
});

describe('what errors never carry', () => {
  it('has no SDK response, body, headers or credentials in any error', async () => {
    gw.emulator.faults.add('GetPlugin', {
      error: { type: 'ValidationException', body: { reason: 'FIELD_VALIDATION_FAILED', fields: [{ name: 'pluginId', message: 'bad' }] } },
    });
    const { body } = await gw.gql(CASES.GetPlugin.query);
    const text = JSON.stringify(body);
    for (const leak of ['$response', '$metadata', 'test-secret', 'AKIATESTEXAMPLE', 'x-amzn', 'stacktrace', 'headers']) {
      expect(text).not.toContain(leak);
    }
    expect(body.errors?.[0]?.extensions?.fieldErrors).toEqual([{ path: 'pluginId', message: 'bad' }]);
  });
});
