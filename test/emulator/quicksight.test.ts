import {
  AccessDeniedException,
  DescribeActionConnectorCommand,
  InvalidParameterValueException,
  ResourceNotFoundException,
} from '@aws-sdk/client-quicksight';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { useEmulator, rawGet, rejection, UUID_RE } from './helpers.js';

const ACCOUNT = SEED.accountId;
const C = SEED.quicksight.actionConnectors;

const env = useEmulator();

const describeConnector = (ActionConnectorId: string, AwsAccountId: string = ACCOUNT) =>
  env.sdk.quicksight.send(new DescribeActionConnectorCommand({ AwsAccountId, ActionConnectorId }));

describe('DescribeActionConnector: seeded showcase connectors through the real SDK', () => {
  it('authorization code grant: every member, nested credentials details union, Status from HTTP, RequestId', async () => {
    const out = await describeConnector(C.authorizationCodeGrant);
    expect(out.Status).toBe(200);
    expect(out.RequestId).toMatch(UUID_RE);
    expect(out.RequestId).toBe(out.$metadata.requestId);
    const c = out.ActionConnector;
    expect(c).toMatchObject({
      Arn: `arn:aws:quicksight:us-east-1:123456789012:action-connector/${C.authorizationCodeGrant}`,
      ActionConnectorId: C.authorizationCodeGrant,
      Type: 'JIRA_CLOUD',
      Name: 'Jira Cloud Issues',
      Status: 'CREATION_SUCCESSFUL',
      Description: expect.any(String),
      EnabledActions: ['jira:createIssue', 'jira:updateIssue', 'jira:addComment', 'jira:transitionIssue'],
      VpcConnectionArn: expect.stringMatching(/^arn:aws:quicksight:us-east-1:123456789012:vpcConnection\//),
      AuthenticationConfig: {
        AuthenticationType: 'OAUTH2_AUTHORIZATION_CODE',
        AuthenticationMetadata: {
          AuthorizationCodeGrantMetadata: {
            BaseEndpoint: expect.stringMatching(/^https:\/\//),
            RedirectUrl: 'https://us-east-1.quicksight.aws.amazon.com/sn/oauthcallback',
            AuthorizationCodeGrantCredentialsSource: 'PLAIN_CREDENTIALS',
            ReadAuthorizationCodeGrantCredentialsDetails: {
              ReadAuthorizationCodeGrantDetails: {
                ClientId: expect.any(String),
                TokenEndpoint: 'https://auth.atlassian.com/oauth/token',
                AuthorizationEndpoint: 'https://auth.atlassian.com/authorize',
              },
            },
          },
        },
      },
    });
    expect(c?.CreatedTime).toBeInstanceOf(Date);
    expect(c?.CreatedTime?.toISOString()).toBe('2025-10-02T09:30:12.456Z');
    expect(c?.LastUpdatedTime?.toISOString()).toBe('2026-02-11T15:02:48.019Z');
    expect(c?.Error).toBeUndefined();
  });

  it('client credentials grant with ReadClientCredentialsDetails', async () => {
    const c = (await describeConnector(C.clientCredentialsGrant)).ActionConnector;
    expect(c?.Status).toBe('UPDATE_SUCCESSFUL');
    expect(c?.AuthenticationConfig?.AuthenticationType).toBe('OAUTH2_CLIENT_CREDENTIALS');
    const meta = c?.AuthenticationConfig?.AuthenticationMetadata?.ClientCredentialsGrantMetadata;
    expect(meta?.ClientCredentialsSource).toBe('PLAIN_CREDENTIALS');
    expect(meta?.ReadClientCredentialsDetails?.ReadClientCredentialsGrantDetails?.TokenEndpoint).toMatch(/^https:\/\//);
  });

  it.each([
    [C.basicAuth, 'BASIC', 'BasicAuthConnectionMetadata', 'UPDATE_IN_PROGRESS'],
    [C.apiKey, 'API_KEY', 'ApiKeyConnectionMetadata', 'CREATION_SUCCESSFUL'],
    [C.none, 'NONE', 'NoneConnectionMetadata', 'CREATION_IN_PROGRESS'],
    [C.iam, 'IAM', 'IamConnectionMetadata', 'UPDATE_FAILED'],
  ])('%s: %s with a %s union member', async (id, authType, member, status) => {
    const c = (await describeConnector(id)).ActionConnector;
    expect(c?.Status).toBe(status);
    expect(c?.AuthenticationConfig?.AuthenticationType).toBe(authType);
    expect(Object.keys(c?.AuthenticationConfig?.AuthenticationMetadata ?? {})).toEqual([member]);
  });

  it('basic auth exposes the user name but no password; API key exposes the email but no key', async () => {
    const basic = (await describeConnector(C.basicAuth)).ActionConnector?.AuthenticationConfig?.AuthenticationMetadata;
    expect(basic?.BasicAuthConnectionMetadata).toEqual({
      BaseEndpoint: 'https://acme.service-now.com/api/now',
      Username: 'svc-quicksight-actions',
    });
    const apiKey = (await describeConnector(C.apiKey)).ActionConnector?.AuthenticationConfig?.AuthenticationMetadata;
    expect(apiKey?.ApiKeyConnectionMetadata).toEqual({
      BaseEndpoint: 'https://acme.zendesk.com/api/v2',
      Email: 'bi-team@acme.example.com',
    });
  });

  it('IAM metadata has RoleArn and SourceArn', async () => {
    const iam = (await describeConnector(C.iam)).ActionConnector?.AuthenticationConfig?.AuthenticationMetadata;
    expect(iam?.IamConnectionMetadata?.RoleArn).toMatch(/^arn:aws:iam::123456789012:role\//);
    expect(iam?.IamConnectionMetadata?.SourceArn).toMatch(/^arn:aws:bedrock:/);
  });

  it('failed connector carries Error {Message, Type}', async () => {
    const c = (await describeConnector(C.failed)).ActionConnector;
    expect(c?.Status).toBe('CREATION_FAILED');
    expect(c?.Error).toEqual({ Message: expect.stringMatching(/token endpoint/), Type: 'INTERNAL_FAILURE' });
  });

  it('an unknown stored union member arrives as $unknown', async () => {
    env.emulator.store.quicksight.putActionConnector('us-east-1', ACCOUNT, {
      Arn: 'arn:aws:quicksight:us-east-1:123456789012:action-connector/future-auth',
      ActionConnectorId: 'future-auth',
      Type: 'SOME_NEW_CONNECTOR_TYPE',
      Name: 'Future Auth',
      LastUpdatedTime: new Date('2026-03-01T00:00:00.000Z'),
      AuthenticationConfig: {
        AuthenticationType: 'MUTUAL_TLS',
        AuthenticationMetadata: { MutualTlsConnectionMetadata: { BaseEndpoint: 'https://mtls.example.com' } },
      },
    });
    const c = (await describeConnector('future-auth')).ActionConnector;
    expect(c?.Type).toBe('SOME_NEW_CONNECTOR_TYPE');
    expect(c?.AuthenticationConfig?.AuthenticationMetadata).toEqual({
      $unknown: ['MutualTlsConnectionMetadata', { BaseEndpoint: 'https://mtls.example.com' }],
    });
  });
});

describe('DescribeActionConnector wire format', () => {
  it('success body is {ActionConnector, RequestId} with RequestId equal to the header; epoch-second timestamps', async () => {
    const r = await rawGet(env.emulator, `/accounts/${ACCOUNT}/action-connectors/${C.authorizationCodeGrant}`, 'quicksight');
    expect(r.status).toBe(200);
    expect(Object.keys(r.json)).toEqual(['ActionConnector', 'RequestId']);
    expect(r.json['RequestId']).toBe(r.headers.get('x-amzn-requestid'));
    const c = r.json['ActionConnector'] as Record<string, unknown>;
    expect(c['CreatedTime']).toBe(1759397412.456);
    expect(typeof c['LastUpdatedTime']).toBe('number');
  });

  it('no stored connector exposes a password, API key or client secret', async () => {
    for (const connector of env.emulator.store.quicksight.listActionConnectors('us-east-1', ACCOUNT)) {
      const r = await rawGet(env.emulator, `/accounts/${ACCOUNT}/action-connectors/${connector.ActionConnectorId}`, 'quicksight');
      expect(JSON.stringify(r.json)).not.toMatch(/"(Password|ApiKey|ClientSecret)"/);
    }
  });

  it('errors: X-Amzn-Errortype header and {Message, RequestId} body', async () => {
    const r = await rawGet(env.emulator, `/accounts/${ACCOUNT}/action-connectors/does-not-exist`, 'quicksight');
    expect(r.status).toBe(404);
    expect(r.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(r.json).toEqual({ Message: expect.stringContaining('does-not-exist'), RequestId: r.headers.get('x-amzn-requestid') });
  });

  it('an unsigned request -> AccessDeniedException 401', async () => {
    const r = await rawGet(env.emulator, `/accounts/${ACCOUNT}/action-connectors/${C.none}`, 'quicksight', { signed: false });
    expect(r.status).toBe(401);
    expect(r.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(r.json['Message']).toMatch(/not signed/);
    expect(r.json['RequestId']).toBe(r.headers.get('x-amzn-requestid'));
  });
});

describe('DescribeActionConnector validation', () => {
  it.each([
    ['AwsAccountId too short', '12345', C.none],
    ['AwsAccountId not digits', '12345678901a', C.none],
    ['ActionConnectorId with a space', ACCOUNT, 'bad id'],
    ['ActionConnectorId with a dot', ACCOUNT, 'bad.id'],
    ['ActionConnectorId 513 chars', ACCOUNT, 'a'.repeat(513)],
  ])('%s -> InvalidParameterValueException 400', async (_label, account, id) => {
    const error = await rejection(describeConnector(id, account), InvalidParameterValueException);
    expect(error.name).toBe('InvalidParameterValueException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.RequestId).toBe(error.$metadata.requestId);
    expect(error.message).toMatch(/validation error detected: Value '.*' at '(AwsAccountId|ActionConnectorId)'/);
  });

  it('both members invalid -> one exception naming both', async () => {
    const error = await rejection(describeConnector('bad id', '12'), InvalidParameterValueException);
    expect(error.message).toMatch(/^2 validation errors detected: .*'AwsAccountId'.*'ActionConnectorId'/);
  });

  it('passing values: 512-char and underscore/hyphen ids are well-formed (unknown -> 404)', async () => {
    for (const id of ['a'.repeat(512), 'Under_score-and-hyphen_1']) {
      const error = await rejection(describeConnector(id), ResourceNotFoundException);
      expect(error.$metadata.httpStatusCode).toBe(404);
    }
  });

  it('a well-formed account that is not the emulator account -> AccessDeniedException 401', async () => {
    const error = await rejection(describeConnector(C.none, '999999999999'), AccessDeniedException);
    expect(error.$metadata.httpStatusCode).toBe(401);
    expect(error.message).toMatch(/not authorized to perform: quicksight:DescribeActionConnector/);
  });
});
