import {
  GetPluginCommand,
  QBusinessServiceException,
  ResourceNotFoundException,
  ValidationException,
} from '@aws-sdk/client-qbusiness';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { useEmulator, rawGet, rejection, UUID_RE } from './helpers.js';

const APP_A = SEED.qbusiness.applicationIds[0];
const APP_B = SEED.qbusiness.applicationIds[1];
const P = SEED.qbusiness.plugins;

const env = useEmulator();

const getPlugin = (applicationId: string, pluginId: string) =>
  env.sdk.qbusiness.send(new GetPluginCommand({ applicationId, pluginId }));

describe('GetPlugin: seeded showcase plugins through the real SDK', () => {
  it('basicAuth: every member, Dates, union', async () => {
    const out = await getPlugin(APP_A, P.basicAuth.pluginId);
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(UUID_RE);
    expect(out).toMatchObject({
      applicationId: APP_A,
      pluginId: P.basicAuth.pluginId,
      displayName: 'ServiceNow-Incidents',
      type: 'SERVICE_NOW',
      serverUrl: 'https://acme.service-now.com',
      buildStatus: 'READY',
      state: 'ENABLED',
      pluginArn: `arn:aws:qbusiness:us-east-1:123456789012:application/${APP_A}/plugin/${P.basicAuth.pluginId}`,
      authConfiguration: {
        basicAuthConfiguration: {
          secretArn: expect.stringMatching(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:/),
          roleArn: expect.stringMatching(/^arn:aws:iam::123456789012:role\//),
        },
      },
    });
    expect(out.createdAt).toBeInstanceOf(Date);
    expect(out.createdAt?.toISOString()).toBe('2025-11-03T09:14:27.315Z');
    expect(out.updatedAt?.toISOString()).toBe('2026-02-17T16:40:02.871Z');
    expect(out.customPluginConfiguration).toBeUndefined();
  });

  it('oAuth2 client credentials with both URLs', async () => {
    const out = await getPlugin(APP_A, P.oAuth2.pluginId);
    expect(out.type).toBe('JIRA_CLOUD');
    expect(out.buildStatus).toBe('UPDATE_IN_PROGRESS');
    expect(out.authConfiguration).toEqual({
      oAuth2ClientCredentialConfiguration: {
        secretArn: expect.stringContaining(':secret:qbusiness/'),
        roleArn: expect.stringContaining(':role/'),
        authorizationUrl: 'https://auth.atlassian.com/authorize',
        tokenUrl: 'https://auth.atlassian.com/oauth/token',
      },
    });
  });

  it('noAuth is an empty structure member', async () => {
    const out = await getPlugin(APP_A, P.noAuth.pluginId);
    expect(out.authConfiguration).toEqual({ noAuthConfiguration: {} });
    expect(out.buildStatus).toBe('CREATE_IN_PROGRESS');
  });

  it('IdC auth', async () => {
    const out = await getPlugin(APP_A, P.idcAuth.pluginId);
    expect(out.type).toBe('QUICKSIGHT');
    const idc = out.authConfiguration?.idcAuthConfiguration;
    expect(idc?.idcApplicationArn).toMatch(
      /^arn:[a-z0-9-.]{1,63}:sso::\d{12}:application\/(sso)?ins-[a-zA-Z0-9-.]{16}\/apl-[a-zA-Z0-9]{16}$/,
    );
    expect(idc?.roleArn).toContain(':role/');
  });

  it('CUSTOM with an inline OpenAPI payload', async () => {
    const out = await getPlugin(APP_A, P.customInlineSchema.pluginId);
    expect(out.type).toBe('CUSTOM');
    expect(out.customPluginConfiguration?.apiSchemaType).toBe('OPEN_API_V3');
    expect(out.customPluginConfiguration?.description).toMatch(/order status/i);
    const payload = out.customPluginConfiguration?.apiSchema?.payload;
    expect(typeof payload).toBe('string');
    expect(JSON.parse(payload ?? '{}')).toMatchObject({ openapi: '3.0.3' });
  });

  it('CUSTOM with an S3 schema', async () => {
    const out = await getPlugin(APP_A, P.customS3Schema.pluginId);
    expect(out.customPluginConfiguration?.apiSchema).toEqual({
      s3: { bucket: 'acme-qbusiness-plugin-schemas', key: 'inventory/openapi-v3.yaml' },
    });
    expect(out.buildStatus).toBe('CREATE_FAILED');
  });

  it('disabled plugin', async () => {
    const out = await getPlugin(APP_A, P.disabled.pluginId);
    expect(out.state).toBe('DISABLED');
    expect(out.buildStatus).toBe('UPDATE_FAILED');
  });

  it('an unknown stored union member arrives as $unknown and an unknown enum value as a string', async () => {
    const pluginId = '0123abcd-0000-4000-8000-00000000f00d';
    env.emulator.store.qbusiness.putPlugin('us-east-1', {
      applicationId: APP_B,
      pluginId,
      displayName: 'Future-Plugin',
      type: 'SOME_NEW_TYPE',
      authConfiguration: { futureAuthConfiguration: { audience: 'https://future.example.com', level: 3 } },
      buildStatus: 'SOME_NEW_BUILD_STATUS',
      pluginArn: `arn:aws:qbusiness:us-east-1:123456789012:application/${APP_B}/plugin/${pluginId}`,
      state: 'ENABLED',
      createdAt: new Date('2026-03-01T00:00:00.000Z'),
      updatedAt: new Date('2026-03-01T00:00:00.000Z'),
    });
    const out = await getPlugin(APP_B, pluginId);
    expect(out.type).toBe('SOME_NEW_TYPE');
    expect(out.buildStatus).toBe('SOME_NEW_BUILD_STATUS');
    expect(out.authConfiguration).toEqual({
      $unknown: ['futureAuthConfiguration', { audience: 'https://future.example.com', level: 3 }],
    });
  });
});

describe('GetPlugin wire format', () => {
  it('timestamps are epoch seconds (JSON numbers, fractions kept); unions one-key objects', async () => {
    const r = await rawGet(env.emulator, `/applications/${APP_A}/plugins/${P.basicAuth.pluginId}`, 'qbusiness');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers.get('x-amzn-requestid')).toMatch(UUID_RE);
    expect(r.json['createdAt']).toBe(Date.parse('2025-11-03T09:14:27.315Z') / 1000);
    expect(r.json['createdAt']).toBe(1762161267.315);
    expect(Object.keys(r.json['authConfiguration'] as object)).toEqual(['basicAuthConfiguration']);
    expect(r.json).not.toHaveProperty('customPluginConfiguration');
    expect(r.json).not.toHaveProperty('tags');
  });

  it('Q Business read shapes hold secret ARNs only', async () => {
    const r = await rawGet(env.emulator, `/applications/${APP_A}/plugins/${P.oAuth2.pluginId}`, 'qbusiness');
    expect(JSON.stringify(r.json)).not.toMatch(/password|clientSecret|apiKey/i);
  });
});

