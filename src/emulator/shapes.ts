/**
 * The AWS wire shapes the emulator stores and serves, written with AWS member names.
 *
 * Contract: a stored object is exactly what the service puts on the wire, except that timestamps are `Date`
 * (the per-service serializer in wire.ts formats them) and unions are one-key objects, as on the wire.
 * Enum-typed members accept any string and union-typed members accept any one-key object, because AWS adds enum
 * values and union members over time and the emulator must be able to serve them (tests store e.g. a plugin of
 * type "SOME_NEW_TYPE" or an authConfiguration `{ futureAuthConfiguration: {...} }`).
 */

/** A string enum that is open to values newer than the model we know. */
export type OpenEnum<T extends string> = T | (string & Record<never, never>);

/** A union member the emulator does not know: still a one-key object on the wire. */
export type UnknownUnionMember = Readonly<Record<string, unknown>>;

// ---------------------------------------------------------------------------------------------------------------
// Amazon Q Business (qbusiness 2023-11-27)
// ---------------------------------------------------------------------------------------------------------------

export type PluginType = OpenEnum<
  | 'SERVICE_NOW'
  | 'SALESFORCE'
  | 'JIRA'
  | 'ZENDESK'
  | 'CUSTOM'
  | 'QUICKSIGHT'
  | 'SERVICENOW_NOW_PLATFORM'
  | 'JIRA_CLOUD'
  | 'SALESFORCE_CRM'
  | 'ZENDESK_SUITE'
  | 'ATLASSIAN_CONFLUENCE'
  | 'GOOGLE_CALENDAR'
  | 'MICROSOFT_TEAMS'
  | 'MICROSOFT_EXCHANGE'
  | 'PAGERDUTY_ADVANCE'
  | 'SMARTSHEET'
  | 'ASANA'
>;
export type PluginBuildStatus = OpenEnum<
  | 'READY'
  | 'CREATE_IN_PROGRESS'
  | 'CREATE_FAILED'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_FAILED'
  | 'DELETE_IN_PROGRESS'
  | 'DELETE_FAILED'
>;
export type PluginState = OpenEnum<'ENABLED' | 'DISABLED'>;
export type APISchemaType = OpenEnum<'OPEN_API_V3'>;

export interface BasicAuthConfiguration {
  secretArn: string;
  roleArn: string;
}
export interface OAuth2ClientCredentialConfiguration {
  secretArn: string;
  roleArn: string;
  authorizationUrl?: string;
  tokenUrl?: string;
}
export type NoAuthConfiguration = Record<string, never>;
export interface IdcAuthConfiguration {
  idcApplicationArn: string;
  roleArn: string;
}
export type PluginAuthConfiguration =
  | { basicAuthConfiguration: BasicAuthConfiguration }
  | { oAuth2ClientCredentialConfiguration: OAuth2ClientCredentialConfiguration }
  | { noAuthConfiguration: NoAuthConfiguration }
  | { idcAuthConfiguration: IdcAuthConfiguration }
  | UnknownUnionMember;

export interface S3Location {
  bucket: string;
  key: string;
}
export type APISchema = { payload: string } | { s3: S3Location } | UnknownUnionMember;
export interface CustomPluginConfiguration {
  description: string;
  apiSchemaType: APISchemaType;
  apiSchema?: APISchema;
}
export interface QBusinessTag {
  key: string;
  value: string;
}

/** A plugin as GetPlugin returns it (all GetPluginResponse members), plus tags kept for later operations. */
export interface StoredPlugin {
  applicationId: string;
  pluginId: string;
  displayName: string;
  type: PluginType;
  serverUrl?: string;
  authConfiguration: PluginAuthConfiguration;
  customPluginConfiguration?: CustomPluginConfiguration;
  buildStatus: PluginBuildStatus;
  pluginArn: string;
  state: PluginState;
  createdAt: Date;
  updatedAt: Date;
  /** Not part of GetPlugin's output; kept for CreatePlugin/tagging later. */
  tags?: QBusinessTag[];
  /**
   * Emulator-only, never on the wire: while `buildStatus` is CREATE_IN_PROGRESS, the time from which reads report
   * READY (set by CreatePlugin from `buildDelayMs`; see `effectivePlugin` in qbusiness.ts).
   */
  buildCompletesAt?: Date;
}

