import { GetConnectorV2Command, ResourceNotFoundException, ValidationException } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { useEmulator, rawGet, rejection, UUID_RE } from './helpers.js';

const S = SEED.securityhub.connectors;
const arnOf = (id: string) => `arn:aws:securityhub:us-east-1:123456789012:connectorv2/${id}`;

const env = useEmulator();

const getConnector = (ConnectorId: string) => env.sdk.securityhub.send(new GetConnectorV2Command({ ConnectorId }));

describe('GetConnectorV2: seeded showcase connectors through the real SDK', () => {
  it('Jira Cloud: every member, Dates, EnablementStatus', async () => {
    const out = await getConnector(S.jiraCloud);
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out).toMatchObject({
      ConnectorArn: arnOf(S.jiraCloud),
      ConnectorId: S.jiraCloud,
      Name: 'jira-cloud-secops',
      Description: expect.any(String),
      KmsKeyArn: expect.stringMatching(/^arn:aws:kms:us-east-1:123456789012:key\//),
      Health: { ConnectorStatus: 'CONNECTED', Message: expect.any(String), Issues: [] },
      ProviderDetail: {
        JiraCloud: {
          CloudId: expect.any(String),
          ProjectKey: 'SECOPS',
          Domain: 'acme.atlassian.net',
          AuthUrl: expect.stringMatching(/^https:\/\/auth\.atlassian\.com\//),
          AuthStatus: 'ACTIVE',
        },
      },
      EnablementStatus: 'ENABLED',
      EnablementStatusReason: expect.any(String),
    });
    expect(out.CreatedAt).toBeInstanceOf(Date);
    expect(out.CreatedAt?.toISOString()).toBe('2025-10-15T08:00:00.000Z');
    expect(out.LastUpdatedAt?.toISOString()).toBe('2026-03-02T10:15:30.000Z');
    expect(out.Health?.LastCheckedAt?.toISOString()).toBe('2026-03-05T06:00:12.345Z');
  });

  it('ServiceNow: FAILED_TO_CONNECT with an AUTHENTICATION_FAILURE issue', async () => {
    const out = await getConnector(S.serviceNow);
    expect(out.ProviderDetail).toEqual({
      ServiceNow: { InstanceName: 'acme', SecretArn: expect.stringContaining(':secret:'), AuthStatus: 'FAILED' },
    });
    expect(out.Health?.ConnectorStatus).toBe('FAILED_TO_CONNECT');
    expect(out.Health?.Issues?.[0]?.Code).toBe('AUTHENTICATION_FAILURE');
    expect(out.EnablementStatus).toBe('FAILED_TO_ENABLE');
  });

  it('Azure: ScopeConfiguration and AzureRegions', async () => {
    const out = await getConnector(S.azure);
    expect(out.ProviderDetail).toEqual({
      Azure: {
        AWSConfigConnectorArn: expect.stringMatching(/^arn:aws:config:/),
        ScopeConfiguration: { ScopeType: 'SUBSCRIPTION', ScopeValues: [expect.any(String), expect.any(String)] },
        AzureRegions: ['eastus', 'westeurope', 'northeurope'],
      },
    });
    expect(out.EnablementStatus).toBe('PENDING_ENABLEMENT');
    expect(out.Health?.ConnectorStatus).toBe('PENDING_CONFIGURATION');
  });

  it('degraded: DEGRADED with several Health.Issues', async () => {
    const out = await getConnector(S.degraded);
    expect(out.Health?.ConnectorStatus).toBe('DEGRADED');
    expect(out.Health?.Issues?.map((i) => i.Code)).toEqual(['STREAM_DISCONNECTED', 'STREAM_LIMIT_EXCEEDED', 'RECORDING_FAILURE']);
    expect(out.ProviderDetail?.Azure?.ScopeConfiguration?.ScopeType).toBe('TENANT');
    expect(out.EnablementStatus).toBe('FAILED_TO_UPDATE');
  });

  it('the full ARN works as the id (greedy label, slashes included)', async () => {
    const out = await getConnector(arnOf(S.degraded));
    expect(out.ConnectorId).toBe(S.degraded);
  });

  it('an unknown stored provider arrives as $unknown', async () => {
    const id = '7e57c0de-0000-4000-8000-00000000feed';
    env.emulator.store.securityhub.putConnectorV2('us-east-1', {
      ConnectorArn: arnOf(id),
      ConnectorId: id,
      Name: 'gcp-future',
      CreatedAt: new Date('2026-03-01T00:00:00.000Z'),
      LastUpdatedAt: new Date('2026-03-01T00:00:00.000Z'),
      Health: { ConnectorStatus: 'SOME_NEW_STATUS', LastCheckedAt: new Date('2026-03-01T00:00:00.000Z') },
      ProviderDetail: { Gcp: { ProjectId: 'acme-prod' } },
    });
    const out = await getConnector(id);
    expect(out.ProviderDetail).toEqual({ $unknown: ['Gcp', { ProjectId: 'acme-prod' }] });
    expect(out.Health?.ConnectorStatus).toBe('SOME_NEW_STATUS');
  });
});

describe('GetConnectorV2 wire format', () => {
  it('timestamps are RFC 3339 strings', async () => {
    const r = await rawGet(env.emulator, `/connectorsv2/${S.jiraCloud}`, 'securityhub');
    expect(r.status).toBe(200);
    expect(r.json['CreatedAt']).toBe('2025-10-15T08:00:00.000Z');
    expect(r.json['LastUpdatedAt']).toBe('2026-03-02T10:15:30.000Z');
    expect((r.json['Health'] as Record<string, unknown>)['LastCheckedAt']).toBe('2026-03-05T06:00:12.345Z');
  });

  it('greedy label: raw ARN path, percent-encoded or not, segment by segment', async () => {
    const arn = arnOf(S.azure);
    const [head, tail] = arn.split('/');
    for (const path of [`/connectorsv2/${arn}`, `/connectorsv2/${encodeURIComponent(head ?? '')}/${tail ?? ''}`]) {
      const r = await rawGet(env.emulator, path, 'securityhub');
      expect(r.status).toBe(200);
      expect(r.json['ConnectorId']).toBe(S.azure);
    }
  });

  it('errors: X-Amzn-Errortype header and {Message, Code} body', async () => {
    const r = await rawGet(env.emulator, '/connectorsv2/abc/def', 'securityhub');
    expect(r.status).toBe(404);
    expect(r.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(r.json).toEqual({ Message: 'Connector abc/def not found.', Code: 'ResourceNotFoundException' });
  });

  it('an unsigned request -> AccessDeniedException 403', async () => {
    const r = await rawGet(env.emulator, `/connectorsv2/${S.azure}`, 'securityhub', { signed: false });
    expect(r.status).toBe(403);
    expect(r.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(r.json).toEqual({ Message: expect.stringMatching(/not signed/), Code: 'AccessDeniedException' });
  });
});

describe('GetConnectorV2 validation', () => {
  it.each([' ', '\t', '   '])('whitespace-only id %j -> ValidationException 400 with Code InvalidInput', async (id) => {
    const error = await rejection(getConnector(id), ValidationException);
    expect(error.name).toBe('ValidationException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.Code).toBe('InvalidInput');
    expect(error.message).toMatch(/at 'ConnectorId' failed to satisfy constraint: Member must satisfy regular expression pattern: \\S/);
  });

  it('an empty greedy label from a raw request -> ValidationException', async () => {
    const r = await rawGet(env.emulator, '/connectorsv2/', 'securityhub');
    expect(r.status).toBe(400);
    expect(r.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(r.json['Code']).toBe('InvalidInput');
  });

  it.each(['x', ' padded ', 'abc/def', 'arn:aws:securityhub:us-east-1:123456789012:connectorv2/unknown'])(
    'well-formed unknown id %j -> ResourceNotFoundException 404',
    async (id) => {
      const error = await rejection(getConnector(id), ResourceNotFoundException);
      expect(error.$metadata.httpStatusCode).toBe(404);
      expect(error.$metadata.requestId).toMatch(UUID_RE);
    },
  );
});
