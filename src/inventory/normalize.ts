import type {
  ActionConnectorType,
  ConnectionAuthType,
  ConnectorProviderName,
  ConnectorStatus,
  EnablementStatus,
  IntegrationAuthKind,
  IntegrationProvider,
  IntegrationStatus,
  PluginAuthConfiguration,
  PluginBuildStatus,
  PluginState,
  PluginType,
  ProviderDetail,
  ResourceStatus,
} from '../__generated__/resolvers-types.js';

// The normalization tables of the cross-service view; schema/inventory.graphql documents the same tables.
// Each is a complete Record over the service's known values (`satisfies` makes the compiler reject a missing one),
// and a value AWS adds later falls through to UNRECOGNIZED / UNKNOWN.

type Known<T> = Exclude<T, 'UNRECOGNIZED'>;

const PROVIDER_OF_PLUGIN_TYPE = {
  JIRA: 'JIRA',
  JIRA_CLOUD: 'JIRA',
  SERVICE_NOW: 'SERVICENOW',
  SERVICENOW_NOW_PLATFORM: 'SERVICENOW',
  SALESFORCE: 'SALESFORCE',
  SALESFORCE_CRM: 'SALESFORCE',
  ZENDESK: 'ZENDESK',
  ZENDESK_SUITE: 'ZENDESK',
  ATLASSIAN_CONFLUENCE: 'CONFLUENCE',
  MICROSOFT_TEAMS: 'MICROSOFT_TEAMS',
  MICROSOFT_EXCHANGE: 'MICROSOFT_EXCHANGE',
  PAGERDUTY_ADVANCE: 'PAGERDUTY',
  SMARTSHEET: 'SMARTSHEET',
  ASANA: 'ASANA',
  GOOGLE_CALENDAR: 'GOOGLE_CALENDAR',
  QUICKSIGHT: 'AMAZON_QUICKSIGHT',
  CUSTOM: 'CUSTOM',
} as const satisfies Record<Known<PluginType>, IntegrationProvider>;

const PROVIDER_OF_ACTION_CONNECTOR_TYPE = {
  GENERIC_HTTP: 'CUSTOM',
  SERVICENOW_NOW_PLATFORM: 'SERVICENOW',
  SALESFORCE_CRM: 'SALESFORCE',
  MICROSOFT_OUTLOOK: 'MICROSOFT_OUTLOOK',
  PAGERDUTY_ADVANCE: 'PAGERDUTY',
  JIRA_CLOUD: 'JIRA',
  ATLASSIAN_CONFLUENCE: 'CONFLUENCE',
  AMAZON_S3: 'AMAZON_S3',
  AMAZON_BEDROCK_AGENT_RUNTIME: 'AMAZON_BEDROCK',
  AMAZON_BEDROCK_RUNTIME: 'AMAZON_BEDROCK',
  AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME: 'AMAZON_BEDROCK',
  AMAZON_TEXTRACT: 'AMAZON_TEXTRACT',
  AMAZON_COMPREHEND: 'AMAZON_COMPREHEND',
  AMAZON_COMPREHEND_MEDICAL: 'AMAZON_COMPREHEND',
  MICROSOFT_ONEDRIVE: 'MICROSOFT_ONEDRIVE',
  MICROSOFT_SHAREPOINT: 'MICROSOFT_SHAREPOINT',
  MICROSOFT_TEAMS: 'MICROSOFT_TEAMS',
  SAP_BUSINESSPARTNER: 'SAP',
  SAP_PRODUCTMASTERDATA: 'SAP',
  SAP_PHYSICALINVENTORY: 'SAP',
  SAP_BILLOFMATERIALS: 'SAP',
  SAP_MATERIALSTOCK: 'SAP',
  ZENDESK_SUITE: 'ZENDESK',
  SMARTSHEET: 'SMARTSHEET',
  SLACK: 'SLACK',
  ASANA: 'ASANA',
  BAMBOO_HR: 'BAMBOO_HR',
} as const satisfies Record<Known<ActionConnectorType>, IntegrationProvider>;

const PROVIDER_OF_CONNECTOR_PROVIDER = {
  JIRA_CLOUD: 'JIRA',
  SERVICENOW: 'SERVICENOW',
  AZURE: 'AZURE',
} as const satisfies Record<Known<ConnectorProviderName>, IntegrationProvider>;

/** A value of an AWS enum looked up in a table keyed by the known values; unknown values give `fallback`. */
function lookup<V extends string>(table: Readonly<Record<string, V>>, value: string | null | undefined, fallback: V): V {
  return value !== null && value !== undefined && Object.hasOwn(table, value) ? (table[value] ?? fallback) : fallback;
}

export const providerOfPluginType = (type: string | null): IntegrationProvider =>
  lookup<IntegrationProvider>(PROVIDER_OF_PLUGIN_TYPE, type, 'UNRECOGNIZED');
export const providerOfActionConnectorType = (type: string | null): IntegrationProvider =>
  lookup<IntegrationProvider>(PROVIDER_OF_ACTION_CONNECTOR_TYPE, type, 'UNRECOGNIZED');
export const providerOfConnectorProvider = (name: string | null): IntegrationProvider =>
  lookup<IntegrationProvider>(PROVIDER_OF_CONNECTOR_PROVIDER, name, 'UNRECOGNIZED');

/** The Security Hub provider name for an IntegrationProvider, for ListConnectorsV2's server-side filter. */
export function connectorProviderFor(provider: IntegrationProvider): Known<ConnectorProviderName> | undefined {
  const entry = Object.entries(PROVIDER_OF_CONNECTOR_PROVIDER).find(([, value]) => value === provider);
  return entry?.[0] as Known<ConnectorProviderName> | undefined;
}

