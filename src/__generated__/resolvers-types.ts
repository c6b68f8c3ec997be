import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CreatePluginResult } from '../qbusiness/createPlugin.js';
import type { PluginModel } from '../qbusiness/model.js';
import type { ActionConnectorModel } from '../quicksight/model.js';
import type { ConnectorV2Model } from '../securityhub/model.js';
import type { IntegrationConnectionModel } from '../inventory/integrations.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A point in time as an ISO-8601 string in UTC with millisecond precision,
   * for example `2026-03-02T10:15:30.000Z`. AWS returns these values either as epoch
   * seconds (Amazon Q Business, Amazon QuickSight) or as RFC 3339 strings (AWS Security
   * Hub); the gateway always renders them in this one format.
   */
  DateTime: { input: string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * Where a custom plugin's OpenAPI schema lives: inline in the response, or in an
 * Amazon S3 object. Models the AWS `APISchema` union.
 */
export type APISchema = APISchemaPayload | APISchemaUnknown | S3;

/** Where the OpenAPI schema of a custom plugin is: set exactly one field. */
export type APISchemaInput =
  /** The schema document itself. AWS marks it sensitive: the gateway never logs it. */
  { payload: Scalars['String']['input']; s3?: never; }
  |  /** An object in Amazon S3 holding the schema. */
  { payload?: never; s3: S3Input; };

/**
 * The OpenAPI schema given inline. Wraps the `payload` variant of the AWS `APISchema`
 * union, which is a plain string.
 */
export type APISchemaPayload = {
  __typename: 'APISchemaPayload';
  /** The OpenAPI schema as JSON or YAML text. Sensitive: AWS flags this value as sensitive, so do not log or cache it. */
  payload: Scalars['String']['output'];
};

/** Format of a custom plugin's API schema. Models the AWS `APISchemaType` enum. */
export type APISchemaType =
  /** An OpenAPI 3 document. */
  | 'OPEN_API_V3'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/**
 * An `APISchema` variant that AWS added after this gateway was built. Only its wire
 * name is known.
 */
export type APISchemaUnknown = UnknownUnionMember & {
  __typename: 'APISchemaUnknown';
  /** The name AWS uses on the wire for the unrecognised variant. */
  memberName: Scalars['String']['output'];
};

/**
 * An Amazon QuickSight action connector: a configured link that lets QuickSight run
 * actions in an external service or AWS service (for example create a Jira issue or
 * call Amazon Bedrock). Models the AWS `ActionConnector` shape, plus the account ID
 * the query was made with.
 */
export type ActionConnector = Integration & {
  __typename: 'ActionConnector';
  /** Identifier of the action connector, unique within the account. */
  actionConnectorId: Scalars['ID']['output'];
  /** Amazon Resource Name (ARN) of the action connector. */
  arn: Scalars['String']['output'];
  /** How it authenticates, normalized (see IntegrationAuthKind). */
  authKind: IntegrationAuthKind;
  /** How the connector authenticates to the external service. This read-only view never contains passwords, API keys or client secrets. */
  authenticationConfig: Maybe<ReadAuthConfig>;
  /** The AWS account ID the connector was looked up in (taken from the query arguments). */
  awsAccountId: Scalars['ID']['output'];
  /** Always the service that holds this resource. */
  awsService: AwsService;
  /** When it was created (createdTime). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** When the connector was created. */
  createdTime: Maybe<Scalars['DateTime']['output']>;
  /** Free-text description of the connector. Sensitive: AWS flags this value as sensitive, so do not log it. */
  description: Maybe<Scalars['String']['output']>;
  /** Identifiers of the actions that are switched on for this connector. */
  enabledActions: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, when the connector is in an error state; null otherwise. */
  error: Maybe<ActionConnectorError>;
  /** The actionConnectorId. */
  id: Scalars['ID']['output'];
  /** When the connector was last changed. */
  lastUpdatedTime: Scalars['DateTime']['output'];
  /** Display name of the connector. Sensitive: AWS flags this value as sensitive, so do not log it. */
  name: Scalars['String']['output'];
  /** Its state, normalized (see IntegrationStatus). */
  normalizedStatus: IntegrationStatus;
  /** The external system, normalized across services (see IntegrationProvider). */
  provider: IntegrationProvider;
  /** Lifecycle status of the connector (creation, update or deletion progress). */
  status: Maybe<ResourceStatus>;
  /** Which external service or AWS service the connector targets. */
  type: ActionConnectorType;
  /** When it last changed (lastUpdatedTime). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** ARN of the VPC connection the connector uses to reach the service privately, if any. */
  vpcConnectionArn: Maybe<Scalars['String']['output']>;
};

/** A page of action connectors, Relay style. */
export type ActionConnectorConnection = {
  __typename: 'ActionConnectorConnection';
  /** The connectors of this page, each with its cursor. */
  edges: Array<ActionConnectorEdge>;
  /** The connectors of this page. */
  nodes: Array<ActionConnector>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
};

/** One action connector of a page and the cursor pointing after it. */
export type ActionConnectorEdge = {
  __typename: 'ActionConnectorEdge';
  /** Pass as `after` to continue after this connector. */
  cursor: Scalars['String']['output'];
  /** The action connector. */
  node: ActionConnector;
};

/**
 * Why an action connector is in an error state. Models the AWS `ActionConnectorError`
 * shape.
 */
export type ActionConnectorError = {
  __typename: 'ActionConnectorError';
  /** Human-readable explanation of the problem. */
  message: Maybe<Scalars['String']['output']>;
  /** Category of the error. */
  type: Maybe<ActionConnectorErrorType>;
};

/** Category of an action connector error. Models the AWS `ActionConnectorErrorType` enum. */
export type ActionConnectorErrorType =
  /** An internal failure on the QuickSight side. */
  | 'INTERNAL_FAILURE'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/**
 * The external service or AWS service an action connector targets. Models the AWS
 * `ActionConnectorType` enum.
 */
export type ActionConnectorType =
  /** Amazon Bedrock Agent Runtime (invoking Bedrock agents). */
  | 'AMAZON_BEDROCK_AGENT_RUNTIME'
  /** Amazon Bedrock Data Automation Runtime. */
  | 'AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME'
  /** Amazon Bedrock Runtime (invoking foundation models). */
  | 'AMAZON_BEDROCK_RUNTIME'
  /** Amazon Comprehend. */
  | 'AMAZON_COMPREHEND'
  /** Amazon Comprehend Medical. */
  | 'AMAZON_COMPREHEND_MEDICAL'
  /** Amazon S3. */
  | 'AMAZON_S3'
  /** Amazon Textract. */
  | 'AMAZON_TEXTRACT'
  /** Asana. */
  | 'ASANA'
  /** Atlassian Confluence. */
  | 'ATLASSIAN_CONFLUENCE'
  /** BambooHR. */
  | 'BAMBOO_HR'
  /** Any REST API reached over HTTP, configured by hand. */
  | 'GENERIC_HTTP'
  /** Jira Cloud. */
  | 'JIRA_CLOUD'
  /** Microsoft OneDrive. */
  | 'MICROSOFT_ONEDRIVE'
  /** Microsoft Outlook. */
  | 'MICROSOFT_OUTLOOK'
  /** Microsoft SharePoint. */
  | 'MICROSOFT_SHAREPOINT'
  /** Microsoft Teams. */
  | 'MICROSOFT_TEAMS'
  /** PagerDuty Advance. */
  | 'PAGERDUTY_ADVANCE'
  /** Salesforce CRM. */
  | 'SALESFORCE_CRM'
  /** SAP Bill of Materials. */
  | 'SAP_BILLOFMATERIALS'
  /** SAP Business Partner. */
  | 'SAP_BUSINESSPARTNER'
  /** SAP Material Stock. */
  | 'SAP_MATERIALSTOCK'
  /** SAP Physical Inventory. */
  | 'SAP_PHYSICALINVENTORY'
  /** SAP Product Master Data. */
  | 'SAP_PRODUCTMASTERDATA'
  /** ServiceNow Now Platform. */
  | 'SERVICENOW_NOW_PLATFORM'
  /** Slack. */
  | 'SLACK'
  /** Smartsheet. */
  | 'SMARTSHEET'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED'
  /** Zendesk Suite. */
  | 'ZENDESK_SUITE';

/**
 * Where the credentials of an OAuth 2.0 authorization code grant come from. Models
 * the AWS `AuthorizationCodeGrantCredentialsSource` enum.
 */
export type AuthorizationCodeGrantCredentialsSource =
  /** The client ID and secret were entered directly in the connector. */
  | 'PLAIN_CREDENTIALS'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/** The AWS services this graph reads integrations from. */
export type AwsService =
  /** Amazon Q Business (plugins). */
  | 'QBUSINESS'
  /** Amazon QuickSight (action connectors). */
  | 'QUICKSIGHT'
  /** AWS Security Hub (connectors V2). */
  | 'SECURITYHUB';

/**
 * Settings of a Microsoft Azure cloud security posture (CSPM) integration. Models the
 * AWS `AzureDetail` shape.
 */
export type AzureDetail = {
  __typename: 'AzureDetail';
  /** ARN of the multicloud AWS Config connector that connects to Azure. */
  awsConfigConnectorArn: Maybe<Scalars['String']['output']>;
  /** Azure regions that are monitored. */
  azureRegions: Maybe<Array<Scalars['String']['output']>>;
  /** Which Azure tenant or subscriptions are monitored. */
  scopeConfiguration: Maybe<AzureScopeConfiguration>;
};

/**
 * Which part of Azure a connector monitors: a whole tenant or chosen subscriptions.
 * Models the AWS `AzureScopeConfiguration` shape.
 */
export type AzureScopeConfiguration = {
  __typename: 'AzureScopeConfiguration';
  /** Whether the scope is the whole tenant or a set of subscriptions. */
  scopeType: Maybe<ScopeType>;
  /** The subscription IDs monitored when `scopeType` is `SUBSCRIPTION`. */
  scopeValues: Maybe<Array<Scalars['String']['output']>>;
};

/**
 * The plugin signs in with a user name and password kept in AWS Secrets Manager.
 * Models the AWS `BasicAuthConfiguration` shape.
 */
export type BasicAuthConfiguration = {
  __typename: 'BasicAuthConfiguration';
  /** ARN of the IAM role Q Business assumes to read that secret. */
  roleArn: Scalars['String']['output'];
  /** ARN of the Secrets Manager secret holding the user name and password (the secret's content is never returned). */
  secretArn: Scalars['String']['output'];
};

/** Basic authentication: where the credentials are and which role may read them. */
export type BasicAuthConfigurationInput = {
  /** ARN of the IAM role Q Business assumes to read the secret (at most 1284 characters). */
  roleArn: Scalars['String']['input'];
  /** ARN of the Secrets Manager secret holding the user name and password (at most 1284 characters). */
  secretArn: Scalars['String']['input'];
};

/** Whether a cached answer may be shared between callers (PUBLIC) or belongs to one caller (PRIVATE). */
export type CacheControlScope =
  /** Only the caller's own cache may keep it. */
  | 'PRIVATE'
  /** Any cache may keep it for every caller. */
  | 'PUBLIC';

/**
 * Where the credentials of an OAuth 2.0 client credentials grant come from. Models
 * the AWS `ClientCredentialsSource` enum.
 */
export type ClientCredentialsSource =
  /** The client ID and secret were entered directly in the connector. */
  | 'PLAIN_CREDENTIALS'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/** Authentication method of a QuickSight connection. Models the AWS `ConnectionAuthType` enum. */
export type ConnectionAuthType =
  /** An API key. */
  | 'API_KEY'
  /** User name and password (HTTP basic authentication). */
  | 'BASIC'
  /** An AWS IAM role. */
  | 'IAM'
  /** No authentication. */
  | 'NONE'
  /** OAuth 2.0 authorization code grant (a user signs in and grants access). */
  | 'OAUTH2_AUTHORIZATION_CODE'
  /** OAuth 2.0 client credentials grant (service-to-service). */
  | 'OAUTH2_CLIENT_CREDENTIALS'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/** State of the authorization between a provider and Security Hub. Models the AWS `ConnectorAuthStatus` enum. */
export type ConnectorAuthStatus =
  /** Authorization is in place and working. */
  | 'ACTIVE'
  /** Authorization failed. */
  | 'FAILED'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/** The external system a Security Hub connector V2 sends findings to or reads from. */
export type ConnectorProviderName =
  /** Microsoft Azure. */
  | 'AZURE'
  /** Atlassian Jira Cloud. */
  | 'JIRA_CLOUD'
  /** ServiceNow ITSM. */
  | 'SERVICENOW'
  /** A provider AWS added after this gateway was built (output only). */
  | 'UNRECOGNIZED';

/** Connection status of a Security Hub connector. Models the AWS `ConnectorStatus` enum. */
export type ConnectorStatus =
  /** The connector is connected and working. */
  | 'CONNECTED'
  /** The connector is connected but some functions are failing; see `HealthCheck.issues`. */
  | 'DEGRADED'
  /** Security Hub could not connect to the provider. */
  | 'FAILED_TO_CONNECT'
  /** Waiting for a user to authorize access at the provider (for example the OAuth sign-in for Jira Cloud). */
  | 'PENDING_AUTHORIZATION'
  /** The connector still needs configuration before it can connect. */
  | 'PENDING_CONFIGURATION'
  /** AWS itself does not know the connector's status. This is a real AWS value, different from UNRECOGNIZED. */
  | 'UNKNOWN'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/**
 * An AWS Security Hub connector (V2): the link between Security Hub and a third-party
 * provider (Jira Cloud, ServiceNow ITSM or Microsoft Azure), with its health and
 * provider settings. Models the AWS `GetConnectorV2Response` shape.
 */
export type ConnectorV2 = Integration & {
  __typename: 'ConnectorV2';
  /** The connectorArn. */
  arn: Maybe<Scalars['String']['output']>;
  /** How it authenticates, normalized (see IntegrationAuthKind). */
  authKind: IntegrationAuthKind;
  /** Always the service that holds this resource. */
  awsService: AwsService;
  /** Amazon Resource Name (ARN) of the connector. */
  connectorArn: Maybe<Scalars['String']['output']>;
  /** Identifier (UUID) of the connector. */
  connectorId: Scalars['ID']['output'];
  /** When the connector was created. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Free-text description of the connector. */
  description: Maybe<Scalars['String']['output']>;
  /** Progress of turning the connector on, updating it or removing it. */
  enablementStatus: Maybe<EnablementStatus>;
  /** Extra context for `enablementStatus`, mostly set when it is a failure. */
  enablementStatusReason: Maybe<Scalars['String']['output']>;
  /** Current health of the connection to the provider. */
  health: Maybe<HealthCheck>;
  /** The connectorId. */
  id: Scalars['ID']['output'];
  /** ARN of the AWS KMS key used to encrypt the connector's data, if a customer key is set. */
  kmsKeyArn: Maybe<Scalars['String']['output']>;
  /** When the connector was last changed. */
  lastUpdatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Name of the connector. */
  name: Maybe<Scalars['String']['output']>;
  /** Its state, normalized (see IntegrationStatus). */
  normalizedStatus: IntegrationStatus;
  /** The external system, normalized across services (see IntegrationProvider). */
  provider: IntegrationProvider;
  /** Provider-specific settings and status; the variant tells which provider this is. */
  providerDetail: Maybe<ProviderDetail>;
  /** When it last changed (lastUpdatedAt). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A page of connectors V2, Relay style. */
export type ConnectorV2Connection = {
  __typename: 'ConnectorV2Connection';
  /** The connectors of this page, each with its cursor. */
  edges: Array<ConnectorV2Edge>;
  /** The connectors of this page. */
  nodes: Array<ConnectorV2>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
};

/** One connector V2 of a page and the cursor pointing after it. */
export type ConnectorV2Edge = {
  __typename: 'ConnectorV2Edge';
  /** Pass as `after` to continue after this connector. */
  cursor: Scalars['String']['output'];
  /** The connector. */
  node: ConnectorV2;
};

/** Criteria of ListConnectorsV2; AWS applies them. `UNRECOGNIZED` is output-only and refused here. */
export type ConnectorV2Filter = {
  /** Only connectors whose health has this status. */
  connectorStatus?: InputMaybe<ConnectorStatus>;
  /** Only connectors in this enablement state. */
  enablementStatus?: InputMaybe<EnablementStatus>;
  /** Only connectors to this provider. */
  providerName?: InputMaybe<ConnectorProviderName>;
};

/**
 * The members of the Q Business CreatePlugin request. Input types are named after the AWS shape they carry with the
 * suffix `Input`; an AWS union becomes a `@oneOf` input object.
 */
export type CreatePluginInput = {
  /** The Q Business application that will hold the plugin: 36 characters, letters, digits and hyphens. */
  applicationId: Scalars['ID']['input'];
  /** How the plugin authenticates to its third-party system: exactly one of the four kinds. */
  authConfiguration: PluginAuthConfigurationInput;
  /**
   * Idempotency token, 1-100 characters. Sending the same token with the same input returns the plugin the first call
   * created instead of a second one; the same token with different input is a CONFLICT. When left out, the gateway
   * generates one and returns it in the payload: retry with it if you lost the response.
   */
  clientToken?: InputMaybe<Scalars['String']['input']>;
  /** Configuration of a CUSTOM plugin: required when `type` is CUSTOM. */
  customPluginConfiguration?: InputMaybe<CustomPluginConfigurationInput>;
  /** Name of the plugin: 1-100 characters, starting with a letter or digit, then letters, digits, `_` or `-`. */
  displayName: Scalars['String']['input'];
  /**
   * URL of the third-party instance the plugin connects to (http, https, ftp or file scheme, at most 2048
   * characters, no whitespace). Required for every type except CUSTOM.
   */
  serverUrl?: InputMaybe<Scalars['String']['input']>;
  /** Up to 200 tags to put on the plugin. */
  tags?: InputMaybe<Array<TagInput>>;
  /** The kind of plugin. `UNRECOGNIZED` is output-only and refused here. */
  type: PluginType;
};

/** What createPlugin answers: the CreatePlugin response, the token that made the call idempotent, and the plugin. */
export type CreatePluginPayload = {
  __typename: 'CreatePluginPayload';
  /** Build status AWS reported at creation (normally CREATE_IN_PROGRESS). */
  buildStatus: Maybe<PluginBuildStatus>;
  /** The idempotency token the call used: yours, or the one the gateway generated. Retry with it to get this plugin again. */
  clientToken: Scalars['String']['output'];
  /** The new plugin, read with GetPlugin (through the same per-request loader as the `plugin` query) when selected. */
  plugin: Maybe<Plugin>;
  /** ARN of the new plugin. */
  pluginArn: Maybe<Scalars['String']['output']>;
  /** Identifier of the new plugin. */
  pluginId: Scalars['ID']['output'];
};

/**
 * Settings of a custom plugin: what it does and the OpenAPI schema of the API it
 * calls. Models the AWS `CustomPluginConfiguration` shape.
 */
export type CustomPluginConfiguration = {
  __typename: 'CustomPluginConfiguration';
  /** The API schema itself, either inline or as a pointer to an S3 object. */
  apiSchema: Maybe<APISchema>;
  /** Format of the API schema. */
  apiSchemaType: APISchemaType;
  /** Free-text description of the custom plugin. */
  description: Scalars['String']['output'];
};

/** Configuration of a CUSTOM plugin: its description and its OpenAPI schema. */
export type CustomPluginConfigurationInput = {
  /** The API schema: inline, or an object in Amazon S3. */
  apiSchema?: InputMaybe<APISchemaInput>;
  /** Format of the API schema (OPEN_API_V3). `UNRECOGNIZED` is refused. */
  apiSchemaType: APISchemaType;
  /** What the plugin does, 1-200 characters. */
  description: Scalars['String']['input'];
};

/**
 * Progress of enabling, updating or deleting a Security Hub connector. Models the AWS
 * `EnablementStatus` enum.
 */
export type EnablementStatus =
  /** The connector is enabled. */
  | 'ENABLED'
  /** Deleting the connector failed; see `enablementStatusReason`. */
  | 'FAILED_TO_DELETE'
  /** Enabling the connector failed; see `enablementStatusReason`. */
  | 'FAILED_TO_ENABLE'
  /** Applying a change to the connector failed; see `enablementStatusReason`. */
  | 'FAILED_TO_UPDATE'
  /** The connector is being deleted. */
  | 'PENDING_DELETION'
  /** The connector is being enabled. */
  | 'PENDING_ENABLEMENT'
  /** A change to the connector is being applied. */
  | 'PENDING_UPDATE'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/**
 * The values this gateway puts in `extensions.code` of a GraphQL error. Match on this
 * code, never on the message text. Each value lists the AWS exceptions (by their
 * wire name) that it stands for. It documents the error contract, and
 * `IntegrationSource.errorCode` reports it for a list that failed.
 */
export type ErrorCode =
  /**
   * The caller's AWS identity is not allowed to perform the request.
   * AWS: AccessDeniedException.
   */
  | 'ACCESS_DENIED'
  /**
   * AWS returned an error that this gateway does not model; the message carries the
   * AWS error name.
   */
  | 'AWS_ERROR'
  /**
   * AWS reported a failure on its own side; retrying may help.
   * AWS: InternalServerException, InternalFailureException.
   */
  | 'AWS_INTERNAL_ERROR'
  /**
   * The request clashes with the current state of the resource, for example an
   * operation already in progress or a resource that already exists.
   * AWS: ConflictException, ResourceExistsException.
   */
  | 'CONFLICT'
  /**
   * The operation could cost more than the gateway allows per request: more AWS calls than
   * CONNECTOR_GRAPH_MAX_AWS_CALLS (`extensions.cost: { estimatedAwsCalls, limit }`), more mutation
   * fields than CONNECTOR_GRAPH_MAX_MUTATIONS (`{ mutations, limit }`), fields nested deeper than
   * CONNECTOR_GRAPH_MAX_DEPTH (`{ depth, limit }`) or too many fragments (`{ fragments, limit }`).
   * Refused before execution: no AWS call was made. Ask for less, or split the operation.
   */
  | 'COST_LIMIT_EXCEEDED'
  /**
   * The authenticated caller lacks a scope the field needs (`@requiresScopes`); the
   * field is null and `extensions.requiredScopes` lists the scope sets that would do.
   * No AWS call was made.
   */
  | 'FORBIDDEN'
  /** A bug in this gateway. In production the message is masked. */
  | 'INTERNAL_SERVER_ERROR'
  /**
   * The requested resource (or the application or account that should hold it)
   * does not exist. AWS: ResourceNotFoundException.
   */
  | 'RESOURCE_NOT_FOUND'
  /**
   * An AWS service quota would be exceeded by the request.
   * AWS: ServiceQuotaExceededException.
   */
  | 'SERVICE_QUOTA_EXCEEDED'
  /**
   * AWS is rate-limiting the calls; retry later with backoff.
   * AWS: ThrottlingException.
   */
  | 'THROTTLED'
  /**
   * No valid bearer token: missing, malformed, expired, not yet valid, signed by an
   * unknown key or for another issuer or audience (HTTP 401). Also an STS refusal of
   * the caller's token (`extensions.aws.service` is `sts`). No AWS service call was made.
   */
  | 'UNAUTHENTICATED'
  /** The gateway could not reach AWS: a network failure or a timeout. */
  | 'UPSTREAM_UNAVAILABLE'
  /**
   * AWS rejected an input value (bad format, out of range, unknown token).
   * AWS: ValidationException, InvalidParameterValueException, InvalidNextTokenException.
   */
  | 'VALIDATION_FAILED';

/**
 * Operational status and health of a Security Hub connector. Models the AWS
 * `HealthCheck` shape.
 */
export type HealthCheck = {
  __typename: 'HealthCheck';
  /** Connection status of the connector. */
  connectorStatus: Maybe<ConnectorStatus>;
  /** Specific problems found during the health check, each with a code and a message. */
  issues: Maybe<Array<HealthIssue>>;
  /** When Security Hub last checked the connector's health. */
  lastCheckedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the connector status last changed, in words. */
  message: Maybe<Scalars['String']['output']>;
};

/** One problem found by a connector health check. Models the AWS `HealthIssue` shape. */
export type HealthIssue = {
  __typename: 'HealthIssue';
  /** Code identifying the kind of problem. */
  code: Maybe<HealthIssueCode>;
  /** Human-readable explanation of the problem. */
  message: Maybe<Scalars['String']['output']>;
};

/** Kind of problem found by a connector health check. Models the AWS `HealthIssueCode` enum. */
export type HealthIssueCode =
  /** Security Hub could not authenticate with the provider. */
  | 'AUTHENTICATION_FAILURE'
  /** Discovering the provider's resources failed. */
  | 'DISCOVERY_FAILURE'
  /** No health data is available for the connector yet. */
  | 'NO_HEALTH_DATA'
  /** Recording the provider's data failed. */
  | 'RECORDING_FAILURE'
  /** The data stream from the provider was not authorized. */
  | 'STREAM_AUTHORIZATION_FAILURE'
  /** The data stream from the provider was disconnected. */
  | 'STREAM_DISCONNECTED'
  /** A limit on the provider's data streams was reached. */
  | 'STREAM_LIMIT_EXCEEDED'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/**
 * The plugin authenticates users through an AWS IAM Identity Center application.
 * Models the AWS `IdcAuthConfiguration` shape.
 */
export type IdcAuthConfiguration = {
  __typename: 'IdcAuthConfiguration';
  /** ARN of the IAM Identity Center application used for authentication. */
  idcApplicationArn: Scalars['String']['output'];
  /** ARN of the IAM role that lets Q Business act on AWS services on your behalf. */
  roleArn: Scalars['String']['output'];
};

/** IAM Identity Center authentication: the Identity Center application and the role Q Business assumes. */
export type IdcAuthConfigurationInput = {
  /** ARN of the IAM Identity Center application (`arn:aws:sso::<account>:application/ssoins-.../apl-...`). */
  idcApplicationArn: Scalars['String']['input'];
  /** ARN of the IAM role Q Business assumes. */
  roleArn: Scalars['String']['input'];
};

/**
 * The cross-service view: every integration with an external system, whichever AWS service holds it. Plugin,
 * ActionConnector and ConnectorV2 implement it with their shared facts, normalized; select the type-specific fields
 * with `... on Plugin { ... }`.
 */
export type Integration = {
  /** The resource's ARN (for a plugin listed from a summary, read with GetPlugin when selected). */
  arn: Maybe<Scalars['String']['output']>;
  /**
   * How it authenticates to the external system, from its auth union (plugins, connectors V2) or authentication type
   * (action connectors). For plugins and action connectors listed from summaries this reads the resource in full.
   */
  authKind: IntegrationAuthKind;
  /** The AWS service that holds the integration. */
  awsService: AwsService;
  /** When it was created. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** The resource's own identifier in its service: pluginId, actionConnectorId or connectorId. */
  id: Scalars['ID']['output'];
  /** The resource's name: a plugin's displayName, a connector's name. */
  name: Maybe<Scalars['String']['output']>;
  /** Its state, normalized across the services (mapping table on IntegrationStatus). */
  normalizedStatus: IntegrationStatus;
  /** The external system it connects to, one value across the three services (mapping table on IntegrationProvider). */
  provider: IntegrationProvider;
  /** When it last changed (for a connector V2 listed from a summary, read with GetConnectorV2 when selected). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/**
 * How an integration authenticates to the external system:
 *
 * | IntegrationAuthKind | Q Business plugin authConfiguration | QuickSight authenticationType | Security Hub providerDetail |
 * |---|---|---|---|
 * | BASIC | BasicAuthConfiguration | BASIC | |
 * | API_KEY | | API_KEY | |
 * | OAUTH2_CLIENT_CREDENTIALS | OAuth2ClientCredentialConfiguration | OAUTH2_CLIENT_CREDENTIALS | |
 * | OAUTH2_AUTHORIZATION_CODE | | OAUTH2_AUTHORIZATION_CODE | JiraCloudDetail |
 * | IAM | | IAM | AzureDetail (through an AWS Config connector) |
 * | IAM_IDENTITY_CENTER | IdcAuthConfiguration | | |
 * | SECRETS_MANAGER_SECRET | | | ServiceNowDetail |
 * | NONE | NoAuthConfiguration | NONE | |
 * | UNRECOGNIZED | a variant added after this gateway was built | same | same |
 */
export type IntegrationAuthKind =
  /** An API key. */
  | 'API_KEY'
  /** User name and password. */
  | 'BASIC'
  /** An AWS IAM role (or, for Azure, the AWS Config connector's access). */
  | 'IAM'
  /** AWS IAM Identity Center (trusted identity propagation). */
  | 'IAM_IDENTITY_CENTER'
  /** No authentication. */
  | 'NONE'
  /** OAuth 2.0 authorization code grant (a user authorizes the connection). */
  | 'OAUTH2_AUTHORIZATION_CODE'
  /** OAuth 2.0 client credentials grant. */
  | 'OAUTH2_CLIENT_CREDENTIALS'
  /** Credentials stored in an AWS Secrets Manager secret. */
  | 'SECRETS_MANAGER_SECRET'
  /** An authentication variant added after this gateway was built. */
  | 'UNRECOGNIZED';

/** A page of integrations, Relay style. */
export type IntegrationConnection = {
  __typename: 'IntegrationConnection';
  /** The integrations of this page, each with its cursor. */
  edges: Array<IntegrationEdge>;
  /** The integrations of this page (the edges' nodes). */
  nodes: Array<Integration>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** The AWS lists this query read, with what each contributed or why it could not. */
  sources: Array<IntegrationSource>;
};

/** One integration and the cursor pointing after it. */
export type IntegrationEdge = {
  __typename: 'IntegrationEdge';
  /** Pass as `after` to continue after this integration. */
  cursor: Scalars['String']['output'];
  /** The integration. */
  node: Integration;
};

/**
 * The external system an integration connects to. Mapping from each service's own type
 * (Q Business `PluginType`, QuickSight `ActionConnectorType`, Security Hub `ConnectorProviderName`):
 *
 * | IntegrationProvider | Q Business PluginType | QuickSight ActionConnectorType | Security Hub ConnectorProviderName |
 * |---|---|---|---|
 * | JIRA | JIRA, JIRA_CLOUD | JIRA_CLOUD | JIRA_CLOUD |
 * | SERVICENOW | SERVICE_NOW, SERVICENOW_NOW_PLATFORM | SERVICENOW_NOW_PLATFORM | SERVICENOW |
 * | SALESFORCE | SALESFORCE, SALESFORCE_CRM | SALESFORCE_CRM | |
 * | ZENDESK | ZENDESK, ZENDESK_SUITE | ZENDESK_SUITE | |
 * | CONFLUENCE | ATLASSIAN_CONFLUENCE | ATLASSIAN_CONFLUENCE | |
 * | MICROSOFT_TEAMS | MICROSOFT_TEAMS | MICROSOFT_TEAMS | |
 * | MICROSOFT_EXCHANGE | MICROSOFT_EXCHANGE | | |
 * | MICROSOFT_OUTLOOK | | MICROSOFT_OUTLOOK | |
 * | MICROSOFT_ONEDRIVE | | MICROSOFT_ONEDRIVE | |
 * | MICROSOFT_SHAREPOINT | | MICROSOFT_SHAREPOINT | |
 * | PAGERDUTY | PAGERDUTY_ADVANCE | PAGERDUTY_ADVANCE | |
 * | SMARTSHEET | SMARTSHEET | SMARTSHEET | |
 * | ASANA | ASANA | ASANA | |
 * | GOOGLE_CALENDAR | GOOGLE_CALENDAR | | |
 * | SLACK | | SLACK | |
 * | BAMBOO_HR | | BAMBOO_HR | |
 * | SAP | | SAP_BUSINESSPARTNER, SAP_PRODUCTMASTERDATA, SAP_PHYSICALINVENTORY, SAP_BILLOFMATERIALS, SAP_MATERIALSTOCK | |
 * | AMAZON_QUICKSIGHT | QUICKSIGHT | | |
 * | AMAZON_S3 | | AMAZON_S3 | |
 * | AMAZON_BEDROCK | | AMAZON_BEDROCK_AGENT_RUNTIME, AMAZON_BEDROCK_RUNTIME, AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME | |
 * | AMAZON_TEXTRACT | | AMAZON_TEXTRACT | |
 * | AMAZON_COMPREHEND | | AMAZON_COMPREHEND, AMAZON_COMPREHEND_MEDICAL | |
 * | AZURE | | | AZURE |
 * | CUSTOM | CUSTOM | GENERIC_HTTP | |
 * | UNRECOGNIZED | a value added after this gateway was built | same | same |
 */
export type IntegrationProvider =
  /** Amazon Bedrock (agent runtime, model runtime, data automation). */
  | 'AMAZON_BEDROCK'
  /** Amazon Comprehend and Comprehend Medical. */
  | 'AMAZON_COMPREHEND'
  /** Amazon QuickSight (as a Q Business plugin). */
  | 'AMAZON_QUICKSIGHT'
  /** Amazon S3. */
  | 'AMAZON_S3'
  /** Amazon Textract. */
  | 'AMAZON_TEXTRACT'
  /** Asana. */
  | 'ASANA'
  /** Microsoft Azure (Security Hub cloud posture connector). */
  | 'AZURE'
  /** BambooHR. */
  | 'BAMBOO_HR'
  /** Atlassian Confluence. */
  | 'CONFLUENCE'
  /** A custom integration: a Q Business CUSTOM plugin (OpenAPI) or a QuickSight generic HTTP connector. */
  | 'CUSTOM'
  /** Google Calendar. */
  | 'GOOGLE_CALENDAR'
  /** Atlassian Jira (Cloud or Server). */
  | 'JIRA'
  /** Microsoft Exchange. */
  | 'MICROSOFT_EXCHANGE'
  /** Microsoft OneDrive. */
  | 'MICROSOFT_ONEDRIVE'
  /** Microsoft Outlook. */
  | 'MICROSOFT_OUTLOOK'
  /** Microsoft SharePoint. */
  | 'MICROSOFT_SHAREPOINT'
  /** Microsoft Teams. */
  | 'MICROSOFT_TEAMS'
  /** PagerDuty. */
  | 'PAGERDUTY'
  /** Salesforce. */
  | 'SALESFORCE'
  /** SAP (business partner, product master data, physical inventory, bills of material, material stock). */
  | 'SAP'
  /** ServiceNow. */
  | 'SERVICENOW'
  /** Slack. */
  | 'SLACK'
  /** Smartsheet. */
  | 'SMARTSHEET'
  /** A type AWS added after this gateway was built; the service-specific type field holds UNRECOGNIZED too. */
  | 'UNRECOGNIZED'
  /** Zendesk. */
  | 'ZENDESK';

/** One AWS list an integrations query read. */
export type IntegrationSource = {
  __typename: 'IntegrationSource';
  /** The service the list belongs to. */
  awsService: AwsService;
  /** The error code of the failure, when `ok` is false. */
  errorCode: Maybe<ErrorCode>;
  /** True when AWS answered; false when the list failed (its error is in the response's errors). */
  ok: Scalars['Boolean']['output'];
  /** What was listed: an application id (Q Business), an account id (QuickSight) or a region (Security Hub). */
  scope: Scalars['String']['output'];
  /**
   * True when the list may hold more than was read: the query's bound for this service (CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS
   * items for all of the service's lists together, and the pages that allows) was reached before the list ended. Its
   * items so far are included; a list not read at all because the bound was already reached has none.
   */
  truncated: Scalars['Boolean']['output'];
};

/**
 * An integration's state, normalized:
 *
 * | IntegrationStatus | Q Business plugin | QuickSight action connector `status` | Security Hub connector V2 |
 * |---|---|---|---|
 * | ACTIVE | state ENABLED and buildStatus READY | CREATION_SUCCESSFUL, UPDATE_SUCCESSFUL | health CONNECTED (unless enablement FAILED_TO_UPDATE: DEGRADED) |
 * | PENDING | CREATE_IN_PROGRESS, UPDATE_IN_PROGRESS | CREATION_IN_PROGRESS, UPDATE_IN_PROGRESS | PENDING_CONFIGURATION, PENDING_AUTHORIZATION; enablement PENDING_ENABLEMENT |
 * | DEGRADED | | | health DEGRADED; health CONNECTED with enablement FAILED_TO_UPDATE |
 * | FAILED | CREATE_FAILED, UPDATE_FAILED, DELETE_FAILED | CREATION_FAILED, UPDATE_FAILED | FAILED_TO_CONNECT; enablement FAILED_TO_ENABLE, FAILED_TO_DELETE |
 * | DISABLED | state DISABLED (whatever its build status) | | |
 * | DELETING | DELETE_IN_PROGRESS | | enablement PENDING_DELETION |
 * | DELETED | | DELETED | |
 * | UNKNOWN | no status, or a value added after this gateway was built | same | health UNKNOWN, or no health |
 *
 * For Security Hub, enablement FAILED_TO_ENABLE, FAILED_TO_DELETE, PENDING_DELETION and PENDING_ENABLEMENT win over
 * health; during a pending or failed update the connector runs on its previous configuration, so health decides.
 */
export type IntegrationStatus =
  /** Working. */
  | 'ACTIVE'
  /** Working with problems. */
  | 'DEGRADED'
  /** Deleted. */
  | 'DELETED'
  /** Being deleted. */
  | 'DELETING'
  /** Turned off. */
  | 'DISABLED'
  /** Creation, update, deletion or connection failed. */
  | 'FAILED'
  /** Being created, updated or authorized. */
  | 'PENDING'
  /** Not known. */
  | 'UNKNOWN';

/** Settings and status of a Jira Cloud integration. Models the AWS `JiraCloudDetail` shape. */
export type JiraCloudDetail = {
  __typename: 'JiraCloudDetail';
  /** Whether the authorization between Jira Cloud and Security Hub is working. */
  authStatus: Maybe<ConnectorAuthStatus>;
  /** URL where a user completes the OAuth sign-in that authorizes the connector. */
  authUrl: Maybe<Scalars['String']['output']>;
  /** Identifier of the Jira Cloud site. */
  cloudId: Maybe<Scalars['String']['output']>;
  /** Domain (URL) of the Jira Cloud instance. */
  domain: Maybe<Scalars['String']['output']>;
  /** Key of the Jira project that receives issues. */
  projectKey: Maybe<Scalars['String']['output']>;
};

/**
 * The operations that change AWS resources. Each service file adds its mutations with `extend type Mutation`.
 * Mutations follow the same error contract as queries.
 */
export type Mutation = {
  __typename: 'Mutation';
  /**
   * Creates an Amazon Q Business plugin (CreatePlugin). The gateway checks every documented constraint before calling
   * AWS and answers all violations at once (`VALIDATION_FAILED`, `extensions.fieldErrors` with paths such as
   * `input.displayName`). The call is idempotent: it always carries a client token (yours, or one the gateway
   * generates and returns), so the SDK's automatic retries, and a retry of yours with the returned token, never create
   * a second plugin. The new plugin starts in build status `CREATE_IN_PROGRESS`.
   * Nullable on purpose: when this call fails the field is null with its error on its own path (usually an alias),
   * so other createPlugin fields of the same mutation that succeeded still return their new plugin ids.
   */
  createPlugin: Maybe<CreatePluginPayload>;
};


/**
 * The operations that change AWS resources. Each service file adds its mutations with `extend type Mutation`.
 * Mutations follow the same error contract as queries.
 */
export type MutationcreatePluginArgs = {
  input: CreatePluginInput;
};

/**
 * The plugin calls its service without any authentication. AWS sends this variant with
 * no data; the single field exists because GraphQL object types need one. Models the
 * AWS `NoAuthConfiguration` shape.
 */
export type NoAuthConfiguration = {
  __typename: 'NoAuthConfiguration';
  /** Always false: this variant means the plugin needs no authentication. */
  authenticationRequired: Scalars['Boolean']['output'];
};

/**
 * The plugin uses OAuth 2.0, with the client credentials or token kept in AWS Secrets
 * Manager. Models the AWS `OAuth2ClientCredentialConfiguration` shape.
 */
export type OAuth2ClientCredentialConfiguration = {
  __typename: 'OAuth2ClientCredentialConfiguration';
  /** URL of the third-party authorization server where a plugin user is sent to sign in and grant access. */
  authorizationUrl: Maybe<Scalars['String']['output']>;
  /** ARN of the IAM role Q Business assumes to read that secret. */
  roleArn: Scalars['String']['output'];
  /** ARN of the Secrets Manager secret holding the OAuth 2.0 credentials (the secret's content is never returned). */
  secretArn: Scalars['String']['output'];
  /** URL where Q Business exchanges the user's authorization code for an access token. */
  tokenUrl: Maybe<Scalars['String']['output']>;
};

/** OAuth 2.0 client credentials: where the client credentials are, which role may read them, and the OAuth endpoints. */
export type OAuth2ClientCredentialConfigurationInput = {
  /** The provider's authorization endpoint (a URL, at most 2048 characters). */
  authorizationUrl?: InputMaybe<Scalars['String']['input']>;
  /** ARN of the IAM role Q Business assumes to read the secret. */
  roleArn: Scalars['String']['input'];
  /** ARN of the Secrets Manager secret holding the client id and secret. */
  secretArn: Scalars['String']['input'];
  /** The provider's token endpoint (a URL, at most 2048 characters). */
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Where a page is in its list, as the Relay connection specification defines it (Apollo Client's and urql's
 * pagination helpers read it). Lists here page forwards only: pass `endCursor` as `after` while `hasNextPage`.
 */
export type PageInfo = {
  __typename: 'PageInfo';
  /** Cursor of the last item of the page: pass it as `after` for the next page (null for an empty page). */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: these lists page forwards only. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page (null for an empty page). */
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * An Amazon Q Business plugin: a connection that lets the Q Business assistant call a
 * third-party service (a built-in integration such as Jira or ServiceNow, or a custom
 * plugin described by an OpenAPI schema). Models the AWS `GetPluginResponse` shape.
 */
export type Plugin = Integration & {
  __typename: 'Plugin';
  /** Identifier of the Amazon Q Business application the plugin belongs to. */
  applicationId: Scalars['ID']['output'];
  /** The pluginArn. */
  arn: Maybe<Scalars['String']['output']>;
  /** How the plugin authenticates against the third-party service. Secrets themselves are never returned, only references to them. */
  authConfiguration: Maybe<PluginAuthConfiguration>;
  /** How it authenticates, normalized (see IntegrationAuthKind). */
  authKind: IntegrationAuthKind;
  /** Always the service that holds this resource. */
  awsService: AwsService;
  /** Progress of the asynchronous create, update or delete of the plugin. */
  buildStatus: Maybe<PluginBuildStatus>;
  /** When the plugin was created. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Settings that only custom plugins have (description and OpenAPI schema); null for built-in plugins. */
  customPluginConfiguration: Maybe<CustomPluginConfiguration>;
  /** Human-readable name of the plugin. */
  displayName: Maybe<Scalars['String']['output']>;
  /** The pluginId. */
  id: Scalars['ID']['output'];
  /** The displayName. */
  name: Maybe<Scalars['String']['output']>;
  /** Its state, normalized (see IntegrationStatus). */
  normalizedStatus: IntegrationStatus;
  /** Amazon Resource Name (ARN) of the plugin. */
  pluginArn: Maybe<Scalars['String']['output']>;
  /** Identifier of the plugin. */
  pluginId: Scalars['ID']['output'];
  /** The external system, normalized across services (see IntegrationProvider). */
  provider: IntegrationProvider;
  /** Base URL of the third-party service the plugin talks to. */
  serverUrl: Maybe<Scalars['String']['output']>;
  /** Whether the plugin is switched on for end users. */
  state: Maybe<PluginState>;
  /** Which integration the plugin implements (a built-in service or `CUSTOM`). */
  type: Maybe<PluginType>;
  /** When the plugin was last changed. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/**
 * How a Q Business plugin authenticates against its third-party service; exactly one
 * variant is returned. Models the AWS `PluginAuthConfiguration` union.
 */
export type PluginAuthConfiguration = BasicAuthConfiguration | IdcAuthConfiguration | NoAuthConfiguration | OAuth2ClientCredentialConfiguration | PluginAuthConfigurationUnknown;

/** Plugin authentication for CreatePlugin: set exactly one field. */
export type PluginAuthConfigurationInput =
  /** Basic authentication with credentials kept in AWS Secrets Manager. */
  { basicAuthConfiguration: BasicAuthConfigurationInput; idcAuthConfiguration?: never; noAuthConfiguration?: never; oAuth2ClientCredentialConfiguration?: never; }
  |  /** Authentication through AWS IAM Identity Center (trusted token propagation). */
  { basicAuthConfiguration?: never; idcAuthConfiguration: IdcAuthConfigurationInput; noAuthConfiguration?: never; oAuth2ClientCredentialConfiguration?: never; }
  |  /** No authentication: set to `true`. */
  { basicAuthConfiguration?: never; idcAuthConfiguration?: never; noAuthConfiguration: Scalars['Boolean']['input']; oAuth2ClientCredentialConfiguration?: never; }
  |  /** OAuth 2.0 client credentials grant, with the client credentials kept in AWS Secrets Manager. */
  { basicAuthConfiguration?: never; idcAuthConfiguration?: never; noAuthConfiguration?: never; oAuth2ClientCredentialConfiguration: OAuth2ClientCredentialConfigurationInput; };

/**
 * A `PluginAuthConfiguration` variant that AWS added after this gateway was built.
 * Only its wire name is known.
 */
export type PluginAuthConfigurationUnknown = UnknownUnionMember & {
  __typename: 'PluginAuthConfigurationUnknown';
  /** The name AWS uses on the wire for the unrecognised variant. */
  memberName: Scalars['String']['output'];
};

/**
 * Progress of the asynchronous work Q Business does when a plugin is created, updated
 * or deleted. Models the AWS `PluginBuildStatus` enum.
 */
export type PluginBuildStatus =
  /** Creating the plugin failed. */
  | 'CREATE_FAILED'
  /** The plugin is being created. */
  | 'CREATE_IN_PROGRESS'
  /** Deleting the plugin failed. */
  | 'DELETE_FAILED'
  /** The plugin is being deleted. */
  | 'DELETE_IN_PROGRESS'
  /** The plugin is built and can be used. */
  | 'READY'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED'
  /** Applying a change to the plugin failed. */
  | 'UPDATE_FAILED'
  /** A change to the plugin is being applied. */
  | 'UPDATE_IN_PROGRESS';

/** A page of plugins, Relay style. */
export type PluginConnection = {
  __typename: 'PluginConnection';
  /** The plugins of this page, each with its cursor. */
  edges: Array<PluginEdge>;
  /** The plugins of this page. */
  nodes: Array<Plugin>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
};

/** One plugin of a page and the cursor pointing after it. */
export type PluginEdge = {
  __typename: 'PluginEdge';
  /** Pass as `after` to continue after this plugin. */
  cursor: Scalars['String']['output'];
  /** The plugin. */
  node: Plugin;
};

/** Whether a Q Business plugin is switched on. Models the AWS `PluginState` enum. */
export type PluginState =
  /** The plugin is switched off. */
  | 'DISABLED'
  /** The plugin is active and available to users. */
  | 'ENABLED'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/**
 * Which third-party service a Q Business plugin integrates with. Models the AWS
 * `PluginType` enum.
 */
export type PluginType =
  /** Built-in plugin for Asana. */
  | 'ASANA'
  /** Built-in plugin for Atlassian Confluence. */
  | 'ATLASSIAN_CONFLUENCE'
  /** A custom plugin defined by your own OpenAPI schema (see `customPluginConfiguration`). */
  | 'CUSTOM'
  /** Built-in plugin for Google Calendar. */
  | 'GOOGLE_CALENDAR'
  /** Built-in plugin for Jira. */
  | 'JIRA'
  /** Built-in plugin for Jira Cloud. */
  | 'JIRA_CLOUD'
  /** Built-in plugin for Microsoft Exchange. */
  | 'MICROSOFT_EXCHANGE'
  /** Built-in plugin for Microsoft Teams. */
  | 'MICROSOFT_TEAMS'
  /** Built-in plugin for PagerDuty Advance. */
  | 'PAGERDUTY_ADVANCE'
  /** Built-in plugin for Amazon QuickSight. */
  | 'QUICKSIGHT'
  /** Built-in plugin for Salesforce. */
  | 'SALESFORCE'
  /** Built-in plugin for Salesforce CRM. */
  | 'SALESFORCE_CRM'
  /** Built-in plugin for the ServiceNow Now Platform. */
  | 'SERVICENOW_NOW_PLATFORM'
  /** Built-in plugin for ServiceNow. */
  | 'SERVICE_NOW'
  /** Built-in plugin for Smartsheet. */
  | 'SMARTSHEET'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED'
  /** Built-in plugin for Zendesk. */
  | 'ZENDESK'
  /** Built-in plugin for the Zendesk Suite. */
  | 'ZENDESK_SUITE';

/**
 * Provider-specific settings and status of a Security Hub connector; exactly one
 * variant is returned. Models the AWS `ProviderDetail` union.
 */
export type ProviderDetail = AzureDetail | JiraCloudDetail | ProviderDetailUnknown | ServiceNowDetail;

/**
 * A `ProviderDetail` variant that AWS added after this gateway was built. Only its
 * wire name is known.
 */
export type ProviderDetailUnknown = UnknownUnionMember & {
  __typename: 'ProviderDetailUnknown';
  /** The name AWS uses on the wire for the unrecognised variant. */
  memberName: Scalars['String']['output'];
};

/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type Query = {
  __typename: 'Query';
  /**
   * One Amazon QuickSight action connector, looked up by account and connector
   * identifier (AWS DescribeActionConnector). If the connector does not exist the
   * field is null and the response carries an error with code `RESOURCE_NOT_FOUND`.
   */
  actionConnector: Maybe<ActionConnector>;
  /**
   * The action connectors of an AWS account in Amazon QuickSight (ListActionConnectors), a page at a time. Nodes carry
   * the fields of the list summary; fields it lacks (description, authenticationConfig, enabledActions,
   * vpcConnectionArn, authKind) are read with DescribeActionConnector, through the request's loader, only when selected.
   * Nullable on purpose: when ListActionConnectors fails (an account without access, throttled) this field is null
   * and its error sits on its own path, while the other fields of the request still arrive.
   */
  actionConnectors: Maybe<ActionConnectorConnection>;
  /**
   * One AWS Security Hub connector (V2), looked up by its identifier (AWS
   * GetConnectorV2). If the connector does not exist the field is null and the
   * response carries an error with code `RESOURCE_NOT_FOUND`.
   */
  connectorV2: Maybe<ConnectorV2>;
  /**
   * The connectors V2 of AWS Security Hub in the gateway's account and region (ListConnectorsV2), a page at a time,
   * optionally filtered. Nodes carry the fields of the list summary; fields it lacks (kmsKeyArn, lastUpdatedAt,
   * updatedAt, health) are read with GetConnectorV2, through the request's loader, only when selected.
   * Nullable on purpose: when ListConnectorsV2 fails (access denied, throttled) this field is null and its error sits
   * on its own path, while the other fields of the request still arrive.
   */
  connectorsV2: Maybe<ConnectorV2Connection>;
  /**
   * Every integration the caller can see, across the three services, in one list: Q Business plugins of
   * `applicationIds`, QuickSight action connectors of `awsAccountIds`, and Security Hub connectors V2 of the
   * gateway's account and region. The lists are read concurrently; the result is ordered by service, then name, then
   * id, and pages stably (a cursor points after an item, so items added or removed elsewhere do not shift a page).
   * A service whose list fails (throttled, access denied...) does not fail the others: its error is in `errors`,
   * following the error contract, with path `["integrations"]`, and `sources` says which lists were read.
   * Nullable on purpose: when the request itself is refused (a bad cursor or argument) this field is null with its
   * error on its own path, while the other fields of the request still arrive.
   */
  integrations: Maybe<IntegrationConnection>;
  /**
   * One Amazon Q Business plugin, looked up by its application and plugin
   * identifiers (AWS GetPlugin). If the plugin does not exist the field is null and
   * the response carries an error with code `RESOURCE_NOT_FOUND`.
   */
  plugin: Maybe<Plugin>;
  /**
   * The plugins of an Amazon Q Business application (ListPlugins), a page at a time. Nodes carry the fields of the
   * list summary; fields it lacks (authConfiguration, customPluginConfiguration, pluginArn, arn, authKind) are read
   * with GetPlugin, through the request's loader, only when selected.
   * Nullable on purpose: when ListPlugins fails (unknown application, access denied, throttled) this field is null and
   * its error sits on its own path, while the other fields of the request still arrive.
   */
  plugins: Maybe<PluginConnection>;
};


/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type QueryactionConnectorArgs = {
  actionConnectorId: Scalars['ID']['input'];
  awsAccountId: Scalars['ID']['input'];
};


/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type QueryactionConnectorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  awsAccountId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type QueryconnectorV2Args = {
  connectorId: Scalars['ID']['input'];
};


/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type QueryconnectorsV2Args = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ConnectorV2Filter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type QueryintegrationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  applicationIds: InputMaybe<Array<Scalars['ID']['input']>>;
  awsAccountIds: InputMaybe<Array<Scalars['ID']['input']>>;
  first: InputMaybe<Scalars['Int']['input']>;
  provider: InputMaybe<IntegrationProvider>;
  services: InputMaybe<Array<AwsService>>;
};


/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type QuerypluginArgs = {
  applicationId: Scalars['ID']['input'];
  pluginId: Scalars['ID']['input'];
};


/**
 * Read-only entry point to third-party integration connectors in three AWS services:
 * Amazon Q Business plugins, Amazon QuickSight action connectors and AWS Security Hub
 * connectors (V2).
 *
 * Naming rules, applied the same way everywhere in this schema:
 *
 * - **Types** carry the exact name of the AWS API shape they model (for example
 *   `BasicAuthConfiguration`, `ReadAuthConfig`, `HealthCheck`, `S3`), so the AWS API
 *   reference can be searched by type name. The exceptions are the three resource
 *   types, named after the resource: `Plugin` (Q Business `GetPluginResponse`),
 *   `ActionConnector` (QuickSight `ActionConnector`) and `ConnectorV2` (Security Hub
 *   `GetConnectorV2Response`).
 * - **Types with no AWS shape of their own** are named after their union:
 *   `<Union>Unknown` is the fallback for a variant AWS added after this gateway was
 *   built (it implements `UnknownUnionMember`), and `<Union><Member>` wraps a union
 *   variant that is a plain value rather than a structure (for example
 *   `APISchemaPayload`).
 * - **Fields** carry the AWS member name in lowerCamelCase, with a leading acronym
 *   lowered as a whole: `Arn` becomes `arn`, `VpcConnectionArn` becomes
 *   `vpcConnectionArn`, `AWSConfigConnectorArn` becomes `awsConfigConnectorArn`.
 *   Nested AWS structures are object types; AWS unions are GraphQL unions.
 * - **Enums** have every value of the AWS enum plus `UNRECOGNIZED`, returned when AWS
 *   sends a value added after this gateway was built.
 * - **Nullability**: a field is non-null only where AWS guarantees a value (the member
 *   is required and not marked client-optional) and for the identifiers the query was
 *   called with. Identifiers are `ID`; ARNs and other text are `String`; timestamps
 *   are `DateTime`.
 * - **Errors** carry one of the `ErrorCode` values in `extensions.code`.
 */
export type QuerypluginsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  applicationId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Settings of an API key connection; the key itself is never returned. Models the
 * AWS `ReadAPIKeyConnectionMetadata` shape.
 */
export type ReadAPIKeyConnectionMetadata = {
  __typename: 'ReadAPIKeyConnectionMetadata';
  /** Base URL of the external service's API. */
  baseEndpoint: Scalars['String']['output'];
  /** Email address tied to the API key, if the service needs one. Sensitive: AWS flags this value as sensitive, so do not log it. */
  email: Maybe<Scalars['String']['output']>;
};

/**
 * Read-only view of how an action connector authenticates. Secrets (passwords, API
 * keys, client secrets) are left out by AWS. Models the AWS `ReadAuthConfig` shape.
 */
export type ReadAuthConfig = {
  __typename: 'ReadAuthConfig';
  /** Non-secret settings of the authentication method. */
  authenticationMetadata: ReadAuthenticationMetadata;
  /** The authentication method in use; tells which `authenticationMetadata` variant to expect. */
  authenticationType: ConnectionAuthType;
};

/**
 * Non-secret settings of an action connector's authentication method; exactly one
 * variant is returned, matching `ReadAuthConfig.authenticationType`. Models the AWS
 * `ReadAuthenticationMetadata` union.
 */
export type ReadAuthenticationMetadata = ReadAPIKeyConnectionMetadata | ReadAuthenticationMetadataUnknown | ReadAuthorizationCodeGrantMetadata | ReadBasicAuthConnectionMetadata | ReadClientCredentialsGrantMetadata | ReadIamConnectionMetadata | ReadNoneConnectionMetadata;

/**
 * A `ReadAuthenticationMetadata` variant that AWS added after this gateway was built.
 * Only its wire name is known.
 */
export type ReadAuthenticationMetadataUnknown = UnknownUnionMember & {
  __typename: 'ReadAuthenticationMetadataUnknown';
  /** The name AWS uses on the wire for the unrecognised variant. */
  memberName: Scalars['String']['output'];
};

/**
 * OAuth 2.0 client settings of an authorization code grant connection, without
 * secrets. Models the AWS `ReadAuthorizationCodeGrantCredentialsDetails` union.
 */
export type ReadAuthorizationCodeGrantCredentialsDetails = ReadAuthorizationCodeGrantCredentialsDetailsUnknown | ReadAuthorizationCodeGrantDetails;

/**
 * A `ReadAuthorizationCodeGrantCredentialsDetails` variant that AWS added after this
 * gateway was built. Only its wire name is known.
 */
export type ReadAuthorizationCodeGrantCredentialsDetailsUnknown = UnknownUnionMember & {
  __typename: 'ReadAuthorizationCodeGrantCredentialsDetailsUnknown';
  /** The name AWS uses on the wire for the unrecognised variant. */
  memberName: Scalars['String']['output'];
};

/**
 * Client ID and endpoints of an OAuth 2.0 authorization code grant. Models the AWS
 * `ReadAuthorizationCodeGrantDetails` shape.
 */
export type ReadAuthorizationCodeGrantDetails = {
  __typename: 'ReadAuthorizationCodeGrantDetails';
  /** Authorization server URL where the user signs in and an authorization code is issued. */
  authorizationEndpoint: Scalars['String']['output'];
  /** OAuth 2.0 client ID registered with the external service. */
  clientId: Scalars['String']['output'];
  /** Authorization server URL where access tokens are obtained. */
  tokenEndpoint: Scalars['String']['output'];
};

/**
 * Settings of an OAuth 2.0 authorization code grant connection, without secrets.
 * Models the AWS `ReadAuthorizationCodeGrantMetadata` shape.
 */
export type ReadAuthorizationCodeGrantMetadata = {
  __typename: 'ReadAuthorizationCodeGrantMetadata';
  /** Where the OAuth 2.0 client credentials come from. */
  authorizationCodeGrantCredentialsSource: Maybe<AuthorizationCodeGrantCredentialsSource>;
  /** Base URL of the external service's API. */
  baseEndpoint: Scalars['String']['output'];
  /** OAuth 2.0 client settings (client ID and endpoints), without the client secret. */
  readAuthorizationCodeGrantCredentialsDetails: Maybe<ReadAuthorizationCodeGrantCredentialsDetails>;
  /** URL the authorization server sends the user back to after they grant access. */
  redirectUrl: Scalars['String']['output'];
};

/**
 * Settings of a basic authentication (user name and password) connection; the
 * password is never returned. Models the AWS `ReadBasicAuthConnectionMetadata` shape.
 */
export type ReadBasicAuthConnectionMetadata = {
  __typename: 'ReadBasicAuthConnectionMetadata';
  /** Base URL of the external service's API. */
  baseEndpoint: Scalars['String']['output'];
  /** User name used to sign in. Sensitive: AWS flags this value as sensitive, so do not log it. */
  username: Scalars['String']['output'];
};

/**
 * OAuth 2.0 client settings of a client credentials grant connection, without
 * secrets. Models the AWS `ReadClientCredentialsDetails` union.
 */
export type ReadClientCredentialsDetails = ReadClientCredentialsDetailsUnknown | ReadClientCredentialsGrantDetails;

/**
 * A `ReadClientCredentialsDetails` variant that AWS added after this gateway was
 * built. Only its wire name is known.
 */
export type ReadClientCredentialsDetailsUnknown = UnknownUnionMember & {
  __typename: 'ReadClientCredentialsDetailsUnknown';
  /** The name AWS uses on the wire for the unrecognised variant. */
  memberName: Scalars['String']['output'];
};

/**
 * Client ID and token endpoint of an OAuth 2.0 client credentials grant. Models the
 * AWS `ReadClientCredentialsGrantDetails` shape.
 */
export type ReadClientCredentialsGrantDetails = {
  __typename: 'ReadClientCredentialsGrantDetails';
  /** OAuth 2.0 client ID registered with the external service. */
  clientId: Scalars['String']['output'];
  /** Authorization server URL where access tokens are obtained. */
  tokenEndpoint: Scalars['String']['output'];
};

/**
 * Settings of an OAuth 2.0 client credentials grant connection, without secrets.
 * Models the AWS `ReadClientCredentialsGrantMetadata` shape.
 */
export type ReadClientCredentialsGrantMetadata = {
  __typename: 'ReadClientCredentialsGrantMetadata';
  /** Base URL of the external service's API. */
  baseEndpoint: Scalars['String']['output'];
  /** Where the OAuth 2.0 client credentials come from. */
  clientCredentialsSource: Maybe<ClientCredentialsSource>;
  /** OAuth 2.0 client settings (client ID and token endpoint), without the client secret. */
  readClientCredentialsDetails: Maybe<ReadClientCredentialsDetails>;
};

/**
 * Settings of a connection that authenticates with an AWS IAM role. Models the AWS
 * `ReadIamConnectionMetadata` shape.
 */
export type ReadIamConnectionMetadata = {
  __typename: 'ReadIamConnectionMetadata';
  /** ARN of the IAM role QuickSight assumes to call the service. */
  roleArn: Scalars['String']['output'];
  /** ARN of the source resource used for IAM authentication. */
  sourceArn: Scalars['String']['output'];
};

/**
 * Settings of a connection that needs no authentication. Models the AWS
 * `ReadNoneConnectionMetadata` shape.
 */
export type ReadNoneConnectionMetadata = {
  __typename: 'ReadNoneConnectionMetadata';
  /** Base URL of the external service's API. */
  baseEndpoint: Scalars['String']['output'];
};

/**
 * Lifecycle status of a QuickSight resource, here an action connector. Models the AWS
 * `ResourceStatus` enum.
 */
export type ResourceStatus =
  /** Creating the resource failed. */
  | 'CREATION_FAILED'
  /** The resource is being created. */
  | 'CREATION_IN_PROGRESS'
  /** The resource was created. */
  | 'CREATION_SUCCESSFUL'
  /** The resource has been deleted. */
  | 'DELETED'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED'
  /** The last change to the resource failed. */
  | 'UPDATE_FAILED'
  /** A change to the resource is being applied. */
  | 'UPDATE_IN_PROGRESS'
  /** The last change to the resource was applied. */
  | 'UPDATE_SUCCESSFUL';

/**
 * Location of a file in Amazon S3; here, the file holding a custom plugin's OpenAPI
 * schema in JSON or YAML. Models the AWS `S3` shape.
 */
export type S3 = {
  __typename: 'S3';
  /** Name of the S3 bucket. */
  bucket: Scalars['String']['output'];
  /** Key (path and name) of the object inside the bucket. */
  key: Scalars['String']['output'];
};

/** An object in Amazon S3. */
export type S3Input = {
  /** Bucket name: 3-63 characters, lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
  bucket: Scalars['String']['input'];
  /** Object key, 1-1024 characters. */
  key: Scalars['String']['input'];
};

/** Kind of scope of an Azure connector. Models the AWS `ScopeType` enum. */
export type ScopeType =
  /** Monitor only the subscriptions listed in `scopeValues`. */
  | 'SUBSCRIPTION'
  /** Monitor every subscription in the Azure tenant. */
  | 'TENANT'
  /** AWS returned a value added after this gateway was built. The gateway returns UNRECOGNIZED instead of failing, and logs the raw value. */
  | 'UNRECOGNIZED';

/** Settings and status of a ServiceNow ITSM integration. Models the AWS `ServiceNowDetail` shape. */
export type ServiceNowDetail = {
  __typename: 'ServiceNowDetail';
  /** Whether the authorization between ServiceNow and Security Hub is working. */
  authStatus: Maybe<ConnectorAuthStatus>;
  /** Name of the ServiceNow instance. */
  instanceName: Maybe<Scalars['String']['output']>;
  /** ARN of the AWS Secrets Manager secret holding the ServiceNow credentials (the secret's content is never returned). */
  secretArn: Maybe<Scalars['String']['output']>;
};

/** A tag to put on the new plugin. */
export type TagInput = {
  /** Tag key, 1-128 characters. */
  key: Scalars['String']['input'];
  /** Tag value, 0-256 characters. */
  value: Scalars['String']['input'];
};

/**
 * Shared shape of the fallback member of every union in this schema. AWS can add new
 * variants to a union at any time; when the gateway receives one it does not know yet,
 * it returns the union's `<Union>Unknown` type instead of failing, with the variant's
 * wire name in `memberName`.
 */
export type UnknownUnionMember = {
  /** The name AWS uses on the wire for the unrecognised union variant. */
  memberName: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  ActionConnector: ActionConnector;
  ConnectorV2: ConnectorV2;
  Plugin: Plugin;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  ActionConnector:
    ( { __typename: 'ActionConnector' }
    & ( GraphQLRecursivePick<FederationTypes['ActionConnector'], {"awsAccountId":true,"actionConnectorId":true}>
        | GraphQLRecursivePick<FederationTypes['ActionConnector'], {"arn":true}> ) );
  ConnectorV2:
    ( { __typename: 'ConnectorV2' }
    & ( GraphQLRecursivePick<FederationTypes['ConnectorV2'], {"connectorId":true}>
        | GraphQLRecursivePick<FederationTypes['ConnectorV2'], {"connectorArn":true}> ) );
  Plugin:
    ( { __typename: 'Plugin' }
    & ( GraphQLRecursivePick<FederationTypes['Plugin'], {"applicationId":true,"pluginId":true}>
        | GraphQLRecursivePick<FederationTypes['Plugin'], {"pluginArn":true}> ) );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  APISchema:
    | ( APISchemaPayload )
    | ( APISchemaUnknown )
    | ( S3 )
  ;
  PluginAuthConfiguration:
    | ( BasicAuthConfiguration )
    | ( IdcAuthConfiguration )
    | ( NoAuthConfiguration )
    | ( OAuth2ClientCredentialConfiguration )
    | ( PluginAuthConfigurationUnknown )
  ;
  ProviderDetail:
    | ( AzureDetail )
    | ( JiraCloudDetail )
    | ( ProviderDetailUnknown )
    | ( ServiceNowDetail )
  ;
  ReadAuthenticationMetadata:
    | ( ReadAPIKeyConnectionMetadata )
    | ( ReadAuthenticationMetadataUnknown )
    | ( Omit<ReadAuthorizationCodeGrantMetadata, 'readAuthorizationCodeGrantCredentialsDetails'> & { readAuthorizationCodeGrantCredentialsDetails?: Maybe<_RefType['ReadAuthorizationCodeGrantCredentialsDetails']> } )
    | ( ReadBasicAuthConnectionMetadata )
    | ( Omit<ReadClientCredentialsGrantMetadata, 'readClientCredentialsDetails'> & { readClientCredentialsDetails?: Maybe<_RefType['ReadClientCredentialsDetails']> } )
    | ( ReadIamConnectionMetadata )
    | ( ReadNoneConnectionMetadata )
  ;
  ReadAuthorizationCodeGrantCredentialsDetails:
    | ( ReadAuthorizationCodeGrantCredentialsDetailsUnknown )
    | ( ReadAuthorizationCodeGrantDetails )
  ;
  ReadClientCredentialsDetails:
    | ( ReadClientCredentialsDetailsUnknown )
    | ( ReadClientCredentialsGrantDetails )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Integration:
    | ( ActionConnectorModel )
    | ( ConnectorV2Model )
    | ( PluginModel )
  ;
  UnknownUnionMember:
    | ( APISchemaUnknown )
    | ( PluginAuthConfigurationUnknown )
    | ( ProviderDetailUnknown )
    | ( ReadAuthenticationMetadataUnknown )
    | ( ReadAuthorizationCodeGrantCredentialsDetailsUnknown )
    | ( ReadClientCredentialsDetailsUnknown )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  APISchema: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['APISchema']>;
  APISchemaInput: APISchemaInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  APISchemaPayload: ResolverTypeWrapper<APISchemaPayload>;
  APISchemaType: APISchemaType;
  APISchemaUnknown: ResolverTypeWrapper<APISchemaUnknown>;
  ActionConnector: ResolverTypeWrapper<ActionConnectorModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActionConnectorConnection: ResolverTypeWrapper<Omit<ActionConnectorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActionConnectorEdge']>, nodes: Array<ResolversTypes['ActionConnector']> }>;
  ActionConnectorEdge: ResolverTypeWrapper<Omit<ActionConnectorEdge, 'node'> & { node: ResolversTypes['ActionConnector'] }>;
  ActionConnectorError: ResolverTypeWrapper<ActionConnectorError>;
  ActionConnectorErrorType: ActionConnectorErrorType;
  ActionConnectorType: ActionConnectorType;
  AuthorizationCodeGrantCredentialsSource: AuthorizationCodeGrantCredentialsSource;
  AwsService: AwsService;
  AzureDetail: ResolverTypeWrapper<AzureDetail>;
  AzureScopeConfiguration: ResolverTypeWrapper<AzureScopeConfiguration>;
  BasicAuthConfiguration: ResolverTypeWrapper<BasicAuthConfiguration>;
  BasicAuthConfigurationInput: BasicAuthConfigurationInput;
  CacheControlScope: CacheControlScope;
  ClientCredentialsSource: ClientCredentialsSource;
  ConnectionAuthType: ConnectionAuthType;
  ConnectorAuthStatus: ConnectorAuthStatus;
  ConnectorProviderName: ConnectorProviderName;
  ConnectorStatus: ConnectorStatus;
  ConnectorV2: ResolverTypeWrapper<ConnectorV2Model>;
  ConnectorV2Connection: ResolverTypeWrapper<Omit<ConnectorV2Connection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConnectorV2Edge']>, nodes: Array<ResolversTypes['ConnectorV2']> }>;
  ConnectorV2Edge: ResolverTypeWrapper<Omit<ConnectorV2Edge, 'node'> & { node: ResolversTypes['ConnectorV2'] }>;
  ConnectorV2Filter: ConnectorV2Filter;
  CreatePluginInput: CreatePluginInput;
  CreatePluginPayload: ResolverTypeWrapper<CreatePluginResult>;
  CustomPluginConfiguration: ResolverTypeWrapper<Omit<CustomPluginConfiguration, 'apiSchema'> & { apiSchema?: Maybe<ResolversTypes['APISchema']> }>;
  CustomPluginConfigurationInput: CustomPluginConfigurationInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnablementStatus: EnablementStatus;
  ErrorCode: ErrorCode;
  HealthCheck: ResolverTypeWrapper<HealthCheck>;
  HealthIssue: ResolverTypeWrapper<HealthIssue>;
  HealthIssueCode: HealthIssueCode;
  IdcAuthConfiguration: ResolverTypeWrapper<IdcAuthConfiguration>;
  IdcAuthConfigurationInput: IdcAuthConfigurationInput;
  Integration: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Integration']>;
  IntegrationAuthKind: IntegrationAuthKind;
  IntegrationConnection: ResolverTypeWrapper<IntegrationConnectionModel>;
  IntegrationEdge: ResolverTypeWrapper<Omit<IntegrationEdge, 'node'> & { node: ResolversTypes['Integration'] }>;
  IntegrationProvider: IntegrationProvider;
  IntegrationSource: ResolverTypeWrapper<IntegrationSource>;
  IntegrationStatus: IntegrationStatus;
  JiraCloudDetail: ResolverTypeWrapper<JiraCloudDetail>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoAuthConfiguration: ResolverTypeWrapper<NoAuthConfiguration>;
  OAuth2ClientCredentialConfiguration: ResolverTypeWrapper<OAuth2ClientCredentialConfiguration>;
  OAuth2ClientCredentialConfigurationInput: OAuth2ClientCredentialConfigurationInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Plugin: ResolverTypeWrapper<PluginModel>;
  PluginAuthConfiguration: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PluginAuthConfiguration']>;
  PluginAuthConfigurationInput: PluginAuthConfigurationInput;
  PluginAuthConfigurationUnknown: ResolverTypeWrapper<PluginAuthConfigurationUnknown>;
  PluginBuildStatus: PluginBuildStatus;
  PluginConnection: ResolverTypeWrapper<Omit<PluginConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PluginEdge']>, nodes: Array<ResolversTypes['Plugin']> }>;
  PluginEdge: ResolverTypeWrapper<Omit<PluginEdge, 'node'> & { node: ResolversTypes['Plugin'] }>;
  PluginState: PluginState;
  PluginType: PluginType;
  ProviderDetail: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ProviderDetail']>;
  ProviderDetailUnknown: ResolverTypeWrapper<ProviderDetailUnknown>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadAPIKeyConnectionMetadata: ResolverTypeWrapper<ReadAPIKeyConnectionMetadata>;
  ReadAuthConfig: ResolverTypeWrapper<Omit<ReadAuthConfig, 'authenticationMetadata'> & { authenticationMetadata: ResolversTypes['ReadAuthenticationMetadata'] }>;
  ReadAuthenticationMetadata: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReadAuthenticationMetadata']>;
  ReadAuthenticationMetadataUnknown: ResolverTypeWrapper<ReadAuthenticationMetadataUnknown>;
  ReadAuthorizationCodeGrantCredentialsDetails: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReadAuthorizationCodeGrantCredentialsDetails']>;
  ReadAuthorizationCodeGrantCredentialsDetailsUnknown: ResolverTypeWrapper<ReadAuthorizationCodeGrantCredentialsDetailsUnknown>;
  ReadAuthorizationCodeGrantDetails: ResolverTypeWrapper<ReadAuthorizationCodeGrantDetails>;
  ReadAuthorizationCodeGrantMetadata: ResolverTypeWrapper<Omit<ReadAuthorizationCodeGrantMetadata, 'readAuthorizationCodeGrantCredentialsDetails'> & { readAuthorizationCodeGrantCredentialsDetails?: Maybe<ResolversTypes['ReadAuthorizationCodeGrantCredentialsDetails']> }>;
  ReadBasicAuthConnectionMetadata: ResolverTypeWrapper<ReadBasicAuthConnectionMetadata>;
  ReadClientCredentialsDetails: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReadClientCredentialsDetails']>;
  ReadClientCredentialsDetailsUnknown: ResolverTypeWrapper<ReadClientCredentialsDetailsUnknown>;
  ReadClientCredentialsGrantDetails: ResolverTypeWrapper<ReadClientCredentialsGrantDetails>;
  ReadClientCredentialsGrantMetadata: ResolverTypeWrapper<Omit<ReadClientCredentialsGrantMetadata, 'readClientCredentialsDetails'> & { readClientCredentialsDetails?: Maybe<ResolversTypes['ReadClientCredentialsDetails']> }>;
  ReadIamConnectionMetadata: ResolverTypeWrapper<ReadIamConnectionMetadata>;
  ReadNoneConnectionMetadata: ResolverTypeWrapper<ReadNoneConnectionMetadata>;
  ResourceStatus: ResourceStatus;
  S3: ResolverTypeWrapper<S3>;
  S3Input: S3Input;
  ScopeType: ScopeType;
  ServiceNowDetail: ResolverTypeWrapper<ServiceNowDetail>;
  TagInput: TagInput;
  UnknownUnionMember: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UnknownUnionMember']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  APISchema: ResolversUnionTypes<ResolversParentTypes>['APISchema'];
  APISchemaInput: APISchemaInput;
  String: Scalars['String']['output'];
  APISchemaPayload: APISchemaPayload;
  APISchemaUnknown: APISchemaUnknown;
  ActionConnector: ActionConnectorModel;
  ID: Scalars['ID']['output'];
  ActionConnectorConnection: Omit<ActionConnectorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActionConnectorEdge']>, nodes: Array<ResolversParentTypes['ActionConnector']> };
  ActionConnectorEdge: Omit<ActionConnectorEdge, 'node'> & { node: ResolversParentTypes['ActionConnector'] };
  ActionConnectorError: ActionConnectorError;
  AzureDetail: AzureDetail;
  AzureScopeConfiguration: AzureScopeConfiguration;
  BasicAuthConfiguration: BasicAuthConfiguration;
  BasicAuthConfigurationInput: BasicAuthConfigurationInput;
  ConnectorV2: ConnectorV2Model;
  ConnectorV2Connection: Omit<ConnectorV2Connection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConnectorV2Edge']>, nodes: Array<ResolversParentTypes['ConnectorV2']> };
  ConnectorV2Edge: Omit<ConnectorV2Edge, 'node'> & { node: ResolversParentTypes['ConnectorV2'] };
  ConnectorV2Filter: ConnectorV2Filter;
  CreatePluginInput: CreatePluginInput;
  CreatePluginPayload: CreatePluginResult;
  CustomPluginConfiguration: Omit<CustomPluginConfiguration, 'apiSchema'> & { apiSchema?: Maybe<ResolversParentTypes['APISchema']> };
  CustomPluginConfigurationInput: CustomPluginConfigurationInput;
  DateTime: Scalars['DateTime']['output'];
  HealthCheck: HealthCheck;
  HealthIssue: HealthIssue;
  IdcAuthConfiguration: IdcAuthConfiguration;
  IdcAuthConfigurationInput: IdcAuthConfigurationInput;
  Integration: ResolversInterfaceTypes<ResolversParentTypes>['Integration'];
  IntegrationConnection: IntegrationConnectionModel;
  IntegrationEdge: Omit<IntegrationEdge, 'node'> & { node: ResolversParentTypes['Integration'] };
  IntegrationSource: IntegrationSource;
  JiraCloudDetail: JiraCloudDetail;
  Mutation: Record<PropertyKey, never>;
  NoAuthConfiguration: NoAuthConfiguration;
  OAuth2ClientCredentialConfiguration: OAuth2ClientCredentialConfiguration;
  OAuth2ClientCredentialConfigurationInput: OAuth2ClientCredentialConfigurationInput;
  PageInfo: PageInfo;
  Plugin: PluginModel;
  PluginAuthConfiguration: ResolversUnionTypes<ResolversParentTypes>['PluginAuthConfiguration'];
  PluginAuthConfigurationInput: PluginAuthConfigurationInput;
  PluginAuthConfigurationUnknown: PluginAuthConfigurationUnknown;
  PluginConnection: Omit<PluginConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PluginEdge']>, nodes: Array<ResolversParentTypes['Plugin']> };
  PluginEdge: Omit<PluginEdge, 'node'> & { node: ResolversParentTypes['Plugin'] };
  ProviderDetail: ResolversUnionTypes<ResolversParentTypes>['ProviderDetail'];
  ProviderDetailUnknown: ProviderDetailUnknown;
  Query: Record<PropertyKey, never>;
  ReadAPIKeyConnectionMetadata: ReadAPIKeyConnectionMetadata;
  ReadAuthConfig: Omit<ReadAuthConfig, 'authenticationMetadata'> & { authenticationMetadata: ResolversParentTypes['ReadAuthenticationMetadata'] };
  ReadAuthenticationMetadata: ResolversUnionTypes<ResolversParentTypes>['ReadAuthenticationMetadata'];
  ReadAuthenticationMetadataUnknown: ReadAuthenticationMetadataUnknown;
  ReadAuthorizationCodeGrantCredentialsDetails: ResolversUnionTypes<ResolversParentTypes>['ReadAuthorizationCodeGrantCredentialsDetails'];
  ReadAuthorizationCodeGrantCredentialsDetailsUnknown: ReadAuthorizationCodeGrantCredentialsDetailsUnknown;
  ReadAuthorizationCodeGrantDetails: ReadAuthorizationCodeGrantDetails;
  ReadAuthorizationCodeGrantMetadata: Omit<ReadAuthorizationCodeGrantMetadata, 'readAuthorizationCodeGrantCredentialsDetails'> & { readAuthorizationCodeGrantCredentialsDetails?: Maybe<ResolversParentTypes['ReadAuthorizationCodeGrantCredentialsDetails']> };
  ReadBasicAuthConnectionMetadata: ReadBasicAuthConnectionMetadata;
  ReadClientCredentialsDetails: ResolversUnionTypes<ResolversParentTypes>['ReadClientCredentialsDetails'];
  ReadClientCredentialsDetailsUnknown: ReadClientCredentialsDetailsUnknown;
  ReadClientCredentialsGrantDetails: ReadClientCredentialsGrantDetails;
  ReadClientCredentialsGrantMetadata: Omit<ReadClientCredentialsGrantMetadata, 'readClientCredentialsDetails'> & { readClientCredentialsDetails?: Maybe<ResolversParentTypes['ReadClientCredentialsDetails']> };
  ReadIamConnectionMetadata: ReadIamConnectionMetadata;
  ReadNoneConnectionMetadata: ReadNoneConnectionMetadata;
  S3: S3;
  S3Input: S3Input;
  ServiceNowDetail: ServiceNowDetail;
  TagInput: TagInput;
  UnknownUnionMember: ResolversInterfaceTypes<ResolversParentTypes>['UnknownUnionMember'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type cacheControlDirectiveArgs = {
  inheritMaxAge: Maybe<Scalars['Boolean']['input']>;
  maxAge: Maybe<Scalars['Int']['input']>;
  scope: Maybe<CacheControlScope>;
};

export type cacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = cacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type APISchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['APISchema'] = ResolversParentTypes['APISchema']> = {
  __resolveType: TypeResolveFn<'APISchemaPayload' | 'APISchemaUnknown' | 'S3', ParentType, ContextType>;
};

export type APISchemaPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['APISchemaPayload'] = ResolversParentTypes['APISchemaPayload']> = {
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type APISchemaUnknownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['APISchemaUnknown'] = ResolversParentTypes['APISchemaUnknown']> = {
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionConnectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionConnector'] = ResolversParentTypes['ActionConnector'], FederationReferenceType extends FederationReferenceTypes['ActionConnector'] = FederationReferenceTypes['ActionConnector']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ActionConnector']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actionConnectorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  arn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authKind?: Resolver<ResolversTypes['IntegrationAuthKind'], ParentType, ContextType>;
  authenticationConfig?: Resolver<Maybe<ResolversTypes['ReadAuthConfig']>, ParentType, ContextType>;
  awsAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  awsService?: Resolver<ResolversTypes['AwsService'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabledActions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ActionConnectorError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUpdatedTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalizedStatus?: Resolver<ResolversTypes['IntegrationStatus'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['IntegrationProvider'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ResourceStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActionConnectorType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  vpcConnectionArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionConnectorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionConnectorConnection'] = ResolversParentTypes['ActionConnectorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionConnectorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActionConnector']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActionConnectorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionConnectorEdge'] = ResolversParentTypes['ActionConnectorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionConnector'], ParentType, ContextType>;
};

export type ActionConnectorErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionConnectorError'] = ResolversParentTypes['ActionConnectorError']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ActionConnectorErrorType']>, ParentType, ContextType>;
};

export type AzureDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AzureDetail'] = ResolversParentTypes['AzureDetail']> = {
  awsConfigConnectorArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  azureRegions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  scopeConfiguration?: Resolver<Maybe<ResolversTypes['AzureScopeConfiguration']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AzureScopeConfigurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AzureScopeConfiguration'] = ResolversParentTypes['AzureScopeConfiguration']> = {
  scopeType?: Resolver<Maybe<ResolversTypes['ScopeType']>, ParentType, ContextType>;
  scopeValues?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type BasicAuthConfigurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BasicAuthConfiguration'] = ResolversParentTypes['BasicAuthConfiguration']> = {
  roleArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConnectorV2Resolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorV2'] = ResolversParentTypes['ConnectorV2'], FederationReferenceType extends FederationReferenceTypes['ConnectorV2'] = FederationReferenceTypes['ConnectorV2']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConnectorV2']> | FederationReferenceType, FederationReferenceType, ContextType>;
  arn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authKind?: Resolver<ResolversTypes['IntegrationAuthKind'], ParentType, ContextType>;
  awsService?: Resolver<ResolversTypes['AwsService'], ParentType, ContextType>;
  connectorArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connectorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enablementStatus?: Resolver<Maybe<ResolversTypes['EnablementStatus']>, ParentType, ContextType>;
  enablementStatusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['HealthCheck']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kmsKeyArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  normalizedStatus?: Resolver<ResolversTypes['IntegrationStatus'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['IntegrationProvider'], ParentType, ContextType>;
  providerDetail?: Resolver<Maybe<ResolversTypes['ProviderDetail']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConnectorV2ConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorV2Connection'] = ResolversParentTypes['ConnectorV2Connection']> = {
  edges?: Resolver<Array<ResolversTypes['ConnectorV2Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConnectorV2']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConnectorV2EdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorV2Edge'] = ResolversParentTypes['ConnectorV2Edge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConnectorV2'], ParentType, ContextType>;
};

export type CreatePluginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePluginPayload'] = ResolversParentTypes['CreatePluginPayload']> = {
  buildStatus?: Resolver<Maybe<ResolversTypes['PluginBuildStatus']>, ParentType, ContextType>;
  clientToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plugin?: Resolver<Maybe<ResolversTypes['Plugin']>, ParentType, ContextType>;
  pluginArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pluginId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CustomPluginConfigurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomPluginConfiguration'] = ResolversParentTypes['CustomPluginConfiguration']> = {
  apiSchema?: Resolver<Maybe<ResolversTypes['APISchema']>, ParentType, ContextType>;
  apiSchemaType?: Resolver<ResolversTypes['APISchemaType'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HealthCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthCheck'] = ResolversParentTypes['HealthCheck']> = {
  connectorStatus?: Resolver<Maybe<ResolversTypes['ConnectorStatus']>, ParentType, ContextType>;
  issues?: Resolver<Maybe<Array<ResolversTypes['HealthIssue']>>, ParentType, ContextType>;
  lastCheckedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthIssue'] = ResolversParentTypes['HealthIssue']> = {
  code?: Resolver<Maybe<ResolversTypes['HealthIssueCode']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IdcAuthConfigurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdcAuthConfiguration'] = ResolversParentTypes['IdcAuthConfiguration']> = {
  idcApplicationArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntegrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Integration'] = ResolversParentTypes['Integration']> = {
  __resolveType: TypeResolveFn<'ActionConnector' | 'ConnectorV2' | 'Plugin', ParentType, ContextType>;
};

export type IntegrationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationConnection'] = ResolversParentTypes['IntegrationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IntegrationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Integration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['IntegrationSource']>, ParentType, ContextType>;
};

export type IntegrationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationEdge'] = ResolversParentTypes['IntegrationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Integration'], ParentType, ContextType>;
};

export type IntegrationSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationSource'] = ResolversParentTypes['IntegrationSource']> = {
  awsService?: Resolver<ResolversTypes['AwsService'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['ErrorCode']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type JiraCloudDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraCloudDetail'] = ResolversParentTypes['JiraCloudDetail']> = {
  authStatus?: Resolver<Maybe<ResolversTypes['ConnectorAuthStatus']>, ParentType, ContextType>;
  authUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cloudId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projectKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPlugin?: Resolver<Maybe<ResolversTypes['CreatePluginPayload']>, ParentType, ContextType, RequireFields<MutationcreatePluginArgs, 'input'>>;
};

export type NoAuthConfigurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoAuthConfiguration'] = ResolversParentTypes['NoAuthConfiguration']> = {
  authenticationRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OAuth2ClientCredentialConfigurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OAuth2ClientCredentialConfiguration'] = ResolversParentTypes['OAuth2ClientCredentialConfiguration']> = {
  authorizationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokenUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PluginResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Plugin'] = ResolversParentTypes['Plugin'], FederationReferenceType extends FederationReferenceTypes['Plugin'] = FederationReferenceTypes['Plugin']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Plugin']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  arn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authConfiguration?: Resolver<Maybe<ResolversTypes['PluginAuthConfiguration']>, ParentType, ContextType>;
  authKind?: Resolver<ResolversTypes['IntegrationAuthKind'], ParentType, ContextType>;
  awsService?: Resolver<ResolversTypes['AwsService'], ParentType, ContextType>;
  buildStatus?: Resolver<Maybe<ResolversTypes['PluginBuildStatus']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customPluginConfiguration?: Resolver<Maybe<ResolversTypes['CustomPluginConfiguration']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  normalizedStatus?: Resolver<ResolversTypes['IntegrationStatus'], ParentType, ContextType>;
  pluginArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pluginId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['IntegrationProvider'], ParentType, ContextType>;
  serverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['PluginState']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PluginType']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PluginAuthConfigurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PluginAuthConfiguration'] = ResolversParentTypes['PluginAuthConfiguration']> = {
  __resolveType: TypeResolveFn<'BasicAuthConfiguration' | 'IdcAuthConfiguration' | 'NoAuthConfiguration' | 'OAuth2ClientCredentialConfiguration' | 'PluginAuthConfigurationUnknown', ParentType, ContextType>;
};

export type PluginAuthConfigurationUnknownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PluginAuthConfigurationUnknown'] = ResolversParentTypes['PluginAuthConfigurationUnknown']> = {
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PluginConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PluginConnection'] = ResolversParentTypes['PluginConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PluginEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Plugin']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PluginEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PluginEdge'] = ResolversParentTypes['PluginEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Plugin'], ParentType, ContextType>;
};

