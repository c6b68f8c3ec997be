import { describe, expect, it } from 'vitest';
import { createSeededStore, OTHER_REGION_SEED, SEED, SEED_COUNTS } from '../../src/emulator/fixtures/index.js';
import { Prng } from '../../src/emulator/fixtures/prng.js';

const APP_ID = /^[a-zA-Z0-9][a-zA-Z0-9-]{35}$/;
const PLUGIN_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
const PLUGIN_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;
const CONNECTOR_ID = /^[\w-]{1,512}$/;
const CONNECTOR_NAME = /^[A-Za-z0-9](?:[\w- ]*[A-Za-z0-9])?$/;
const CONNECTOR_DESCRIPTION = /^[A-Za-z0-9 _.,!?-]*$/;
const ACTION_ID = /^[\w@:_.,!?+-/]+$/;
const R = SEED.region;

describe('SEED', () => {
  it('has exactly the documented keys', () => {
    expect(Object.keys(SEED)).toEqual(['accountId', 'region', 'qbusiness', 'quicksight', 'securityhub']);
    expect(Object.keys(SEED.qbusiness.plugins)).toEqual([
      'basicAuth', 'oAuth2', 'noAuth', 'idcAuth', 'customInlineSchema', 'customS3Schema', 'disabled',
    ]);
    expect(Object.keys(SEED.quicksight.actionConnectors)).toEqual([
      'authorizationCodeGrant', 'clientCredentialsGrant', 'basicAuth', 'apiKey', 'none', 'iam', 'failed',
    ]);
    expect(Object.keys(SEED.securityhub.connectors)).toEqual(['jiraCloud', 'serviceNow', 'azure', 'degraded']);
    expect(SEED.accountId).toBe('123456789012');
    expect(SEED.region).toBe('us-east-1');
  });

  it('IDs have the model formats', () => {
    for (const id of SEED.qbusiness.applicationIds) expect(id).toMatch(APP_ID);
    for (const p of Object.values(SEED.qbusiness.plugins)) {
      expect(p.applicationId).toBe(SEED.qbusiness.applicationIds[0]);
      expect(p.pluginId).toMatch(PLUGIN_ID);
    }
    for (const id of Object.values(SEED.quicksight.actionConnectors)) expect(id).toMatch(CONNECTOR_ID);
    for (const id of Object.values(SEED.securityhub.connectors)) expect(id).toMatch(PLUGIN_ID);
  });
});

