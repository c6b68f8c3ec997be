/* Query documents shared by the end-to-end tests: every field of every type, every union variant. */

export const PLUGIN_FIELDS = /* GraphQL */ `
  fragment PluginFields on Plugin {
    __typename
    applicationId
    pluginId
    displayName
    type
    serverUrl
    buildStatus
    pluginArn
    state
    createdAt
    updatedAt
    authConfiguration {
      __typename
      ... on BasicAuthConfiguration { secretArn roleArn }
      ... on OAuth2ClientCredentialConfiguration { secretArn roleArn authorizationUrl tokenUrl }
      ... on NoAuthConfiguration { authenticationRequired }
      ... on IdcAuthConfiguration { idcApplicationArn roleArn }
      ... on UnknownUnionMember { memberName }
    }
    customPluginConfiguration {
      description
      apiSchemaType
      apiSchema {
        __typename
        ... on APISchemaPayload { payload }
        ... on S3 { bucket key }
        ... on UnknownUnionMember { memberName }
      }
    }
  }
`;

export const ACTION_CONNECTOR_FIELDS = /* GraphQL */ `
  fragment ActionConnectorFields on ActionConnector {
    __typename
    awsAccountId
    arn
    actionConnectorId
    type
    name
    createdTime
    lastUpdatedTime
    status
    error { message type }
    description
    enabledActions
    vpcConnectionArn
    authenticationConfig {
      authenticationType
      authenticationMetadata {
        __typename
        ... on ReadAuthorizationCodeGrantMetadata {
          baseEndpoint
          redirectUrl
          authorizationCodeGrantCredentialsSource
          readAuthorizationCodeGrantCredentialsDetails {
            __typename
            ... on ReadAuthorizationCodeGrantDetails { clientId tokenEndpoint authorizationEndpoint }
            ... on UnknownUnionMember { memberName }
          }
        }
        ... on ReadClientCredentialsGrantMetadata {
          baseEndpoint
          clientCredentialsSource
          readClientCredentialsDetails {
            __typename
            ... on ReadClientCredentialsGrantDetails { clientId tokenEndpoint }
            ... on UnknownUnionMember { memberName }
          }
        }
        ... on ReadBasicAuthConnectionMetadata { baseEndpoint username }
        ... on ReadAPIKeyConnectionMetadata { baseEndpoint email }
        ... on ReadNoneConnectionMetadata { baseEndpoint }
        ... on ReadIamConnectionMetadata { roleArn sourceArn }
        ... on UnknownUnionMember { memberName }
      }
    }
  }
`;

export const CONNECTOR_V2_FIELDS = /* GraphQL */ `
  fragment ConnectorV2Fields on ConnectorV2 {
    __typename
    connectorArn
    connectorId
    name
    description
    kmsKeyArn
    createdAt
    lastUpdatedAt
    enablementStatus
    enablementStatusReason
    health { connectorStatus message lastCheckedAt issues { code message } }
    providerDetail {
      __typename
      ... on JiraCloudDetail { cloudId projectKey domain authUrl authStatus }
      ... on ServiceNowDetail { instanceName secretArn authStatus }
      ... on AzureDetail { awsConfigConnectorArn azureRegions scopeConfiguration { scopeType scopeValues } }
      ... on UnknownUnionMember { memberName }
    }
  }
`;

export const PLUGIN_QUERY = /* GraphQL */ `
  query Plugin($applicationId: ID!, $pluginId: ID!) {
    plugin(applicationId: $applicationId, pluginId: $pluginId) { ...PluginFields }
  }
  ${PLUGIN_FIELDS}
`;

export const ACTION_CONNECTOR_QUERY = /* GraphQL */ `
  query ActionConnector($awsAccountId: ID!, $actionConnectorId: ID!) {
    actionConnector(awsAccountId: $awsAccountId, actionConnectorId: $actionConnectorId) { ...ActionConnectorFields }
  }
  ${ACTION_CONNECTOR_FIELDS}
`;

export const CONNECTOR_V2_QUERY = /* GraphQL */ `
  query ConnectorV2($connectorId: ID!) {
    connectorV2(connectorId: $connectorId) { ...ConnectorV2Fields }
  }
  ${CONNECTOR_V2_FIELDS}
`;