// ---------------------------------------------------------------------------------------------------------------
// Amazon QuickSight (quicksight 2018-04-01)
// ---------------------------------------------------------------------------------------------------------------

export type ActionConnectorType = OpenEnum<
  | 'GENERIC_HTTP'
  | 'SERVICENOW_NOW_PLATFORM'
  | 'SALESFORCE_CRM'
  | 'MICROSOFT_OUTLOOK'
  | 'PAGERDUTY_ADVANCE'
  | 'JIRA_CLOUD'
  | 'ATLASSIAN_CONFLUENCE'
  | 'AMAZON_S3'
  | 'AMAZON_BEDROCK_AGENT_RUNTIME'
  | 'AMAZON_BEDROCK_RUNTIME'
  | 'AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME'
  | 'AMAZON_TEXTRACT'
  | 'AMAZON_COMPREHEND'
  | 'AMAZON_COMPREHEND_MEDICAL'
  | 'MICROSOFT_ONEDRIVE'
  | 'MICROSOFT_SHAREPOINT'
  | 'MICROSOFT_TEAMS'
  | 'SAP_BUSINESSPARTNER'
  | 'SAP_PRODUCTMASTERDATA'
  | 'SAP_PHYSICALINVENTORY'
  | 'SAP_BILLOFMATERIALS'
  | 'SAP_MATERIALSTOCK'
  | 'ZENDESK_SUITE'
  | 'SMARTSHEET'
  | 'SLACK'
  | 'ASANA'
  | 'BAMBOO_HR'
>;
export type ResourceStatus = OpenEnum<
  | 'CREATION_IN_PROGRESS'
  | 'CREATION_SUCCESSFUL'
  | 'CREATION_FAILED'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_SUCCESSFUL'
  | 'UPDATE_FAILED'
  | 'DELETED'
>;
export type ConnectionAuthType = OpenEnum<
  'BASIC' | 'API_KEY' | 'OAUTH2_CLIENT_CREDENTIALS' | 'NONE' | 'IAM' | 'OAUTH2_AUTHORIZATION_CODE'
>;
export type ActionConnectorErrorType = OpenEnum<'INTERNAL_FAILURE'>;
export type CredentialsSource = OpenEnum<'PLAIN_CREDENTIALS'>;

export interface ReadAuthorizationCodeGrantDetails {
  ClientId: string;
  TokenEndpoint: string;
  AuthorizationEndpoint: string;
}
export interface ReadClientCredentialsGrantDetails {
  ClientId: string;
  TokenEndpoint: string;
}
export interface ReadAuthorizationCodeGrantMetadata {
  BaseEndpoint: string;
  RedirectUrl: string;
  ReadAuthorizationCodeGrantCredentialsDetails?:
    | { ReadAuthorizationCodeGrantDetails: ReadAuthorizationCodeGrantDetails }
    | UnknownUnionMember;
  AuthorizationCodeGrantCredentialsSource?: CredentialsSource;
}
export interface ReadClientCredentialsGrantMetadata {
  BaseEndpoint: string;
  ReadClientCredentialsDetails?:
    | { ReadClientCredentialsGrantDetails: ReadClientCredentialsGrantDetails }
    | UnknownUnionMember;
  ClientCredentialsSource?: CredentialsSource;
}
export interface ReadBasicAuthConnectionMetadata {
  BaseEndpoint: string;
  Username: string;
}
export interface ReadAPIKeyConnectionMetadata {
  BaseEndpoint: string;
  Email?: string;
}
export interface ReadNoneConnectionMetadata {
  BaseEndpoint: string;
}
export interface ReadIamConnectionMetadata {
  RoleArn: string;
  SourceArn: string;
}
/** Read shapes only: QuickSight never returns passwords, API keys or client secrets. */
export type ReadAuthenticationMetadata =
  | { AuthorizationCodeGrantMetadata: ReadAuthorizationCodeGrantMetadata }
  | { ClientCredentialsGrantMetadata: ReadClientCredentialsGrantMetadata }
  | { BasicAuthConnectionMetadata: ReadBasicAuthConnectionMetadata }
  | { ApiKeyConnectionMetadata: ReadAPIKeyConnectionMetadata }
  | { NoneConnectionMetadata: ReadNoneConnectionMetadata }
  | { IamConnectionMetadata: ReadIamConnectionMetadata }
  | UnknownUnionMember;
