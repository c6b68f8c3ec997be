import {
  ConflictException,
  CreatePluginCommand,
  GetPluginCommand,
  ListPluginsCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ValidationException,
} from '@aws-sdk/client-qbusiness';
import type { CreatePluginCommandInput } from '@aws-sdk/client-qbusiness';
import { describe, expect, it } from 'vitest';
import { SEED, SEED_COUNTS, startEmulator } from '../../src/emulator/index.js';
import type { EmulatorLogEntry, EmulatorOptions } from '../../src/emulator/index.js';
import { QBUSINESS_ARN, QBUSINESS_PLUGIN_NAME, QBUSINESS_S3_BUCKET, QBUSINESS_URL } from '../../src/emulator/validation.js';
import { clients, destroyClients, rawRequest, rejection, useEmulator, UUID_RE } from './helpers.js';

const APP_A = SEED.qbusiness.applicationIds[0];
const APP_B = SEED.qbusiness.applicationIds[1];
const R = 'us-east-1';
const ROLE = 'arn:aws:iam::123456789012:role/service-role/QBusiness-Plugin-Test';
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:qbusiness/test-AbCdEf';
const IDC = 'arn:aws:sso::123456789012:application/ssoins-1234567890abcdef/apl-1234567890abcdef';
const OPENAPI = JSON.stringify({ openapi: '3.0.3', info: { title: 'Orders', version: '1.0.0' }, paths: {} });

const env = useEmulator();

let counter = 0;
const uniqueName = (prefix = 'Test-Plugin'): string => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** A valid request: a JIRA_CLOUD plugin with basic auth. */
function validInput(overrides: Partial<CreatePluginCommandInput> = {}): CreatePluginCommandInput {
  return {
    applicationId: APP_A,
    displayName: uniqueName(),
    type: 'JIRA_CLOUD',
    serverUrl: 'https://acme.atlassian.net',
    authConfiguration: { basicAuthConfiguration: { secretArn: SECRET, roleArn: ROLE } },
    ...overrides,
  };
}

const create = (input: CreatePluginCommandInput) => env.sdk.qbusiness.send(new CreatePluginCommand(input));
const get = (applicationId: string, pluginId: string) => env.sdk.qbusiness.send(new GetPluginCommand({ applicationId, pluginId }));
const named = (applicationId: string, displayName: string, store = env.emulator.store) =>
  store.qbusiness.listPlugins(R, applicationId).filter((p) => p.displayName === displayName);

/** Runs `fn` with a private emulator and SDK clients, then closes both. */
async function withEmulator<T>(
  options: EmulatorOptions,
  fn: (e: Awaited<ReturnType<typeof startEmulator>>, sdk: ReturnType<typeof clients>) => Promise<T>,
  maxAttempts = 1,
): Promise<T> {
  const emulator = await startEmulator(options);
  const sdk = clients(emulator, R, maxAttempts);
  try {
    return await fn(emulator, sdk);
  } finally {
    destroyClients(sdk);
    await emulator.close();
  }
}

/** The field names of a ValidationException thrown by `promise`, checking the common members on the way. */
async function violatedFields(promise: Promise<unknown>): Promise<string[]> {
  const error = await rejection(promise, ValidationException);
  expect(error.$metadata.httpStatusCode).toBe(400);
  expect(error.reason).toBe('FIELD_VALIDATION_FAILED');
  const names = error.fields?.map((f) => f.name ?? '') ?? [];
  expect(error.message).toMatch(new RegExp(`^${names.length} validation errors? detected: `));
  for (const field of error.fields ?? []) expect(field.message).toContain(`'${field.name}' failed to satisfy constraint`);
  return names;
}