export type ProviderDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderDetail'] = ResolversParentTypes['ProviderDetail']> = {
  __resolveType: TypeResolveFn<'AzureDetail' | 'JiraCloudDetail' | 'ProviderDetailUnknown' | 'ServiceNowDetail', ParentType, ContextType>;
};

export type ProviderDetailUnknownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderDetailUnknown'] = ResolversParentTypes['ProviderDetailUnknown']> = {
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actionConnector?: Resolver<Maybe<ResolversTypes['ActionConnector']>, ParentType, ContextType, RequireFields<QueryactionConnectorArgs, 'actionConnectorId' | 'awsAccountId'>>;
  actionConnectors?: Resolver<Maybe<ResolversTypes['ActionConnectorConnection']>, ParentType, ContextType, RequireFields<QueryactionConnectorsArgs, 'awsAccountId'>>;
  connectorV2?: Resolver<Maybe<ResolversTypes['ConnectorV2']>, ParentType, ContextType, RequireFields<QueryconnectorV2Args, 'connectorId'>>;
  connectorsV2?: Resolver<Maybe<ResolversTypes['ConnectorV2Connection']>, ParentType, ContextType, Partial<QueryconnectorsV2Args>>;
  integrations?: Resolver<Maybe<ResolversTypes['IntegrationConnection']>, ParentType, ContextType, Partial<QueryintegrationsArgs>>;
  plugin?: Resolver<Maybe<ResolversTypes['Plugin']>, ParentType, ContextType, RequireFields<QuerypluginArgs, 'applicationId' | 'pluginId'>>;
  plugins?: Resolver<Maybe<ResolversTypes['PluginConnection']>, ParentType, ContextType, RequireFields<QuerypluginsArgs, 'applicationId'>>;
};

export type ReadAPIKeyConnectionMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAPIKeyConnectionMetadata'] = ResolversParentTypes['ReadAPIKeyConnectionMetadata']> = {
  baseEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuthConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAuthConfig'] = ResolversParentTypes['ReadAuthConfig']> = {
  authenticationMetadata?: Resolver<ResolversTypes['ReadAuthenticationMetadata'], ParentType, ContextType>;
  authenticationType?: Resolver<ResolversTypes['ConnectionAuthType'], ParentType, ContextType>;
};

export type ReadAuthenticationMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAuthenticationMetadata'] = ResolversParentTypes['ReadAuthenticationMetadata']> = {
  __resolveType: TypeResolveFn<'ReadAPIKeyConnectionMetadata' | 'ReadAuthenticationMetadataUnknown' | 'ReadAuthorizationCodeGrantMetadata' | 'ReadBasicAuthConnectionMetadata' | 'ReadClientCredentialsGrantMetadata' | 'ReadIamConnectionMetadata' | 'ReadNoneConnectionMetadata', ParentType, ContextType>;
};

export type ReadAuthenticationMetadataUnknownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAuthenticationMetadataUnknown'] = ResolversParentTypes['ReadAuthenticationMetadataUnknown']> = {
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuthorizationCodeGrantCredentialsDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAuthorizationCodeGrantCredentialsDetails'] = ResolversParentTypes['ReadAuthorizationCodeGrantCredentialsDetails']> = {
  __resolveType: TypeResolveFn<'ReadAuthorizationCodeGrantCredentialsDetailsUnknown' | 'ReadAuthorizationCodeGrantDetails', ParentType, ContextType>;
};

