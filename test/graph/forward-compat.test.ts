import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { ACTION_CONNECTOR_QUERY, CONNECTOR_V2_QUERY, PLUGIN_QUERY } from '../support/documents.js';
import { useTestGateway } from '../support/gateway.js';

type Json = Record<string, unknown>;
const REGION = SEED.region;

const gw = useTestGateway();

/**
 * AWS adds union variants and enum values over time; the SDK hands them over as `$unknown` and plain strings.
 * These resources are what AWS could send tomorrow: a query must still return them whole.
 */
describe('values AWS adds after this gateway was built', () => {
  it('returns an unknown auth variant as PluginAuthConfigurationUnknown and an unknown enum value as UNRECOGNIZED', async () => {
    const seeded = gw.emulator.store.qbusiness.getPlugin(REGION, SEED.qbusiness.plugins.customS3Schema.applicationId, SEED.qbusiness.plugins.customS3Schema.pluginId);
    if (seeded === undefined) throw new Error('seed missing');
    const pluginId = '7e57f00d-0000-4000-8000-000000000001';
    gw.emulator.store.qbusiness.putPlugin(REGION, {
      ...seeded,
      pluginId,
      type: 'SOME_FUTURE_SAAS',
      buildStatus: 'ROLLING_BACK',
      authConfiguration: { futureAuthConfiguration: { tokenExchangeArn: 'arn:aws:iam::123456789012:role/x' } },
      customPluginConfiguration: {
        description: 'future schema source',
        apiSchemaType: 'OPEN_API_V4',
        apiSchema: { gitRepository: { url: 'https://example.com/repo.git' } },
      },
    } as unknown as typeof seeded);

    const { body } = await gw.gql<{ plugin: Json }>(PLUGIN_QUERY, { applicationId: seeded.applicationId, pluginId });
    expect(body.errors).toBeUndefined();
    expect(body.data?.plugin).toMatchObject({
      pluginId,
      displayName: seeded.displayName,
      type: 'UNRECOGNIZED',
      buildStatus: 'UNRECOGNIZED',
      authConfiguration: { __typename: 'PluginAuthConfigurationUnknown', memberName: 'futureAuthConfiguration' },
      customPluginConfiguration: {
        apiSchemaType: 'UNRECOGNIZED',
        apiSchema: { __typename: 'APISchemaUnknown', memberName: 'gitRepository' },
      },
    });
    // The value of an unknown variant is never exposed (it could hold anything).
    expect(JSON.stringify(body)).not.toContain('tokenExchangeArn');
    // Operators learn the gateway is behind AWS: each raw value is logged once.
    const warned = gw.logs.filter((line) => line.value === 'SOME_FUTURE_SAAS');
    expect(warned).toEqual([expect.objectContaining({ enum: 'PluginType', level: 40 })]);
  });

  it('does the same for QuickSight: unknown metadata variant, nested details variant and enum values', async () => {
    const connectors = SEED.quicksight.actionConnectors;
    const base = gw.emulator.store.quicksight.getActionConnector(REGION, SEED.accountId, connectors.authorizationCodeGrant);
    if (base === undefined) throw new Error('seed missing');
    gw.emulator.store.quicksight.putActionConnector(REGION, SEED.accountId, {
      ...base,
      ActionConnectorId: 'future-passkey',
      Type: 'FUTURE_SAAS',
      Status: 'MIGRATING',
      AuthenticationConfig: { AuthenticationType: 'PASSKEY', AuthenticationMetadata: { PasskeyMetadata: { BaseEndpoint: 'https://x' } } },
    } as unknown as typeof base);
    gw.emulator.store.quicksight.putActionConnector(REGION, SEED.accountId, {
      ...base,
      ActionConnectorId: 'future-details',
      AuthenticationConfig: {
        AuthenticationType: 'OAUTH2_AUTHORIZATION_CODE',
        AuthenticationMetadata: {
          AuthorizationCodeGrantMetadata: {
            BaseEndpoint: 'https://api.example.com',
            RedirectUrl: 'https://example.com/cb',
            ReadAuthorizationCodeGrantCredentialsDetails: { ReadPkceGrantDetails: { ClientId: 'c' } },
          },
        },
      },
    } as unknown as typeof base);

    const first = await gw.gql<{ actionConnector: Json }>(ACTION_CONNECTOR_QUERY, { awsAccountId: SEED.accountId, actionConnectorId: 'future-passkey' });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.actionConnector).toMatchObject({
      actionConnectorId: 'future-passkey',
      type: 'UNRECOGNIZED',
      status: 'UNRECOGNIZED',
      authenticationConfig: {
        authenticationType: 'UNRECOGNIZED',
        authenticationMetadata: { __typename: 'ReadAuthenticationMetadataUnknown', memberName: 'PasskeyMetadata' },
      },
    });
    const second = await gw.gql<{ actionConnector: Json }>(ACTION_CONNECTOR_QUERY, { awsAccountId: SEED.accountId, actionConnectorId: 'future-details' });
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data?.actionConnector).toMatchObject({
      authenticationConfig: {
        authenticationMetadata: {
          __typename: 'ReadAuthorizationCodeGrantMetadata',
          readAuthorizationCodeGrantCredentialsDetails: {
            __typename: 'ReadAuthorizationCodeGrantCredentialsDetailsUnknown',
            memberName: 'ReadPkceGrantDetails',
          },
        },
      },
    });
  });

  it('does the same for Security Hub: a fourth provider and new status values', async () => {
    const base = gw.emulator.store.securityhub.getConnectorV2(REGION, SEED.securityhub.connectors.degraded);
    if (base === undefined) throw new Error('seed missing');
    const connectorId = '7e57f00d-0000-4000-8000-000000000002';
    gw.emulator.store.securityhub.putConnectorV2(REGION, {
      ...base,
      ConnectorId: connectorId,
      ConnectorArn: `arn:aws:securityhub:${REGION}:${SEED.accountId}:connectorv2/${connectorId}`,
      EnablementStatus: 'PENDING_MIGRATION',
      Health: { ConnectorStatus: 'HIBERNATING', LastCheckedAt: new Date('2026-05-01T00:00:00Z'), Issues: [{ Code: 'QUOTA_NEARLY_REACHED', Message: 'm' }] },
      ProviderDetail: { Gcp: { ProjectId: 'p-1' } },
    } as unknown as typeof base);

    const { body } = await gw.gql<{ connectorV2: Json }>(CONNECTOR_V2_QUERY, { connectorId });
    expect(body.errors).toBeUndefined();
    expect(body.data?.connectorV2).toMatchObject({
      connectorId,
      enablementStatus: 'UNRECOGNIZED',
      health: { connectorStatus: 'UNRECOGNIZED', issues: [{ code: 'UNRECOGNIZED', message: 'm' }] },
      providerDetail: { __typename: 'ProviderDetailUnknown', memberName: 'Gcp' },
    });
  });
});