describe('CreatePlugin: success, every auth variant and both schema variants, read back with GetPlugin', () => {
  const variants: readonly [string, Partial<CreatePluginCommandInput>][] = [
    ['basicAuthConfiguration', { authConfiguration: { basicAuthConfiguration: { secretArn: SECRET, roleArn: ROLE } } }],
    [
      'oAuth2ClientCredentialConfiguration (both URLs)',
      {
        type: 'SALESFORCE_CRM',
        serverUrl: 'https://acme.my.salesforce.com',
        authConfiguration: {
          oAuth2ClientCredentialConfiguration: {
            secretArn: SECRET,
            roleArn: ROLE,
            authorizationUrl: 'https://login.salesforce.com/services/oauth2/authorize',
            tokenUrl: 'https://login.salesforce.com/services/oauth2/token',
          },
        },
      },
    ],
    [
      'oAuth2ClientCredentialConfiguration (no URLs)',
      { authConfiguration: { oAuth2ClientCredentialConfiguration: { secretArn: SECRET, roleArn: ROLE } } },
    ],
    ['noAuthConfiguration', { type: 'PAGERDUTY_ADVANCE', serverUrl: 'https://api.pagerduty.com', authConfiguration: { noAuthConfiguration: {} } }],
    [
      'idcAuthConfiguration',
      { type: 'QUICKSIGHT', serverUrl: 'https://us-east-1.quicksight.aws.amazon.com', authConfiguration: { idcAuthConfiguration: { idcApplicationArn: IDC, roleArn: ROLE } } },
    ],
    [
      'CUSTOM with an inline payload schema',
      {
        type: 'CUSTOM',
        serverUrl: undefined,
        authConfiguration: { noAuthConfiguration: {} },
        customPluginConfiguration: { description: 'Order status API', apiSchemaType: 'OPEN_API_V3', apiSchema: { payload: OPENAPI } },
      },
    ],
    [
      'CUSTOM with an S3 schema',
      {
        type: 'CUSTOM',
        serverUrl: 'https://orders.example.com/v1',
        authConfiguration: { basicAuthConfiguration: { secretArn: SECRET, roleArn: ROLE } },
        customPluginConfiguration: {
          description: 'Order status API from S3',
          apiSchemaType: 'OPEN_API_V3',
          apiSchema: { s3: { bucket: 'acme-qbusiness-schemas', key: 'plugins/orders/openapi.json' } },
        },
      },
    ],
    [
      'CUSTOM without an apiSchema',
      { type: 'CUSTOM', customPluginConfiguration: { description: 'Schema comes later', apiSchemaType: 'OPEN_API_V3' } },
    ],
  ];

  it.each(variants)('%s', async (_label, overrides) => {
    const input = validInput(overrides);
    const before = Date.now();
    const out = await create(input);
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.pluginId).toMatch(UUID_RE);
    expect(out.pluginArn).toBe(`arn:aws:qbusiness:us-east-1:123456789012:application/${APP_A}/plugin/${out.pluginId}`);
    expect(out.buildStatus).toBe('CREATE_IN_PROGRESS');

    const read = await get(APP_A, out.pluginId ?? '');
    expect(read).toMatchObject({
      applicationId: APP_A,
      pluginId: out.pluginId,
      pluginArn: out.pluginArn,
      displayName: input.displayName,
      type: input.type,
      buildStatus: 'CREATE_IN_PROGRESS',
      state: 'ENABLED',
      authConfiguration: input.authConfiguration,
    });
    expect(read.serverUrl).toBe(input.serverUrl);
    expect(read.customPluginConfiguration).toEqual(input.customPluginConfiguration);
    expect(read.createdAt?.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(read.createdAt?.getTime()).toBeLessThanOrEqual(Date.now() + 1);
    expect(read.updatedAt).toEqual(read.createdAt);
  });

  it('tags are accepted and kept in the store (GetPlugin does not return them)', async () => {
    const input = validInput({ tags: [{ key: 'team', value: 'support' }, { key: 'empty-value', value: '' }] });
    const out = await create(input);
    expect(env.emulator.store.qbusiness.getPlugin(R, APP_A, out.pluginId ?? '')?.tags).toEqual(input.tags);
    expect(await get(APP_A, out.pluginId ?? '')).not.toHaveProperty('tags');
  });

  it('the wire answer is exactly {pluginId, pluginArn, buildStatus}', async () => {
    const r = await rawRequest(env.emulator, 'POST', `/applications/${APP_A}/plugins`, 'qbusiness', validInput({ applicationId: undefined }));
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(['buildStatus', 'pluginArn', 'pluginId']);
    expect(r.headers.get('x-amzn-requestid')).toMatch(UUID_RE);
  });

  it('works in another region, where the plugin is stored in that region only', async () => {
    const eu = clients(env.emulator, 'eu-west-1');
    try {
      const app = '2cec3f2a-7799-4ff9-b07f-409986fe3c56';
      const out = await eu.qbusiness.send(new CreatePluginCommand(validInput({ applicationId: app })));
      expect(out.pluginArn).toContain(':qbusiness:eu-west-1:');
      expect(env.emulator.store.qbusiness.getPlugin('eu-west-1', app, out.pluginId ?? '')).toBeDefined();
      // appA does not exist in eu-west-1
      const error = await rejection(eu.qbusiness.send(new CreatePluginCommand(validInput())), ResourceNotFoundException);
      expect(error.resourceType).toBe('APPLICATION');
    } finally {
      destroyClients(eu);
    }
  });
});