const PROVIDER_OF_DETAIL = {
  JiraCloudDetail: 'JIRA',
  ServiceNowDetail: 'SERVICENOW',
  AzureDetail: 'AZURE',
  ProviderDetailUnknown: 'UNRECOGNIZED',
} as const satisfies Record<ProviderDetail['__typename'], IntegrationProvider>;

export const providerOfProviderDetail = (detail: ProviderDetail | null): IntegrationProvider =>
  detail === null ? 'UNRECOGNIZED' : PROVIDER_OF_DETAIL[detail.__typename];

const AUTH_OF_PLUGIN = {
  BasicAuthConfiguration: 'BASIC',
  OAuth2ClientCredentialConfiguration: 'OAUTH2_CLIENT_CREDENTIALS',
  NoAuthConfiguration: 'NONE',
  IdcAuthConfiguration: 'IAM_IDENTITY_CENTER',
  PluginAuthConfigurationUnknown: 'UNRECOGNIZED',
} as const satisfies Record<PluginAuthConfiguration['__typename'], IntegrationAuthKind>;

export const authKindOfPlugin = (auth: PluginAuthConfiguration | null): IntegrationAuthKind =>
  auth === null ? 'UNRECOGNIZED' : AUTH_OF_PLUGIN[auth.__typename];

const AUTH_OF_CONNECTION_TYPE = {
  BASIC: 'BASIC',
  API_KEY: 'API_KEY',
  OAUTH2_CLIENT_CREDENTIALS: 'OAUTH2_CLIENT_CREDENTIALS',
  OAUTH2_AUTHORIZATION_CODE: 'OAUTH2_AUTHORIZATION_CODE',
  NONE: 'NONE',
  IAM: 'IAM',
} as const satisfies Record<Known<ConnectionAuthType>, IntegrationAuthKind>;

export const authKindOfConnectionType = (type: string | null | undefined): IntegrationAuthKind =>
  lookup<IntegrationAuthKind>(AUTH_OF_CONNECTION_TYPE, type, 'UNRECOGNIZED');

const AUTH_OF_DETAIL = {
  JiraCloudDetail: 'OAUTH2_AUTHORIZATION_CODE',
  ServiceNowDetail: 'SECRETS_MANAGER_SECRET',
  AzureDetail: 'IAM',
  ProviderDetailUnknown: 'UNRECOGNIZED',
} as const satisfies Record<ProviderDetail['__typename'], IntegrationAuthKind>;

export const authKindOfProviderDetail = (detail: ProviderDetail | null): IntegrationAuthKind =>
  detail === null ? 'UNRECOGNIZED' : AUTH_OF_DETAIL[detail.__typename];

const STATUS_OF_BUILD = {
  READY: 'ACTIVE',
  CREATE_IN_PROGRESS: 'PENDING',
  UPDATE_IN_PROGRESS: 'PENDING',
  CREATE_FAILED: 'FAILED',
  UPDATE_FAILED: 'FAILED',
  DELETE_FAILED: 'FAILED',
  DELETE_IN_PROGRESS: 'DELETING',
} as const satisfies Record<Known<PluginBuildStatus>, IntegrationStatus>;

export function statusOfPlugin(state: PluginState | null, buildStatus: PluginBuildStatus | null): IntegrationStatus {
  if (state === 'DISABLED') return 'DISABLED';
  return lookup<IntegrationStatus>(STATUS_OF_BUILD, buildStatus, 'UNKNOWN');
}

const STATUS_OF_RESOURCE = {
  CREATION_SUCCESSFUL: 'ACTIVE',
  UPDATE_SUCCESSFUL: 'ACTIVE',
  CREATION_IN_PROGRESS: 'PENDING',
  UPDATE_IN_PROGRESS: 'PENDING',
  CREATION_FAILED: 'FAILED',
  UPDATE_FAILED: 'FAILED',
  DELETED: 'DELETED',
} as const satisfies Record<Known<ResourceStatus>, IntegrationStatus>;

export const statusOfActionConnector = (status: ResourceStatus | null): IntegrationStatus =>
  lookup<IntegrationStatus>(STATUS_OF_RESOURCE, status, 'UNKNOWN');

const STATUS_OF_HEALTH = {
  CONNECTED: 'ACTIVE',
  DEGRADED: 'DEGRADED',
  FAILED_TO_CONNECT: 'FAILED',
  PENDING_CONFIGURATION: 'PENDING',
  PENDING_AUTHORIZATION: 'PENDING',
  UNKNOWN: 'UNKNOWN',
} as const satisfies Record<Known<ConnectorStatus>, IntegrationStatus>;

/**
 * Enablement states that say more than the last health check: the connector never started, is going away, or
 * could not be deleted. An update that is pending or failed leaves it running on its previous configuration, so
 * health still speaks then (a failed update makes a healthy connector DEGRADED).
 */
const STATUS_OF_ENABLEMENT: Partial<Record<Known<EnablementStatus>, IntegrationStatus>> = {
  FAILED_TO_ENABLE: 'FAILED',
  FAILED_TO_DELETE: 'FAILED',
  PENDING_DELETION: 'DELETING',
  PENDING_ENABLEMENT: 'PENDING',
};

export function statusOfConnectorV2(health: ConnectorStatus | null, enablement: EnablementStatus | null): IntegrationStatus {
  const fromEnablement = enablement === null ? undefined : STATUS_OF_ENABLEMENT[enablement as Known<EnablementStatus>];
  if (fromEnablement !== undefined) return fromEnablement;
  const fromHealth = lookup<IntegrationStatus>(STATUS_OF_HEALTH, health, 'UNKNOWN');
  return enablement === 'FAILED_TO_UPDATE' && fromHealth === 'ACTIVE' ? 'DEGRADED' : fromHealth;
}