describe('createSeededStore', () => {
  const store = createSeededStore();
  const [appA, appB] = SEED.qbusiness.applicationIds;
  const plugins = [...store.qbusiness.listPlugins(R, appA), ...store.qbusiness.listPlugins(R, appB)];
  const connectors = store.quicksight.listActionConnectors(R, SEED.accountId);
  const connectorsV2 = store.securityhub.listConnectorsV2(R);

  it('is deterministic', () => {
    expect(createSeededStore()).toEqual(store);
    expect(JSON.stringify(createSeededStore().qbusiness.listPlugins(R, appB))).toBe(JSON.stringify(store.qbusiness.listPlugins(R, appB)));
  });

  it('has bulk data for list operations, showcase resources first', () => {
    expect(plugins.length).toBeGreaterThanOrEqual(120);
    expect(store.qbusiness.listPlugins(R, appA)).toHaveLength(SEED_COUNTS.plugins.appA);
    expect(store.qbusiness.listPlugins(R, appB)).toHaveLength(SEED_COUNTS.plugins.appB);
    expect(connectors.length).toBeGreaterThanOrEqual(60);
    expect(connectorsV2.length).toBeGreaterThanOrEqual(30);
    expect(plugins.slice(0, 7).map((p) => p.pluginId)).toEqual(Object.values(SEED.qbusiness.plugins).map((p) => p.pluginId));
    expect(connectors.slice(0, 7).map((c) => c.ActionConnectorId)).toEqual(Object.values(SEED.quicksight.actionConnectors));
    expect(connectorsV2.slice(0, 4).map((c) => c.ConnectorId)).toEqual(Object.values(SEED.securityhub.connectors));
  });

  it('IDs are unique and every value satisfies the model constraints', () => {
    expect(new Set(plugins.map((p) => p.pluginId)).size).toBe(plugins.length);
    expect(new Set(plugins.map((p) => p.displayName)).size).toBe(plugins.length);
    expect(new Set(connectors.map((c) => c.ActionConnectorId)).size).toBe(connectors.length);
    expect(new Set(connectorsV2.map((c) => c.ConnectorId)).size).toBe(connectorsV2.length);
    for (const p of plugins) {
      expect(p.pluginId).toMatch(PLUGIN_ID);
      expect(p.displayName).toMatch(PLUGIN_NAME);
      expect(p.displayName.length).toBeLessThanOrEqual(100);
      expect(p.serverUrl).toMatch(/^(https?|ftp|file):\/\/([^\s]*)$/);
      expect(p.pluginArn).toBe(`arn:aws:qbusiness:${R}:123456789012:application/${p.applicationId}/plugin/${p.pluginId}`);
      expect(p.updatedAt.getTime()).toBeGreaterThanOrEqual(p.createdAt.getTime());
      expect(Object.keys(p.authConfiguration)).toHaveLength(1);
      if (p.customPluginConfiguration) expect(p.customPluginConfiguration.description.length).toBeLessThanOrEqual(200);
    }
    for (const c of connectors) {
      expect(c.ActionConnectorId).toMatch(CONNECTOR_ID);
      expect(c.Name).toMatch(CONNECTOR_NAME);
      expect(c.Description ?? '').toMatch(CONNECTOR_DESCRIPTION);
      expect(c.Arn).toBe(`arn:aws:quicksight:${R}:123456789012:action-connector/${c.ActionConnectorId}`);
      for (const action of c.EnabledActions ?? []) expect(action).toMatch(ACTION_ID);
      expect(JSON.stringify(c)).not.toMatch(/"(Password|ApiKey|ClientSecret)"/);
    }
    for (const c of connectorsV2) {
      expect(c.ConnectorArn).toBe(`arn:aws:securityhub:${R}:123456789012:connectorv2/${c.ConnectorId}`);
      expect(Object.keys(c.ProviderDetail)).toHaveLength(1);
    }
  });

  it('covers every union member and a spread of enum values', () => {
    const unionKeys = (values: readonly object[]) => new Set(values.flatMap((v) => Object.keys(v)));
    expect(unionKeys(plugins.map((p) => p.authConfiguration))).toEqual(
      new Set(['basicAuthConfiguration', 'oAuth2ClientCredentialConfiguration', 'noAuthConfiguration', 'idcAuthConfiguration']),
    );
    expect(unionKeys(plugins.flatMap((p) => (p.customPluginConfiguration?.apiSchema ? [p.customPluginConfiguration.apiSchema] : [])))).toEqual(
      new Set(['payload', 's3']),
    );
    expect(new Set(plugins.map((p) => p.type)).size).toBe(17);
    expect(new Set(plugins.map((p) => p.buildStatus)).size).toBe(7);
    expect(new Set(plugins.map((p) => p.state))).toEqual(new Set(['ENABLED', 'DISABLED']));

    expect(unionKeys(connectors.map((c) => c.AuthenticationConfig?.AuthenticationMetadata ?? {}))).toEqual(
      new Set([
        'AuthorizationCodeGrantMetadata', 'ClientCredentialsGrantMetadata', 'BasicAuthConnectionMetadata',
        'ApiKeyConnectionMetadata', 'NoneConnectionMetadata', 'IamConnectionMetadata',
      ]),
    );
    expect(new Set(connectors.map((c) => c.AuthenticationConfig?.AuthenticationType)).size).toBe(6);
    expect(new Set(connectors.map((c) => c.Status)).size).toBe(7);
    expect(new Set(connectors.map((c) => c.Type)).size).toBeGreaterThanOrEqual(20);
    expect(connectors.some((c) => c.VpcConnectionArn !== undefined)).toBe(true);

    expect(unionKeys(connectorsV2.map((c) => c.ProviderDetail))).toEqual(new Set(['JiraCloud', 'ServiceNow', 'Azure']));
    expect(new Set(connectorsV2.map((c) => c.Health.ConnectorStatus))).toEqual(
      new Set(['CONNECTED', 'DEGRADED', 'FAILED_TO_CONNECT', 'PENDING_AUTHORIZATION', 'PENDING_CONFIGURATION', 'UNKNOWN']),
    );
    expect(new Set(connectorsV2.map((c) => c.EnablementStatus)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(connectorsV2.flatMap((c) => c.Health.Issues ?? []).map((i) => i.Code)).size).toBeGreaterThanOrEqual(5);
  });

  it('keeps the eu-west-1 extras in eu-west-1 only', () => {
    const euRegion = OTHER_REGION_SEED.region;
    expect(store.qbusiness.getPlugin(euRegion, OTHER_REGION_SEED.qbusiness.applicationId, OTHER_REGION_SEED.qbusiness.pluginId)).toBeDefined();
    expect(store.qbusiness.hasApplication(euRegion, SEED.qbusiness.applicationIds[0])).toBe(false);
    expect(store.quicksight.getActionConnector(euRegion, SEED.accountId, OTHER_REGION_SEED.quicksight.actionConnectorId)).toBeDefined();
    expect(store.securityhub.getConnectorV2(euRegion, OTHER_REGION_SEED.securityhub.connectorId)).toBeDefined();
    expect(store.regions()).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('stored objects are copies', () => {
    const id = SEED.qbusiness.plugins.basicAuth;
    const copy = store.qbusiness.getPlugin(R, id.applicationId, id.pluginId);
    if (copy === undefined) throw new Error('missing');
    copy.displayName = 'changed';
    copy.createdAt.setFullYear(1999);
    expect(store.qbusiness.getPlugin(R, id.applicationId, id.pluginId)?.displayName).toBe('ServiceNow-Incidents');
    expect(store.qbusiness.getPlugin(R, id.applicationId, id.pluginId)?.createdAt.getUTCFullYear()).toBe(2025);
  });
});

describe('Prng', () => {
  it('is seeded and repeatable', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const seq = Array.from({ length: 5 }, () => a.uuid());
    expect(Array.from({ length: 5 }, () => b.uuid())).toEqual(seq);
    for (const id of seq) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Prng(43).uuid()).not.toBe(seq[0]);
  });
});