describe('CreatePlugin validation: each rule fails and passes', () => {
  type Case = readonly [label: string, overrides: Partial<CreatePluginCommandInput>, fields: readonly string[]];
  const basic = (secretArn: string, roleArn: string): Partial<CreatePluginCommandInput> => ({
    authConfiguration: { basicAuthConfiguration: { secretArn, roleArn } },
  });
  const custom = (description: string, apiSchema?: CreatePluginCommandInput['customPluginConfiguration']): Partial<CreatePluginCommandInput> => ({
    type: 'CUSTOM',
    customPluginConfiguration: apiSchema ?? { description, apiSchemaType: 'OPEN_API_V3' },
  });
  const s3 = (bucket: string, key: string): Partial<CreatePluginCommandInput> =>
    custom('x', { description: 'S3 schema', apiSchemaType: 'OPEN_API_V3', apiSchema: { s3: { bucket, key } } });
  const tags = (count: number): { key: string; value: string }[] => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));

  const failing: readonly Case[] = [
    ['applicationId too short', { applicationId: 'abc' }, ['applicationId']],
    ['applicationId starts with -', { applicationId: `-${'a'.repeat(35)}` }, ['applicationId']],
    ['applicationId 37 chars', { applicationId: 'a'.repeat(37) }, ['applicationId']],
    ['displayName empty', { displayName: '' }, ['displayName']],
    ['displayName 101 chars', { displayName: 'a'.repeat(101) }, ['displayName']],
    ['displayName starts with _', { displayName: '_plugin' }, ['displayName']],
    ['displayName with a space', { displayName: 'my plugin' }, ['displayName']],
    ['displayName with a dot', { displayName: 'my.plugin' }, ['displayName']],
    ['type not a PluginType', { type: 'FAX_MACHINE' as never }, ['type']],
    ['type lower-case', { type: 'jira' as never }, ['type']],
    ['serverUrl empty', { serverUrl: '' }, ['serverUrl']],
    ['serverUrl without a scheme', { serverUrl: 'acme.atlassian.net' }, ['serverUrl']],
    ['serverUrl with another scheme', { serverUrl: 'gopher://acme.example.com' }, ['serverUrl']],
    ['serverUrl with whitespace', { serverUrl: 'https://acme.example.com/a b' }, ['serverUrl']],
    ['serverUrl 2049 chars', { serverUrl: `https://${'a'.repeat(2041)}` }, ['serverUrl']],
    ['tags: 201 items', { tags: tags(201) }, ['tags']],
    ['tags[3].key empty', { tags: [...tags(3), { key: '', value: 'v' }] }, ['tags[3].key']],
    ['tags[0].key 129 chars', { tags: [{ key: 'k'.repeat(129), value: 'v' }] }, ['tags[0].key']],
    ['tags[1].value 257 chars', { tags: [{ key: 'a', value: 'b' }, { key: 'c', value: 'v'.repeat(257) }] }, ['tags[1].value']],
    ['clientToken empty', { clientToken: '' }, ['clientToken']],
    ['clientToken 101 chars', { clientToken: 't'.repeat(101) }, ['clientToken']],
    ['secretArn not an ARN', basic('not-an-arn', ROLE), ['authConfiguration.basicAuthConfiguration.secretArn']],
    ['roleArn: resource starts with /', basic(SECRET, 'arn:aws:iam::123456789012:/role'), ['authConfiguration.basicAuthConfiguration.roleArn']],
    [
      'roleArn of 1285 chars',
      basic(SECRET, `arn:${'a'.repeat(63)}:${'b'.repeat(63)}:${'c'.repeat(63)}:${'d'.repeat(63)}:${'r'.repeat(1025)}`),
      ['authConfiguration.basicAuthConfiguration.roleArn'],
    ],
    ['roleArn resource part over 1024 chars', basic(SECRET, `arn:aws:iam::123456789012:${'r'.repeat(1025)}`), ['authConfiguration.basicAuthConfiguration.roleArn']],
    ['secretArn and roleArn both bad', basic('x', 'y'), ['authConfiguration.basicAuthConfiguration.secretArn', 'authConfiguration.basicAuthConfiguration.roleArn']],
    [
      'oAuth2 roleArn empty and tokenUrl not a URL',
      { authConfiguration: { oAuth2ClientCredentialConfiguration: { secretArn: SECRET, roleArn: '', tokenUrl: 'token' } } },
      ['authConfiguration.oAuth2ClientCredentialConfiguration.roleArn', 'authConfiguration.oAuth2ClientCredentialConfiguration.tokenUrl'],
    ],
    [
      'oAuth2 authorizationUrl with a space',
      { authConfiguration: { oAuth2ClientCredentialConfiguration: { secretArn: SECRET, roleArn: ROLE, authorizationUrl: 'https://a b' } } },
      ['authConfiguration.oAuth2ClientCredentialConfiguration.authorizationUrl'],
    ],
    [
      'idcApplicationArn of another shape',
      { authConfiguration: { idcAuthConfiguration: { idcApplicationArn: 'arn:aws:sso::123456789012:application/x', roleArn: ROLE } } },
      ['authConfiguration.idcAuthConfiguration.idcApplicationArn'],
    ],
    [
      'idcApplicationArn shorter than 10',
      { authConfiguration: { idcAuthConfiguration: { idcApplicationArn: 'arn:aws', roleArn: ROLE } } },
      ['authConfiguration.idcAuthConfiguration.idcApplicationArn'],
    ],
    ['description empty', custom(''), ['customPluginConfiguration.description']],
    ['description 201 chars', custom('d'.repeat(201)), ['customPluginConfiguration.description']],
    [
      'apiSchemaType unknown',
      { type: 'CUSTOM', customPluginConfiguration: { description: 'x', apiSchemaType: 'SWAGGER_2' as never } },
      ['customPluginConfiguration.apiSchemaType'],
    ],
    ['s3 bucket upper-case', s3('Acme-Schemas', 'k'), ['customPluginConfiguration.apiSchema.s3.bucket']],
    ['s3 bucket 2 chars', s3('ab', 'k'), ['customPluginConfiguration.apiSchema.s3.bucket']],
    ['s3 bucket 64 chars', s3('b'.repeat(64), 'k'), ['customPluginConfiguration.apiSchema.s3.bucket']],
    ['s3 bucket ends with -', s3('acme-', 'k'), ['customPluginConfiguration.apiSchema.s3.bucket']],
    ['s3 key empty', s3('acme-schemas', ''), ['customPluginConfiguration.apiSchema.s3.key']],
    ['s3 key 1025 chars', s3('acme-schemas', 'k'.repeat(1025)), ['customPluginConfiguration.apiSchema.s3.key']],
  ];

  it.each(failing)('%s -> ValidationException naming the field', async (_label, overrides, fields) => {
    const input = validInput(overrides);
    expect(await violatedFields(create(input))).toEqual(fields);
    expect(named(APP_A, input.displayName ?? '')).toHaveLength(0);
  });

  const passing: readonly (readonly [string, Partial<CreatePluginCommandInput>])[] = [
    ['displayName of 1 char', { displayName: 'Z' }],
    ['displayName of 100 chars', { displayName: `P${'x'.repeat(99)}` }],
    ['displayName with _ and - inside', { displayName: `a_b-C_${counter}` }],
    ['displayName starting with a digit', { displayName: `9lives-${counter}` }],
    ['every PluginType value is accepted (ASANA)', { type: 'ASANA' }],
    ['serverUrl ftp://', { serverUrl: 'ftp://files.example.com/schemas' }],
    ['serverUrl file://', { serverUrl: 'file:///srv/plugins' }],
    ['serverUrl http:// of 2048 chars', { serverUrl: `http://${'a'.repeat(2041)}` }],
    ['200 tags', { tags: tags(200) }],
    ['no tags (empty list)', { tags: [] }],
    ['tag key 128 chars, value 256 chars', { tags: [{ key: 'k'.repeat(128), value: 'v'.repeat(256) }] }],
    ['tag value empty', { tags: [{ key: 'k', value: '' }] }],
    ['clientToken 1 char', { clientToken: `${counter % 10}` }],
    ['clientToken 100 chars', { clientToken: `${Date.now()}`.padEnd(100, 'x') }],
    ['roleArn of 1284 chars (every segment at its maximum)', basic(SECRET, `arn:${'a'.repeat(63)}:${'b'.repeat(63)}:${'c'.repeat(63)}:${'d'.repeat(63)}:${'r'.repeat(1024)}`)],
    ['ARN of any partition', basic('arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:x', 'arn:aws-us-gov:iam::123456789012:role/x')],
    ['idcApplicationArn without the sso prefix of ins-', { authConfiguration: { idcAuthConfiguration: { idcApplicationArn: IDC.replace('ssoins-', 'ins-'), roleArn: ROLE } } }],
    ['description of 200 chars', custom('d'.repeat(200))],
    ['description of 1 char', custom('d')],
    ['s3 bucket of 3 chars with . and -', s3('a.b', 'k')],
    ['s3 bucket of 63 chars, key of 1024 chars', s3(`a${'-'.repeat(61)}b`, 'k'.repeat(1024))],
  ];

  it.each(passing)('%s -> created', async (_label, overrides) => {
    const input = validInput(overrides);
    const out = await create(input);
    expect(out.pluginId).toMatch(UUID_RE);
    expect(named(APP_A, input.displayName ?? '')).toHaveLength(1);
  });

  it('several violations are reported together, in model order', async () => {
    const input = validInput({
      applicationId: 'not-an-application',
      displayName: '-bad name',
      type: 'NOPE' as never,
      authConfiguration: { basicAuthConfiguration: { secretArn: SECRET, roleArn: 'role' } },
      serverUrl: 'mailto:x@example.com',
      tags: [{ key: 'a', value: 'b' }, { key: 'c', value: 'd' }, { key: 'e', value: 'f' }, { key: '', value: 'g' }],
      clientToken: 'x'.repeat(101),
    });
    const error = await rejection(create(input), ValidationException);
    expect(error.fields?.map((f) => f.name)).toEqual([
      'applicationId',
      'displayName',
      'type',
      'authConfiguration.basicAuthConfiguration.roleArn',
      'serverUrl',
      'tags[3].key',
      'clientToken',
    ]);
    expect(error.message).toMatch(/^7 validation errors detected: Value 'not-an-application' at 'applicationId' failed/);
    expect(error.fields?.[2]?.message).toContain('Member must satisfy enum value set: [SERVICE_NOW, SALESFORCE,');
    expect(error.fields?.[1]?.message).toBe(
      "Value '-bad name' at 'displayName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9][a-zA-Z0-9_-]*$",
    );
  });

  it('a value failing both length and pattern gets one field with both constraints', async () => {
    const error = await rejection(create(validInput({ displayName: `-${'a'.repeat(100)}` })), ValidationException);
    expect(error.fields).toHaveLength(1);
    expect(error.fields?.[0]?.message).toMatch(/length less than or equal to 100 and Member must satisfy regular expression pattern/);
  });
});

