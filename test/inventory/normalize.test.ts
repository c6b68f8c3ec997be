import { describe, expect, it } from 'vitest';
import {
  authKindOfConnectionType,
  authKindOfPlugin,
  connectorProviderFor,
  providerOfActionConnectorType,
  providerOfConnectorProvider,
  providerOfPluginType,
  statusOfActionConnector,
  statusOfConnectorV2,
  statusOfPlugin,
} from '../../src/inventory/normalize.js';

describe('normalization tables', () => {
  it('maps the same external system to one provider across services', () => {
    expect([providerOfPluginType('JIRA_CLOUD'), providerOfActionConnectorType('JIRA_CLOUD'), providerOfConnectorProvider('JIRA_CLOUD')]).toEqual(['JIRA', 'JIRA', 'JIRA']);
    expect([providerOfPluginType('SERVICE_NOW'), providerOfActionConnectorType('SERVICENOW_NOW_PLATFORM'), providerOfConnectorProvider('SERVICENOW')]).toEqual([
      'SERVICENOW',
      'SERVICENOW',
      'SERVICENOW',
    ]);
  });

  it('answers UNRECOGNIZED for values AWS adds later, and for inherited object keys', () => {
    expect(providerOfPluginType('SOME_NEW_SAAS')).toBe('UNRECOGNIZED');
    expect(providerOfActionConnectorType('toString')).toBe('UNRECOGNIZED');
    expect(providerOfConnectorProvider(null)).toBe('UNRECOGNIZED');
    expect(authKindOfConnectionType('PASSKEY')).toBe('UNRECOGNIZED');
    expect(authKindOfPlugin(null)).toBe('UNRECOGNIZED');
    expect(authKindOfPlugin({ __typename: 'PluginAuthConfigurationUnknown', memberName: 'x' })).toBe('UNRECOGNIZED');
  });

  it('finds the Security Hub provider to filter on, or none', () => {
    expect(connectorProviderFor('AZURE')).toBe('AZURE');
    expect(connectorProviderFor('JIRA')).toBe('JIRA_CLOUD');
    expect(connectorProviderFor('SLACK')).toBeUndefined();
  });

  it('normalizes plugin status: DISABLED wins, then the build status', () => {
    expect(statusOfPlugin('DISABLED', 'READY')).toBe('DISABLED');
    expect(statusOfPlugin('ENABLED', 'READY')).toBe('ACTIVE');
    expect(statusOfPlugin('ENABLED', 'DELETE_IN_PROGRESS')).toBe('DELETING');
    expect(statusOfPlugin(null, null)).toBe('UNKNOWN');
    expect(statusOfActionConnector('DELETED')).toBe('DELETED');
    expect(statusOfActionConnector(null)).toBe('UNKNOWN');
  });

  it('lets Security Hub enablement decide only when it says more than health', () => {
    expect(statusOfConnectorV2('CONNECTED', 'ENABLED')).toBe('ACTIVE');
    expect(statusOfConnectorV2('CONNECTED', 'FAILED_TO_ENABLE')).toBe('FAILED');
    expect(statusOfConnectorV2('CONNECTED', 'PENDING_DELETION')).toBe('DELETING');
    expect(statusOfConnectorV2('CONNECTED', 'FAILED_TO_UPDATE')).toBe('DEGRADED');
    expect(statusOfConnectorV2('DEGRADED', 'FAILED_TO_UPDATE')).toBe('DEGRADED');
    expect(statusOfConnectorV2('FAILED_TO_CONNECT', 'PENDING_UPDATE')).toBe('FAILED');
    expect(statusOfConnectorV2(null, null)).toBe('UNKNOWN');
  });
});
