import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { PLUGIN_FIELDS, PLUGIN_QUERY } from '../support/documents.js';
import { startTestGateway, useTestGateway, type TestGateway } from '../support/gateway.js';

type Json = Record<string, unknown>;

const APP = SEED.qbusiness.applicationIds[1];
const ROLE = 'arn:aws:iam::123456789012:role/qbusiness-plugin-role';
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:plugin-creds-AbCdEf';
const IDC = 'arn:aws:sso::123456789012:application/ssoins-1234567890abcdef/apl-1234567890abcdef';
const BUILD_DELAY_MS = 1500; // long enough that a loaded machine still reads CREATE_IN_PROGRESS right after the create

const CREATE = /* GraphQL */ `
  mutation Create($input: CreatePluginInput!) {
    createPlugin(input: $input) {
      pluginId
      pluginArn
      buildStatus
      clientToken
      plugin { ...PluginFields }
    }
  }
  ${PLUGIN_FIELDS}
`;

const gw = useTestGateway({ emulator: { buildDelayMs: BUILD_DELAY_MS, pluginQuotaPerApplication: 200 } });
let sequence = 0;
const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`;

const base = (overrides: Json = {}): Json => ({
  applicationId: APP,
  displayName: uniqueName('plugin'),
  type: 'SERVICE_NOW',
  serverUrl: 'https://example.service-now.com',
  authConfiguration: { basicAuthConfiguration: { secretArn: SECRET, roleArn: ROLE } },
  ...overrides,
});

async function create(target: TestGateway, input: Json) {
  return target.gql<{ createPlugin: Json | null }>(CREATE, { input });
}

describe('createPlugin: every input variant, end to end', () => {
  // The emulator computes buildStatus from Date.now. Only Date is faked (timers and sockets stay real), so a plugin
  // is still building when read back however busy the machine is, and the build finishes when the test says so.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const variants: Array<[string, Json, Json]> = [
    ['basic auth', base(), { __typename: 'BasicAuthConfiguration', secretArn: SECRET, roleArn: ROLE }],
    [
      'OAuth2 client credentials',
      base({
        type: 'JIRA_CLOUD',
        authConfiguration: {
          oAuth2ClientCredentialConfiguration: {
            secretArn: SECRET,
            roleArn: ROLE,
            authorizationUrl: 'https://auth.atlassian.com/authorize',
            tokenUrl: 'https://auth.atlassian.com/oauth/token',
          },
        },
      }),
      {
        __typename: 'OAuth2ClientCredentialConfiguration',
        secretArn: SECRET,
        roleArn: ROLE,
        authorizationUrl: 'https://auth.atlassian.com/authorize',
        tokenUrl: 'https://auth.atlassian.com/oauth/token',
      },
    ],
    ['no auth', base({ type: 'ASANA', authConfiguration: { noAuthConfiguration: true } }), { __typename: 'NoAuthConfiguration', authenticationRequired: false }],
    [
      'IAM Identity Center',
      base({ type: 'MICROSOFT_TEAMS', authConfiguration: { idcAuthConfiguration: { idcApplicationArn: IDC, roleArn: ROLE } } }),
      { __typename: 'IdcAuthConfiguration', idcApplicationArn: IDC, roleArn: ROLE },
    ],
  ];

  it.each(variants)('%s: creates, returns the plugin in the payload, and GetPlugin reads it back', async (_name, input, auth) => {
    const { body } = await create(gw, { ...input, tags: [{ key: 'team', value: 'platform' }] });
    expect(body.errors).toBeUndefined();
    const payload = body.data?.createPlugin as Json;
    expect(payload.pluginId).toMatch(/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/);
    expect(payload.pluginArn).toBe(`arn:aws:qbusiness:us-east-1:123456789012:application/${APP}/plugin/${payload.pluginId}`);
    expect(payload.buildStatus).toBe('CREATE_IN_PROGRESS');
    expect(payload.clientToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(payload.plugin).toMatchObject({
      applicationId: APP,
      pluginId: payload.pluginId,
      displayName: input.displayName,
      type: input.type,
      serverUrl: input.serverUrl,
      state: 'ENABLED',
      buildStatus: 'CREATE_IN_PROGRESS',
      authConfiguration: auth,
      customPluginConfiguration: null,
    });
    const read = await gw.gql<{ plugin: Json }>(PLUGIN_QUERY, { applicationId: APP, pluginId: payload.pluginId });
    expect(read.body.data?.plugin).toEqual(payload.plugin);
  });

  it.each([
    ['inline payload', { payload: 'openapi: 3.0.0\ninfo: { title: Inventory, version: "1" }\npaths: {}' }],
    ['S3 object', { s3: { bucket: 'acme-plugin-specs', key: 'inventory/openapi.yaml' } }],
  ])('custom plugin with an %s schema', async (_name, apiSchema) => {
    const input = {
      applicationId: APP,
      displayName: uniqueName('custom'),
      type: 'CUSTOM',
      authConfiguration: { noAuthConfiguration: true },
      customPluginConfiguration: { description: 'Inventory lookups', apiSchemaType: 'OPEN_API_V3', apiSchema },
    };
    const { body } = await create(gw, input);
    expect(body.errors).toBeUndefined();
    const plugin = (body.data?.createPlugin as Json).plugin as Json;
    const expectedSchema =
      'payload' in apiSchema ? { __typename: 'APISchemaPayload', payload: apiSchema.payload } : { __typename: 'S3', ...apiSchema.s3 };
    expect(plugin.customPluginConfiguration).toEqual({
      description: 'Inventory lookups',
      apiSchemaType: 'OPEN_API_V3',
      apiSchema: expectedSchema,
    });
    expect(plugin.serverUrl).toBeNull();
  });

  it('shows the build finishing: CREATE_IN_PROGRESS, then READY', async () => {
    const { body } = await create(gw, base());
    const pluginId = (body.data?.createPlugin as Json).pluginId;
    vi.setSystemTime(Date.now() + BUILD_DELAY_MS + 100);
    const read = await gw.gql<{ plugin: Json }>(`{ plugin(applicationId: "${APP}", pluginId: "${String(pluginId)}") { buildStatus } }`);
    expect(read.body.data?.plugin.buildStatus).toBe('READY');
  });

  it('reads the new plugin through the request loader: a plugin query in the same request sees it', async () => {
    const { body } = await create(gw, base());
    const payload = body.data?.createPlugin as Json;
    // Mutations run in order; the payload's plugin was loaded after the create and cleared of any earlier read.
    expect((payload.plugin as Json).pluginId).toBe(payload.pluginId);
    expect(gw.emulator.calls.count('GetPlugin')).toBe(1);
  });
});

describe('createPlugin validation (before any AWS call)', () => {
  it('answers VALIDATION_FAILED listing every violated field, and calls nothing', async () => {
    const { status, body } = await create(gw, {
      applicationId: 'not-an-app',
      displayName: 'bad name!',
      type: 'JIRA_CLOUD',
      authConfiguration: { basicAuthConfiguration: { secretArn: 'secret', roleArn: ROLE } },
      tags: [{ key: 'ok', value: 'v' }, { key: '', value: 'v' }],
      clientToken: '',
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({ createPlugin: null });
    const [error] = body.errors ?? [];
    expect(error?.path).toEqual(['createPlugin']);
    expect(error?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(error?.extensions?.retryable).toBe(false);
    expect((error?.extensions?.fieldErrors as Array<{ path: string }>).map((f) => f.path)).toEqual([
      'input.applicationId',
      'input.displayName',
      'input.authConfiguration.basicAuthConfiguration.secretArn',
      'input.tags[1].key',
      'input.clientToken',
      'input.serverUrl',
    ]);
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('refuses UNRECOGNIZED, the output-only enum value', async () => {
    const { body } = await create(gw, base({ type: 'UNRECOGNIZED' }));
    expect(body.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { path: 'input.type', message: 'UNRECOGNIZED is an output-only value: give a PluginType' },
    ]);
  });

  it.each([
    ['no member', {}],
    ['two members', { noAuthConfiguration: true, basicAuthConfiguration: { secretArn: SECRET, roleArn: ROLE } }],
    ['a null member', { noAuthConfiguration: null }],
  ])('rejects a one-of input with %s, in variables and in literals', async (_name, authConfiguration) => {
    const viaVariables = await create(gw, base({ authConfiguration }));
    expect(viaVariables.status).toBe(400);
    expect(viaVariables.body.errors?.[0]?.message).toMatch(/PluginAuthConfigurationInput|OneOf|exactly one key|must be non-null/);
    expect(viaVariables.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const literal = JSON.stringify(authConfiguration).replace(/"(\w+)":/g, '$1:');
    const viaLiteral = await gw.gql(`mutation { createPlugin(input: {
      applicationId: "${APP}", displayName: "x", type: ASANA, serverUrl: "https://x", authConfiguration: ${literal}
    }) { pluginId } }`);
    expect(viaLiteral.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(viaLiteral.body.errors?.[0]?.message).toMatch(/OneOf Input Object "PluginAuthConfigurationInput" must specify exactly one key|must be non-null/);
    expect(gw.emulator.calls.count()).toBe(0);
  });
});

describe('createPlugin AWS exceptions', () => {
  const CASES: Array<[string, number, string, boolean]> = [
    ['AccessDeniedException', 403, 'ACCESS_DENIED', false],
    ['ConflictException', 409, 'CONFLICT', false],
    ['InternalServerException', 500, 'AWS_INTERNAL_ERROR', true],
    ['ResourceNotFoundException', 404, 'RESOURCE_NOT_FOUND', false],
    ['ServiceQuotaExceededException', 402, 'SERVICE_QUOTA_EXCEEDED', false],
    ['ThrottlingException', 429, 'THROTTLED', true],
    ['ValidationException', 400, 'VALIDATION_FAILED', false],
  ];

  it.each(CASES)('%s (HTTP %i) -> %s', async (errorType, httpStatus, code, retryable) => {
    gw.emulator.faults.add('CreatePlugin', {
      error: {
        type: errorType,
        ...(errorType === 'ValidationException'
          ? { body: { reason: 'FIELD_VALIDATION_FAILED', fields: [{ name: 'serverUrl', message: 'unreachable host' }] } }
          : {}),
      },
    });
    const { body } = await create(gw, base());
    expect(body.data).toEqual({ createPlugin: null });
    const [error] = body.errors ?? [];
    const call = gw.emulator.calls.list().find((record) => record.operation === 'CreatePlugin');
    expect(error?.path).toEqual(['createPlugin']);
    expect(error?.extensions).toEqual({
      code,
      retryable,
      aws: { service: 'qbusiness', operation: 'CreatePlugin', errorType, httpStatus, requestId: call?.requestId, region: 'us-east-1' },
      ...(errorType === 'ValidationException' ? { fieldErrors: [{ path: 'input.serverUrl', message: 'unreachable host' }] } : {}),
      clientToken: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
  });

  it('RESOURCE_NOT_FOUND for an application that does not exist (the emulator decides, as AWS would)', async () => {
    const { body } = await create(gw, base({ applicationId: '00000000-0000-4000-8000-000000000000' }));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RESOURCE_NOT_FOUND', aws: { httpStatus: 404 } });
  });

  it('CONFLICT for a display name already used in the application', async () => {
    const input = base();
    expect((await create(gw, input)).body.errors).toBeUndefined();
    const { body } = await create(gw, { ...input, clientToken: 'another-token' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', aws: { errorType: 'ConflictException' } });
  });
});

describe('createPlugin idempotency: nothing created twice, nothing lost', () => {
  const count = (target: TestGateway, displayName: unknown) =>
    target.emulator.store.qbusiness.listPlugins('us-east-1', APP).filter((plugin) => plugin.displayName === displayName).length;

  it('generates a client token when none is given and returns it', async () => {
    const first = await create(gw, base());
    const second = await create(gw, base());
    const tokens = [first, second].map((r) => (r.body.data?.createPlugin as Json).clientToken);
    expect(tokens[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it('returns the token AWS received: retrying with it gives back the same plugin', async () => {
    const input = base();
    const first = (await create(gw, input)).body.data?.createPlugin as Json;
    const retried = (await create(gw, { ...input, clientToken: first.clientToken })).body.data?.createPlugin as Json;
    expect(retried.pluginId).toBe(first.pluginId);
    expect(count(gw, input.displayName)).toBe(1);
  });

  it('returns the original plugin when the same token and input come again', async () => {
    const input = base({ clientToken: uniqueName('token') });
    const first = (await create(gw, input)).body.data?.createPlugin as Json;
    const again = (await create(gw, input)).body.data?.createPlugin as Json;
    expect(again.pluginId).toBe(first.pluginId);
    expect(again.clientToken).toBe(input.clientToken);
    expect(count(gw, input.displayName)).toBe(1);
  });

  it('answers CONFLICT when the same token comes with a different input', async () => {
    const token = uniqueName('token');
    await create(gw, base({ clientToken: token }));
    const { body } = await create(gw, base({ clientToken: token }));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', retryable: false });
  });

  it('survives a lost response: AWS commits, the connection drops, the SDK retries with the same token, one plugin exists', async () => {
    const retrying = await startTestGateway({ maxAttempts: 3 });
    try {
      retrying.emulator.faults.add('CreatePlugin', { dropConnection: true, afterHandling: true, times: 1 });
      const input = base();
      const { body } = await create(retrying, input);
      expect(body.errors).toBeUndefined();
      const payload = body.data?.createPlugin as Json;
      expect(retrying.emulator.calls.list().filter((c) => c.operation === 'CreatePlugin').map((c) => c.status)).toEqual([0, 200]);
      expect(count(retrying, input.displayName)).toBe(1);
      const stored = retrying.emulator.store.qbusiness.listPlugins('us-east-1', APP).find((p) => p.displayName === input.displayName);
      expect(stored?.pluginId).toBe(payload.pluginId);
      expect((payload.plugin as Json).pluginId).toBe(payload.pluginId);
    } finally {
      await retrying.close();
    }
  });
});

describe('createPlugin recovery: every error carries the client token', () => {
  const count = (target: TestGateway, displayName: unknown) =>
    target.emulator.store.qbusiness.listPlugins('us-east-1', APP).filter((plugin) => plugin.displayName === displayName).length;

  it('every attempt loses its response: UPSTREAM_UNAVAILABLE with the token; retrying with it returns the one plugin', async () => {
    const retrying = await startTestGateway({ maxAttempts: 3 });
    try {
      retrying.emulator.faults.add('CreatePlugin', { dropConnection: true, afterHandling: true });
      const input = base();
      const lost = await create(retrying, input);
      const error = lost.body.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      const token = error?.extensions?.clientToken;
      expect(token).toMatch(/^[0-9a-f-]{36}$/);
      // AWS committed the plugin on the first attempt; the SDK's own retries reused the token.
      expect(retrying.emulator.calls.list().filter((c) => c.operation === 'CreatePlugin').map((c) => c.status)).toEqual([0, 0, 0]);
      expect(count(retrying, input.displayName)).toBe(1);

      // The client retries as the README says: the same input with the token from the error.
      retrying.emulator.faults.clear();
      const retried = await create(retrying, { ...input, clientToken: token });
      expect(retried.body.errors).toBeUndefined();
      const payload = retried.body.data?.createPlugin as Json;
      expect(payload.clientToken).toBe(token);
      expect(count(retrying, input.displayName)).toBe(1);
      const stored = retrying.emulator.store.qbusiness.listPlugins('us-east-1', APP).find((p) => p.displayName === input.displayName);
      expect(payload.pluginId).toBe(stored?.pluginId);
    } finally {
      await retrying.close();
    }
  });

  it('validation and AWS errors carry the token too: the client token given, or the one generated', async () => {
    const invalid = await create(gw, base({ displayName: '-bad name-' }));
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(invalid.body.errors?.[0]?.extensions?.clientToken).toMatch(/^[0-9a-f-]{36}$/);
    const notFound = await create(gw, base({ applicationId: '00000000-0000-4000-8000-000000000000', clientToken: 'my-token-1' }));
    expect(notFound.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESOURCE_NOT_FOUND', clientToken: 'my-token-1' });
  });
});

describe('secrets', () => {
  it('never logs the inline OpenAPI payload, on success or on failure', async () => {
    const marker = `openapi-secret-${Date.now()}`;
    const custom = (overrides: Json = {}) => ({
      applicationId: APP,
      displayName: uniqueName('secretive'),
      type: 'CUSTOM',
      authConfiguration: { noAuthConfiguration: true },
      customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3', apiSchema: { payload: marker } },
      ...overrides,
    });
    await create(gw, custom());
    await create(gw, custom({ displayName: 'bad name' }));
    gw.emulator.faults.add('CreatePlugin', { error: { type: 'InternalServerException' } });
    await create(gw, custom());
    gw.emulator.faults.clear();
    expect(gw.logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(gw.logs)).not.toContain(marker);
  });
});