describe('CreatePlugin validation over raw HTTP (members the SDK cannot leave out or mistype)', () => {
  const post = (body: unknown, app: string = APP_A) => rawRequest(env.emulator, 'POST', `/applications/${app}/plugins`, 'qbusiness', body);
  const fieldsOf = (json: Record<string, unknown>) => (json['fields'] as { name: string }[]).map((f) => f.name);

  it('missing required members -> ValidationException naming each', async () => {
    const r = await post({});
    expect(r.status).toBe(400);
    expect(r.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(r.json['reason']).toBe('FIELD_VALIDATION_FAILED');
    expect(fieldsOf(r.json)).toEqual(['displayName', 'type', 'authConfiguration']);
    expect(r.json['message']).toContain("Value null at 'displayName' failed to satisfy constraint: Member must not be null");
  });

  it('an empty body is the same as {}', async () => {
    const r = await post(undefined);
    expect(r.status).toBe(400);
    expect(fieldsOf(r.json)).toEqual(['displayName', 'type', 'authConfiguration']);
  });

  it('JSON null counts as absent', async () => {
    const r = await post({ displayName: null, type: 'JIRA', serverUrl: 'https://x.example.com', authConfiguration: { noAuthConfiguration: {} } });
    expect(fieldsOf(r.json)).toEqual(['displayName']);
  });

  it('required members inside the auth variants, the S3 location and tags', async () => {
    const r = await post({
      displayName: uniqueName(),
      type: 'CUSTOM',
      authConfiguration: { idcAuthConfiguration: {} },
      customPluginConfiguration: { apiSchema: { s3: {} } },
      tags: [{ key: 'k' }, null],
    });
    expect(fieldsOf(r.json)).toEqual([
      'authConfiguration.idcAuthConfiguration.idcApplicationArn',
      'authConfiguration.idcAuthConfiguration.roleArn',
      'customPluginConfiguration.description',
      'customPluginConfiguration.apiSchemaType',
      'customPluginConfiguration.apiSchema.s3.bucket',
      'customPluginConfiguration.apiSchema.s3.key',
      'tags[0].value',
      'tags[1]',
    ]);
  });

  it.each([
    ['no member', {}, 'found 0'],
    ['two members', { basicAuthConfiguration: { secretArn: SECRET, roleArn: ROLE }, noAuthConfiguration: {} }, 'found 2'],
    ['only null members', { noAuthConfiguration: null }, 'found 0'],
  ])('authConfiguration with %s -> violation at authConfiguration', async (_label, authConfiguration, detail) => {
    const r = await post({ displayName: uniqueName(), type: 'JIRA', serverUrl: 'https://x.example.com', authConfiguration });
    expect(r.status).toBe(400);
    expect(fieldsOf(r.json)).toEqual(['authConfiguration']);
    expect(JSON.stringify(r.json)).toContain(`exactly one member set, ${detail}`);
  });

  it('an unknown authConfiguration member -> violation naming it', async () => {
    const r = await post({ displayName: uniqueName(), type: 'JIRA', serverUrl: 'https://x.example.com', authConfiguration: { samlAuthConfiguration: {} } });
    expect(fieldsOf(r.json)).toEqual(['authConfiguration.samlAuthConfiguration']);
  });

  it.each([
    ['no member', {}],
    ['both members', { payload: 'SECRET-SCHEMA-TEXT', s3: { bucket: 'abc', key: 'k' } }],
  ])('apiSchema with %s -> violation at customPluginConfiguration.apiSchema, the payload never quoted', async (_label, apiSchema) => {
    const r = await post({
      displayName: uniqueName(),
      type: 'CUSTOM',
      authConfiguration: { noAuthConfiguration: {} },
      customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3', apiSchema },
    });
    expect(r.status).toBe(400);
    expect(fieldsOf(r.json)).toEqual(['customPluginConfiguration.apiSchema']);
    expect(JSON.stringify(r.json)).not.toContain('SECRET-SCHEMA-TEXT');
  });

  it('a body that is not JSON -> SerializationException 400', async () => {
    const r = await post('{"displayName": ');
    expect(r.status).toBe(400);
    expect(r.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });

  it.each([
    ['the body is an array', []],
    ['displayName is a number', { displayName: 42 }],
    ['authConfiguration is a string', { displayName: 'x', authConfiguration: 'basic' }],
    ['tags is an object', { tags: { key: 'a' } }],
    ['the payload is a number', { customPluginConfiguration: { apiSchema: { payload: 7 } } }],
  ])('%s -> SerializationException 400 naming the path, not the value', async (_label, body) => {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(r.headers.get('x-amzn-errortype')).toBe('SerializationException');
    expect(r.json['message']).toMatch(/^Cannot deserialize the request: expected /);
  });
});

describe('CreatePlugin business rules', () => {
  it('CUSTOM without customPluginConfiguration -> ValidationException at customPluginConfiguration', async () => {
    const fields = await violatedFields(create(validInput({ type: 'CUSTOM' })));
    expect(fields).toEqual(['customPluginConfiguration']);
  });

  it.each(['JIRA_CLOUD', 'SERVICE_NOW', 'QUICKSIGHT', 'ASANA'] as const)('%s without serverUrl -> ValidationException at serverUrl', async (type) => {
    const error = await rejection(create(validInput({ type, serverUrl: undefined })), ValidationException);
    expect(error.fields?.map((f) => f.name)).toEqual(['serverUrl']);
    expect(error.fields?.[0]?.message).toContain(`Member must not be null when type is ${type}`);
  });

  it('CUSTOM needs no serverUrl; a built-in type may also carry a custom configuration', async () => {
    await create(validInput({ type: 'CUSTOM', serverUrl: undefined, customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3' } }));
    await create(validInput({ customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3' } }));
  });

  it('the business rules are reported together with field violations', async () => {
    const fields = await violatedFields(create(validInput({ type: 'CUSTOM', displayName: '' })));
    expect(fields).toEqual(['displayName', 'customPluginConfiguration']);
  });
});

describe('CreatePlugin: not found, conflicts, quota', () => {
  it('an application that does not exist -> ResourceNotFoundException APPLICATION', async () => {
    const missing = 'f0000000-0000-4000-8000-000000000000';
    const error = await rejection(create(validInput({ applicationId: missing })), ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.resourceType).toBe('APPLICATION');
    expect(error.resourceId).toBe(missing);
  });

  it('validation comes before the application lookup', async () => {
    const fields = await violatedFields(create(validInput({ applicationId: 'f0000000-0000-4000-8000-000000000000', displayName: '' })));
    expect(fields).toEqual(['displayName']);
  });

  it('a displayName already used in the application -> ConflictException PLUGIN; the same name in another application is fine', async () => {
    const displayName = uniqueName('Dup');
    const first = await create(validInput({ displayName }));
    const error = await rejection(create(validInput({ displayName, type: 'ASANA', serverUrl: 'https://app.asana.com/api/1.0' })), ConflictException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.resourceType).toBe('PLUGIN');
    expect(error.resourceId).toBe(first.pluginId);
    expect(error.message).toContain(displayName);
    expect(named(APP_A, displayName)).toHaveLength(1);
    const other = await create(validInput({ applicationId: APP_B, displayName }));
    expect(other.pluginId).not.toBe(first.pluginId);
  });

  it('a seeded plugin name conflicts too', async () => {
    const error = await rejection(create(validInput({ displayName: 'ServiceNow-Incidents' })), ConflictException);
    expect(error.resourceId).toBe(SEED.qbusiness.plugins.basicAuth.pluginId);
  });

  it('ServiceQuotaExceededException 402 past pluginQuotaPerApplication (seeded plugins count)', async () => {
    await withEmulator({ pluginQuotaPerApplication: SEED_COUNTS.plugins.appA + 2 }, async (emulator, sdk) => {
      const send = (input: CreatePluginCommandInput) => sdk.qbusiness.send(new CreatePluginCommand(input));
      await send(validInput());
      await send(validInput());
      const error = await rejection(send(validInput()), ServiceQuotaExceededException);
      expect(error.$metadata.httpStatusCode).toBe(402);
      expect(error.resourceId).toBe(APP_A);
      expect(error.resourceType).toBe('APPLICATION');
      expect(error.message).toContain(`quota of ${SEED_COUNTS.plugins.appA + 2} plugins per application`);
      expect(emulator.store.qbusiness.listPlugins(R, APP_A)).toHaveLength(SEED_COUNTS.plugins.appA + 2);
      // The quota is per application: application B (50 plugins) still has room.
      await send(validInput({ applicationId: APP_B }));
    });
  });

  it('the default quota is 200 per application', async () => {
    await withEmulator({}, async (emulator, sdk) => {
      const room = 200 - SEED_COUNTS.plugins.appB;
      for (let i = 0; i < room; i++) {
        await sdk.qbusiness.send(new CreatePluginCommand(validInput({ applicationId: APP_B, displayName: `Bulk-${i}` })));
      }
      await rejection(sdk.qbusiness.send(new CreatePluginCommand(validInput({ applicationId: APP_B }))), ServiceQuotaExceededException);
      expect(emulator.store.qbusiness.listPlugins(R, APP_B)).toHaveLength(200);
    });
  });

  it('invalid options are refused', async () => {
    await expect(startEmulator({ pluginQuotaPerApplication: -1 })).rejects.toThrow(/pluginQuotaPerApplication must be a finite integer >= 0/);
    await expect(startEmulator({ pluginQuotaPerApplication: 1.5 })).rejects.toThrow(TypeError);
    await expect(startEmulator({ buildDelayMs: Number.NaN })).rejects.toThrow(/buildDelayMs/);
    await expect(startEmulator({ nextTokenTtlMs: -5 })).rejects.toThrow(/nextTokenTtlMs/);
  });
});

describe('CreatePlugin idempotency (clientToken)', () => {
  it('the same token with the same parameters returns the original plugin; one plugin is stored', async () => {
    const input = validInput({ clientToken: `token-${uniqueName()}` });
    const first = await create(input);
    const second = await create(input);
    expect(second.pluginId).toBe(first.pluginId);
    expect(second.pluginArn).toBe(first.pluginArn);
    expect(second.buildStatus).toBe('CREATE_IN_PROGRESS');
    expect(named(APP_A, input.displayName ?? '')).toHaveLength(1);
  });

  it('parameters are compared as data: member order in the JSON does not matter', async () => {
    const token = `order-${uniqueName()}`;
    const displayName = uniqueName();
    const a = await rawRequest(env.emulator, 'POST', `/applications/${APP_A}/plugins`, 'qbusiness', {
      displayName, type: 'JIRA', serverUrl: 'https://x.example.com', clientToken: token,
      authConfiguration: { basicAuthConfiguration: { secretArn: SECRET, roleArn: ROLE } },
    });
    const b = await rawRequest(env.emulator, 'POST', `/applications/${APP_A}/plugins`, 'qbusiness', {
      authConfiguration: { basicAuthConfiguration: { roleArn: ROLE, secretArn: SECRET } },
      clientToken: token, serverUrl: 'https://x.example.com', type: 'JIRA', displayName,
    });
    expect(a.status).toBe(200);
    expect(b.json).toEqual(a.json);
  });

  it('the retry answers what was first answered, even after the build finished', async () => {
    await withEmulator({ buildDelayMs: 0 }, async (emulator, sdk) => {
      const input = validInput({ clientToken: 'replay-after-ready' });
      const first = await sdk.qbusiness.send(new CreatePluginCommand(input));
      expect((await sdk.qbusiness.send(new GetPluginCommand({ applicationId: APP_A, pluginId: first.pluginId ?? '' }))).buildStatus).toBe('READY');
      const again = await sdk.qbusiness.send(new CreatePluginCommand(input));
      expect({ ...again, $metadata: undefined }).toEqual({ ...first, $metadata: undefined });
      expect(emulator.store.qbusiness.listPlugins(R, APP_A).filter((p) => p.displayName === input.displayName)).toHaveLength(1);
    });
  });

  it('the same token with different parameters -> ConflictException saying so', async () => {
    const token = `token-${uniqueName()}`;
    const first = await create(validInput({ clientToken: token }));
    const error = await rejection(create(validInput({ clientToken: token })), ConflictException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe(
      `The client token ${token} was already used with different parameters for a CreatePlugin request in application ${APP_A}. ` +
        'Repeat the original parameters or use a new client token.',
    );
    expect(error.resourceType).toBe('PLUGIN');
    expect(error.resourceId).toBe(first.pluginId);
  });

  it('a changed tag is a different parameter', async () => {
    const input = validInput({ clientToken: `tags-${uniqueName()}`, tags: [{ key: 'a', value: '1' }] });
    await create(input);
    await rejection(create({ ...input, tags: [{ key: 'a', value: '2' }] }), ConflictException);
  });

  it('tokens are scoped per application: the same token in another application creates another plugin', async () => {
    const token = `scoped-${uniqueName()}`;
    const displayName = uniqueName();
    const a = await create(validInput({ clientToken: token, displayName }));
    const b = await create(validInput({ clientToken: token, displayName, applicationId: APP_B }));
    expect(b.pluginId).not.toBe(a.pluginId);
  });

  it('a request that failed does not use up its token', async () => {
    const token = `failed-first-${uniqueName()}`;
    await rejection(create(validInput({ clientToken: token, displayName: 'ServiceNow-Incidents' })), ConflictException);
    const ok = await create(validInput({ clientToken: token }));
    expect(ok.pluginId).toMatch(UUID_RE);
  });

  it('without a token every call creates (the SDK fills a fresh UUID per call)', async () => {
    const input = validInput();
    await create(input);
    await rejection(create(input), ConflictException); // a second plugin was attempted: the name is taken
  });

  it('dropConnection after handling + SDK retries with an explicit clientToken -> one plugin, the call resolves with it', async () => {
    await withEmulator(
      {},
      async (emulator, sdk) => {
        emulator.faults.add('CreatePlugin', { dropConnection: true, afterHandling: true, times: 1 });
        const input = validInput({ clientToken: 'retry-after-lost-response' });
        const out = await sdk.qbusiness.send(new CreatePluginCommand(input));
        const stored = emulator.store.qbusiness.listPlugins(R, APP_A).filter((p) => p.displayName === input.displayName);
        expect(stored).toHaveLength(1);
        expect(out.pluginId).toBe(stored[0]?.pluginId);
        expect(out.buildStatus).toBe('CREATE_IN_PROGRESS');
        expect(emulator.calls.list().map((c) => [c.operation, c.status])).toEqual([
          ['CreatePlugin', 0],
          ['CreatePlugin', 200],
        ]);
      },
      3,
    );
  });

  it('the same holds with the token the SDK fills in (it is kept across retries)', async () => {
    await withEmulator(
      {},
      async (emulator, sdk) => {
        emulator.faults.add('CreatePlugin', { dropConnection: true, afterHandling: true, times: 2 });
        const input = validInput();
        const out = await sdk.qbusiness.send(new CreatePluginCommand(input));
        const stored = emulator.store.qbusiness.listPlugins(R, APP_A).filter((p) => p.displayName === input.displayName);
        expect(stored.map((p) => p.pluginId)).toEqual([out.pluginId]);
        expect(emulator.calls.count('CreatePlugin')).toBe(3);
      },
      3,
    );
  });
});

describe('CreatePlugin build status: CREATE_IN_PROGRESS, then READY after buildDelayMs', () => {
  it('GetPlugin and ListPlugins report READY once the delay has passed', async () => {
    await withEmulator({ buildDelayMs: 300 }, async (_emulator, sdk) => {
      const out = await sdk.qbusiness.send(new CreatePluginCommand(validInput({ applicationId: APP_B })));
      const read = () => sdk.qbusiness.send(new GetPluginCommand({ applicationId: APP_B, pluginId: out.pluginId ?? '' }));
      const listed = async () => {
        // The new plugin is the 51st of application B: the second page.
        const first = await sdk.qbusiness.send(new ListPluginsCommand({ applicationId: APP_B, maxResults: 50 }));
        const page = await sdk.qbusiness.send(new ListPluginsCommand({ applicationId: APP_B, maxResults: 50, nextToken: first.nextToken }));
        return page.plugins?.find((p) => p.pluginId === out.pluginId);
      };
      expect(out.buildStatus).toBe('CREATE_IN_PROGRESS');
      expect((await read()).buildStatus).toBe('CREATE_IN_PROGRESS');
      expect((await listed())?.buildStatus).toBe('CREATE_IN_PROGRESS');
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await read()).buildStatus).toBe('READY');
      expect((await listed())?.buildStatus).toBe('READY');
    });
  });

  it('the default delay is 2 s (still in progress right after the create)', async () => {
    const out = await create(validInput());
    expect((await get(APP_A, out.pluginId ?? '')).buildStatus).toBe('CREATE_IN_PROGRESS');
  });

  it('seeded plugins keep their stored build status', async () => {
    expect((await get(APP_A, SEED.qbusiness.plugins.noAuth.pluginId)).buildStatus).toBe('CREATE_IN_PROGRESS');
  });

  it('no timer keeps the process alive: close() resolves with a 60 s build pending', async () => {
    // A timer-driven build would hold close() past the 30 s test timeout; the lazy one lets it resolve.
    const emulator = await startEmulator({ buildDelayMs: 60_000 });
    const sdk = clients(emulator);
    await sdk.qbusiness.send(new CreatePluginCommand(validInput()));
    destroyClients(sdk);
    await expect(emulator.close()).resolves.toBeUndefined();
  });
});

describe('CreatePlugin: long adversarial inputs finish fast; the payload is never logged', () => {
  it('100 kB values in every patterned member are refused in well under a second', async () => {
    const long = 100_000;
    const body = {
      displayName: `${'a'.repeat(long)}!`,
      type: 'CUSTOM',
      serverUrl: `http://${'a'.repeat(long)} `,
      authConfiguration: {
        oAuth2ClientCredentialConfiguration: {
          secretArn: `arn:${'a'.repeat(long)}`,
          roleArn: `arn:a:b:c:d:${'x'.repeat(long)}\n`,
          authorizationUrl: `https://${'/'.repeat(long)}\t`,
          tokenUrl: `ftp:${'/'.repeat(long)}`,
        },
      },
      customPluginConfiguration: {
        description: 'd'.repeat(long),
        apiSchemaType: 'OPEN_API_V3',
        apiSchema: { s3: { bucket: `${'a.'.repeat(long / 2)}-`, key: 'k'.repeat(long) } },
      },
      tags: [{ key: 'k'.repeat(long), value: 'v'.repeat(long) }],
      clientToken: 't'.repeat(long),
    };
    // Catastrophic backtracking would not finish within the test timeout; no wall-clock assertion needed.
    const r = await rawRequest(env.emulator, 'POST', `/applications/${APP_A}/plugins`, 'qbusiness', body);
    expect(r.status).toBe(400);
    expect((r.json['fields'] as unknown[]).length).toBe(12);
    // Messages quote at most 200 characters of a value, and the summary stays within ErrorMessage's 2048.
    expect((r.json['message'] as string).length).toBeLessThanOrEqual(2048);
    for (const field of r.json['fields'] as { message: string }[]) expect(field.message.length).toBeLessThan(1000);
  });

  it('the patterns themselves are linear on adversarial strings', () => {
    const n = 200_000;
    const inputs = [
      ['a'.repeat(n) + '!', QBUSINESS_PLUGIN_NAME.pattern],
      [`https://${'a'.repeat(n)} `, QBUSINESS_URL.pattern],
      [`arn:${'a'.repeat(n)}`, QBUSINESS_ARN.pattern],
      [`arn:a:b:c:d:${'x'.repeat(n)}\n`, QBUSINESS_ARN.pattern],
      [`arn:${'a:'.repeat(n)}`, QBUSINESS_ARN.pattern],
      [`${'a-'.repeat(n)}A`, QBUSINESS_S3_BUCKET.pattern],
    ] as const;
    // An exponential pattern would not finish on 200 000 characters within the test timeout.
    for (const [input, pattern] of inputs) expect(pattern?.test(input)).toBe(false);
  });

  it('the request log has no bodies: an inline payload never reaches it', async () => {
    const seen: EmulatorLogEntry[] = [];
    const emulator = await startEmulator({ log: (entry) => seen.push(entry) });
    const sdk = clients(emulator);
    try {
      const marker = 'PAYLOAD-MARKER-7f3a';
      await sdk.qbusiness.send(
        new CreatePluginCommand(
          validInput({
            type: 'CUSTOM',
            customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3', apiSchema: { payload: `{"x":"${marker}"}` } },
          }),
        ),
      );
      expect(seen).toHaveLength(1);
      expect(seen[0]?.operation).toBe('CreatePlugin');
      expect(JSON.stringify(seen)).not.toContain(marker);
      expect(JSON.stringify(emulator.calls.list())).not.toContain(marker);
    } finally {
      destroyClients(sdk);
      await emulator.close();
    }
  });
});