export type ReadAuthorizationCodeGrantCredentialsDetailsUnknownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAuthorizationCodeGrantCredentialsDetailsUnknown'] = ResolversParentTypes['ReadAuthorizationCodeGrantCredentialsDetailsUnknown']> = {
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuthorizationCodeGrantDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAuthorizationCodeGrantDetails'] = ResolversParentTypes['ReadAuthorizationCodeGrantDetails']> = {
  authorizationEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokenEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuthorizationCodeGrantMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadAuthorizationCodeGrantMetadata'] = ResolversParentTypes['ReadAuthorizationCodeGrantMetadata']> = {
  authorizationCodeGrantCredentialsSource?: Resolver<Maybe<ResolversTypes['AuthorizationCodeGrantCredentialsSource']>, ParentType, ContextType>;
  baseEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAuthorizationCodeGrantCredentialsDetails?: Resolver<Maybe<ResolversTypes['ReadAuthorizationCodeGrantCredentialsDetails']>, ParentType, ContextType>;
  redirectUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadBasicAuthConnectionMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadBasicAuthConnectionMetadata'] = ResolversParentTypes['ReadBasicAuthConnectionMetadata']> = {
  baseEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadClientCredentialsDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadClientCredentialsDetails'] = ResolversParentTypes['ReadClientCredentialsDetails']> = {
  __resolveType: TypeResolveFn<'ReadClientCredentialsDetailsUnknown' | 'ReadClientCredentialsGrantDetails', ParentType, ContextType>;
};

export type ReadClientCredentialsDetailsUnknownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadClientCredentialsDetailsUnknown'] = ResolversParentTypes['ReadClientCredentialsDetailsUnknown']> = {
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadClientCredentialsGrantDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadClientCredentialsGrantDetails'] = ResolversParentTypes['ReadClientCredentialsGrantDetails']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokenEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadClientCredentialsGrantMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadClientCredentialsGrantMetadata'] = ResolversParentTypes['ReadClientCredentialsGrantMetadata']> = {
  baseEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientCredentialsSource?: Resolver<Maybe<ResolversTypes['ClientCredentialsSource']>, ParentType, ContextType>;
  readClientCredentialsDetails?: Resolver<Maybe<ResolversTypes['ReadClientCredentialsDetails']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadIamConnectionMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadIamConnectionMetadata'] = ResolversParentTypes['ReadIamConnectionMetadata']> = {
  roleArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadNoneConnectionMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadNoneConnectionMetadata'] = ResolversParentTypes['ReadNoneConnectionMetadata']> = {
  baseEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type S3Resolvers<ContextType = Context, ParentType extends ResolversParentTypes['S3'] = ResolversParentTypes['S3']> = {
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceNowDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceNowDetail'] = ResolversParentTypes['ServiceNowDetail']> = {
  authStatus?: Resolver<Maybe<ResolversTypes['ConnectorAuthStatus']>, ParentType, ContextType>;
  instanceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnknownUnionMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnknownUnionMember'] = ResolversParentTypes['UnknownUnionMember']> = {
  __resolveType: TypeResolveFn<'APISchemaUnknown' | 'PluginAuthConfigurationUnknown' | 'ProviderDetailUnknown' | 'ReadAuthenticationMetadataUnknown' | 'ReadAuthorizationCodeGrantCredentialsDetailsUnknown' | 'ReadClientCredentialsDetailsUnknown', ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  APISchema?: APISchemaResolvers<ContextType>;
  APISchemaPayload?: APISchemaPayloadResolvers<ContextType>;
  APISchemaUnknown?: APISchemaUnknownResolvers<ContextType>;
  ActionConnector?: ActionConnectorResolvers<ContextType>;
  ActionConnectorConnection?: ActionConnectorConnectionResolvers<ContextType>;
  ActionConnectorEdge?: ActionConnectorEdgeResolvers<ContextType>;
  ActionConnectorError?: ActionConnectorErrorResolvers<ContextType>;
  AzureDetail?: AzureDetailResolvers<ContextType>;
  AzureScopeConfiguration?: AzureScopeConfigurationResolvers<ContextType>;
  BasicAuthConfiguration?: BasicAuthConfigurationResolvers<ContextType>;
  ConnectorV2?: ConnectorV2Resolvers<ContextType>;
  ConnectorV2Connection?: ConnectorV2ConnectionResolvers<ContextType>;
  ConnectorV2Edge?: ConnectorV2EdgeResolvers<ContextType>;
  CreatePluginPayload?: CreatePluginPayloadResolvers<ContextType>;
  CustomPluginConfiguration?: CustomPluginConfigurationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  HealthCheck?: HealthCheckResolvers<ContextType>;
  HealthIssue?: HealthIssueResolvers<ContextType>;
  IdcAuthConfiguration?: IdcAuthConfigurationResolvers<ContextType>;
  Integration?: IntegrationResolvers<ContextType>;
  IntegrationConnection?: IntegrationConnectionResolvers<ContextType>;
  IntegrationEdge?: IntegrationEdgeResolvers<ContextType>;
  IntegrationSource?: IntegrationSourceResolvers<ContextType>;
  JiraCloudDetail?: JiraCloudDetailResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoAuthConfiguration?: NoAuthConfigurationResolvers<ContextType>;
  OAuth2ClientCredentialConfiguration?: OAuth2ClientCredentialConfigurationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plugin?: PluginResolvers<ContextType>;
  PluginAuthConfiguration?: PluginAuthConfigurationResolvers<ContextType>;
  PluginAuthConfigurationUnknown?: PluginAuthConfigurationUnknownResolvers<ContextType>;
  PluginConnection?: PluginConnectionResolvers<ContextType>;
  PluginEdge?: PluginEdgeResolvers<ContextType>;
  ProviderDetail?: ProviderDetailResolvers<ContextType>;
  ProviderDetailUnknown?: ProviderDetailUnknownResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadAPIKeyConnectionMetadata?: ReadAPIKeyConnectionMetadataResolvers<ContextType>;
  ReadAuthConfig?: ReadAuthConfigResolvers<ContextType>;
  ReadAuthenticationMetadata?: ReadAuthenticationMetadataResolvers<ContextType>;
  ReadAuthenticationMetadataUnknown?: ReadAuthenticationMetadataUnknownResolvers<ContextType>;
  ReadAuthorizationCodeGrantCredentialsDetails?: ReadAuthorizationCodeGrantCredentialsDetailsResolvers<ContextType>;
  ReadAuthorizationCodeGrantCredentialsDetailsUnknown?: ReadAuthorizationCodeGrantCredentialsDetailsUnknownResolvers<ContextType>;
  ReadAuthorizationCodeGrantDetails?: ReadAuthorizationCodeGrantDetailsResolvers<ContextType>;
  ReadAuthorizationCodeGrantMetadata?: ReadAuthorizationCodeGrantMetadataResolvers<ContextType>;
  ReadBasicAuthConnectionMetadata?: ReadBasicAuthConnectionMetadataResolvers<ContextType>;
  ReadClientCredentialsDetails?: ReadClientCredentialsDetailsResolvers<ContextType>;
  ReadClientCredentialsDetailsUnknown?: ReadClientCredentialsDetailsUnknownResolvers<ContextType>;
  ReadClientCredentialsGrantDetails?: ReadClientCredentialsGrantDetailsResolvers<ContextType>;
  ReadClientCredentialsGrantMetadata?: ReadClientCredentialsGrantMetadataResolvers<ContextType>;
  ReadIamConnectionMetadata?: ReadIamConnectionMetadataResolvers<ContextType>;
  ReadNoneConnectionMetadata?: ReadNoneConnectionMetadataResolvers<ContextType>;
  S3?: S3Resolvers<ContextType>;
  ServiceNowDetail?: ServiceNowDetailResolvers<ContextType>;
  UnknownUnionMember?: UnknownUnionMemberResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: cacheControlDirectiveResolver<any, any, ContextType>;
};