describe('GetPlugin validation and not-found', () => {
  const validApp = APP_A;
  const validPlugin = P.basicAuth.pluginId;

  it.each([
    ['applicationId too short', 'abc', validPlugin, ['applicationId']],
    ['applicationId 36 chars but starts with -', `-${'a'.repeat(35)}`, validPlugin, ['applicationId']],
    ['applicationId 37 chars', `${'a'.repeat(37)}`, validPlugin, ['applicationId']],
    ['pluginId upper-case', validApp, validPlugin.toUpperCase(), ['pluginId']],
    ['pluginId not a UUID', validApp, 'not-a-uuid', ['pluginId']],
    ['both invalid', 'bad', 'also-bad', ['applicationId', 'pluginId']],
  ])('%s -> ValidationException 400 listing every violated field', async (_label, applicationId, pluginId, names) => {
    const error = await rejection(getPlugin(applicationId, pluginId), ValidationException);
    expect(error.name).toBe('ValidationException');
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.requestId).toMatch(UUID_RE);
    expect(error.reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.fields?.map((f) => f.name)).toEqual(names);
    for (const field of error.fields ?? []) expect(field.message).toContain(`at '${field.name}' failed to satisfy constraint`);
    expect(error.message).toMatch(new RegExp(`^${names.length} validation errors? detected: `));
  });

  it('a valid application id that does not exist -> ResourceNotFoundException APPLICATION', async () => {
    const missingApp = 'f0000000-0000-4000-8000-000000000000';
    const error = await rejection(getPlugin(missingApp, validPlugin), ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.resourceType).toBe('APPLICATION');
    expect(error.resourceId).toBe(missingApp);
  });

  it('an existing application without that plugin -> ResourceNotFoundException PLUGIN', async () => {
    const missingPlugin = '00000000-0000-4000-8000-000000000000';
    const error = await rejection(getPlugin(APP_A, missingPlugin), ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.resourceType).toBe('PLUGIN');
    expect(error.resourceId).toBe(missingPlugin);
  });

  it('a plugin of application A is not found under application B', async () => {
    const error = await rejection(getPlugin(APP_B, validPlugin), ResourceNotFoundException);
    expect(error.resourceType).toBe('PLUGIN');
  });

  it('errors carry the X-Amzn-Errortype header and a qbusiness-shaped body', async () => {
    const r = await rawGet(env.emulator, `/applications/${APP_A}/plugins/00000000-0000-4000-8000-000000000000`, 'qbusiness');
    expect(r.status).toBe(404);
    expect(r.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(r.json).toEqual({
      message: 'Plugin with ID 00000000-0000-4000-8000-000000000000 not found.',
      resourceId: '00000000-0000-4000-8000-000000000000',
      resourceType: 'PLUGIN',
    });
  });

  it('an unsigned request -> AccessDeniedException 403 saying it is not signed', async () => {
    const r = await rawGet(env.emulator, `/applications/${APP_A}/plugins/${validPlugin}`, 'qbusiness', { signed: false });
    expect(r.status).toBe(403);
    expect(r.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(r.json['message']).toMatch(/not signed/);
  });

  it('an unmodeled error stays a QBusinessServiceException (sanity check of the helper)', async () => {
    const remove = env.emulator.faults.add('GetPlugin', { error: { type: 'TeapotException', status: 418 }, times: 1 });
    const error = await rejection(getPlugin(APP_A, validPlugin), QBusinessServiceException);
    remove();
    expect(error.name).toBe('TeapotException');
  });
});
