import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { ACTION_CONNECTOR_QUERY, CONNECTOR_V2_QUERY, PLUGIN_QUERY } from '../support/documents.js';
import { comparable, expected } from '../support/expected.js';
import { useTestGateway } from '../support/gateway.js';

type Json = Record<string, unknown>;

const gw = useTestGateway();

function typenames(values: unknown[]): string[] {
  return [...new Set(values.map((value) => (value as { __typename: string }).__typename))].sort();
}

describe('plugin(applicationId, pluginId)', () => {
  const seen: { auth: unknown[]; apiSchema: unknown[] } = { auth: [], apiSchema: [] };

  it.each(Object.entries(SEED.qbusiness.plugins))('returns the seeded %s plugin with every field', async (_name, key) => {
    const stored = gw.emulator.store.qbusiness.getPlugin(SEED.region, key.applicationId, key.pluginId);
    expect(stored).toBeDefined();
    const { status, body } = await gw.gql<{ plugin: Json }>(PLUGIN_QUERY, { ...key });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const plugin = body.data?.plugin as Json;
    expect(plugin.__typename).toBe('Plugin');
    const { tags: _tags, ...readable } = stored as unknown as Json;
    expect(comparable(plugin)).toEqual(comparable(expected(readable), false));
    seen.auth.push(plugin.authConfiguration);
    const custom = plugin.customPluginConfiguration as Json | null;
    if (custom?.apiSchema) seen.apiSchema.push(custom.apiSchema);
  });

  it('covered every PluginAuthConfiguration and APISchema variant', () => {
    expect(typenames(seen.auth)).toEqual([
      'BasicAuthConfiguration',
      'IdcAuthConfiguration',
      'NoAuthConfiguration',
      'OAuth2ClientCredentialConfiguration',
    ]);
    expect(typenames(seen.apiSchema)).toEqual(['APISchemaPayload', 'S3']);
  });

  it('renders timestamps as ISO-8601 UTC strings', async () => {
    const { body } = await gw.gql<{ plugin: Json }>(PLUGIN_QUERY, { ...SEED.qbusiness.plugins.basicAuth });
    expect(body.data?.plugin.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('actionConnector(awsAccountId, actionConnectorId)', () => {
  const seen: unknown[] = [];

  it.each(Object.entries(SEED.quicksight.actionConnectors))('returns the seeded %s connector with every field', async (_name, id) => {
    const stored = gw.emulator.store.quicksight.getActionConnector(SEED.region, SEED.accountId, id);
    expect(stored).toBeDefined();
    const { body } = await gw.gql<{ actionConnector: Json }>(ACTION_CONNECTOR_QUERY, {
      awsAccountId: SEED.accountId,
      actionConnectorId: id,
    });
    expect(body.errors).toBeUndefined();
    const connector = body.data?.actionConnector as Json;
    expect(comparable(connector)).toEqual(comparable({ ...(expected(stored) as Json), awsAccountId: SEED.accountId }));
    seen.push((connector.authenticationConfig as Json).authenticationMetadata);
  });

  it('covered every ReadAuthenticationMetadata variant, with the nested credentials-details unions', () => {
    expect(typenames(seen)).toEqual([
      'ReadAPIKeyConnectionMetadata',
      'ReadAuthorizationCodeGrantMetadata',
      'ReadBasicAuthConnectionMetadata',
      'ReadClientCredentialsGrantMetadata',
      'ReadIamConnectionMetadata',
      'ReadNoneConnectionMetadata',
    ]);
    const nested = seen.flatMap((metadata) => {
      const m = metadata as Json;
      return [m.readAuthorizationCodeGrantCredentialsDetails, m.readClientCredentialsDetails].filter(Boolean);
    });
    expect(typenames(nested)).toEqual(['ReadAuthorizationCodeGrantDetails', 'ReadClientCredentialsGrantDetails']);
  });
});

describe('connectorV2(connectorId)', () => {
  const seen: unknown[] = [];

  it.each(Object.entries(SEED.securityhub.connectors))('returns the seeded %s connector with every field', async (_name, id) => {
    const stored = gw.emulator.store.securityhub.getConnectorV2(SEED.region, id);
    expect(stored).toBeDefined();
    const { body } = await gw.gql<{ connectorV2: Json }>(CONNECTOR_V2_QUERY, { connectorId: id });
    expect(body.errors).toBeUndefined();
    const connector = body.data?.connectorV2 as Json;
    expect(comparable(connector)).toEqual(comparable(expected(stored)));
    seen.push(connector.providerDetail);
  });

  it('covered every ProviderDetail variant (newest model: Azure included)', () => {
    expect(typenames(seen)).toEqual(['AzureDetail', 'JiraCloudDetail', 'ServiceNowDetail']);
  });

  it('accepts the connector ARN as id (greedy path label)', async () => {
    const stored = gw.emulator.store.securityhub.getConnectorV2(SEED.region, SEED.securityhub.connectors.azure);
    const { body } = await gw.gql<{ connectorV2: Json }>(CONNECTOR_V2_QUERY, { connectorId: stored?.ConnectorArn });
    expect(body.errors).toBeUndefined();
    expect(body.data?.connectorV2.connectorId).toBe(SEED.securityhub.connectors.azure);
  });
});