export interface ReadAuthConfig {
  AuthenticationType: ConnectionAuthType;
  AuthenticationMetadata: ReadAuthenticationMetadata;
}
export interface ActionConnectorError {
  Message?: string;
  Type?: ActionConnectorErrorType;
}
export interface QuickSightTag {
  Key: string;
  Value: string;
}

/** An action connector as DescribeActionConnector returns it (all ActionConnector members), plus tags. */
export interface StoredActionConnector {
  Arn: string;
  ActionConnectorId: string;
  Type: ActionConnectorType;
  Name: string;
  CreatedTime?: Date;
  LastUpdatedTime: Date;
  Status?: ResourceStatus;
  Error?: ActionConnectorError;
  Description?: string;
  AuthenticationConfig?: ReadAuthConfig;
  EnabledActions?: string[];
  VpcConnectionArn?: string;
  /** Not part of DescribeActionConnector's output; kept for later operations. */
  Tags?: QuickSightTag[];
}

// ---------------------------------------------------------------------------------------------------------------
// AWS Security Hub (securityhub 2018-10-26, newest botocore/SDK model: Azure, EnablementStatus, Health.Issues)
// ---------------------------------------------------------------------------------------------------------------

export type ConnectorProviderName = OpenEnum<'JIRA_CLOUD' | 'SERVICENOW' | 'AZURE'>;
export type ConnectorStatus = OpenEnum<
  'CONNECTED' | 'DEGRADED' | 'FAILED_TO_CONNECT' | 'PENDING_AUTHORIZATION' | 'PENDING_CONFIGURATION' | 'UNKNOWN'
>;
export type ConnectorAuthStatus = OpenEnum<'ACTIVE' | 'FAILED'>;
export type EnablementStatus = OpenEnum<
  | 'ENABLED'
  | 'PENDING_ENABLEMENT'
  | 'FAILED_TO_ENABLE'
  | 'PENDING_UPDATE'
  | 'FAILED_TO_UPDATE'
  | 'PENDING_DELETION'
  | 'FAILED_TO_DELETE'
>;
export type ScopeType = OpenEnum<'TENANT' | 'SUBSCRIPTION'>;
export type HealthIssueCode = OpenEnum<
  | 'AUTHENTICATION_FAILURE'
  | 'STREAM_AUTHORIZATION_FAILURE'
  | 'DISCOVERY_FAILURE'
  | 'STREAM_LIMIT_EXCEEDED'
  | 'STREAM_DISCONNECTED'
  | 'RECORDING_FAILURE'
  | 'NO_HEALTH_DATA'
>;

export interface HealthIssue {
  Code: HealthIssueCode;
  Message: string;
}
export interface HealthCheck {
  ConnectorStatus: ConnectorStatus;
  Message?: string;
  LastCheckedAt: Date;
  Issues?: HealthIssue[];
}
export interface JiraCloudDetail {
  CloudId?: string;
  ProjectKey?: string;
  Domain?: string;
  AuthUrl?: string;
  AuthStatus?: ConnectorAuthStatus;
}
export interface ServiceNowDetail {
  InstanceName?: string;
  SecretArn: string;
  AuthStatus: ConnectorAuthStatus;
}
export interface AzureScopeConfiguration {
  ScopeType: ScopeType;
  ScopeValues?: string[];
}
export interface AzureDetail {
  AWSConfigConnectorArn: string;
  ScopeConfiguration: AzureScopeConfiguration;
  AzureRegions: string[];
}
export type ProviderDetail =
  | { JiraCloud: JiraCloudDetail }
  | { ServiceNow: ServiceNowDetail }
  | { Azure: AzureDetail }
  | UnknownUnionMember;

/** A connector V2 as GetConnectorV2 returns it (all GetConnectorV2Response members), plus tags. */
export interface StoredConnectorV2 {
  ConnectorArn: string;
  ConnectorId: string;
  Name: string;
  Description?: string;
  KmsKeyArn?: string;
  CreatedAt: Date;
  LastUpdatedAt: Date;
  Health: HealthCheck;
  ProviderDetail: ProviderDetail;
  EnablementStatus?: EnablementStatus;
  EnablementStatusReason?: string;
  /** Not part of GetConnectorV2's output; kept for later operations. */
  Tags?: Record<string, string>;
}
