
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "APISchema": [
      "APISchemaPayload",
      "APISchemaUnknown",
      "S3"
    ],
    "Integration": [
      "ActionConnector",
      "ConnectorV2",
      "Plugin"
    ],
    "PluginAuthConfiguration": [
      "BasicAuthConfiguration",
      "IdcAuthConfiguration",
      "NoAuthConfiguration",
      "OAuth2ClientCredentialConfiguration",
      "PluginAuthConfigurationUnknown"
    ],
    "ProviderDetail": [
      "AzureDetail",
      "JiraCloudDetail",
      "ProviderDetailUnknown",
      "ServiceNowDetail"
    ],
    "ReadAuthenticationMetadata": [
      "ReadAPIKeyConnectionMetadata",
      "ReadAuthenticationMetadataUnknown",
      "ReadAuthorizationCodeGrantMetadata",
      "ReadBasicAuthConnectionMetadata",
      "ReadClientCredentialsGrantMetadata",
      "ReadIamConnectionMetadata",
      "ReadNoneConnectionMetadata"
    ],
    "ReadAuthorizationCodeGrantCredentialsDetails": [
      "ReadAuthorizationCodeGrantCredentialsDetailsUnknown",
      "ReadAuthorizationCodeGrantDetails"
    ],
    "ReadClientCredentialsDetails": [
      "ReadClientCredentialsDetailsUnknown",
      "ReadClientCredentialsGrantDetails"
    ],
    "UnknownUnionMember": [
      "APISchemaUnknown",
      "PluginAuthConfigurationUnknown",
      "ProviderDetailUnknown",
      "ReadAuthenticationMetadataUnknown",
      "ReadAuthorizationCodeGrantCredentialsDetailsUnknown",
      "ReadClientCredentialsDetailsUnknown"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "APISchema": [
      "APISchemaPayload",
      "APISchemaUnknown",
      "S3"
    ],
    "Integration": [
      "ActionConnector",
      "ConnectorV2",
      "Plugin"
    ],
    "PluginAuthConfiguration": [
      "BasicAuthConfiguration",
      "IdcAuthConfiguration",
      "NoAuthConfiguration",
      "OAuth2ClientCredentialConfiguration",
      "PluginAuthConfigurationUnknown"
    ],
    "ProviderDetail": [
      "AzureDetail",
      "JiraCloudDetail",
      "ProviderDetailUnknown",
      "ServiceNowDetail"
    ],
    "ReadAuthenticationMetadata": [
      "ReadAPIKeyConnectionMetadata",
      "ReadAuthenticationMetadataUnknown",
      "ReadAuthorizationCodeGrantMetadata",
      "ReadBasicAuthConnectionMetadata",
      "ReadClientCredentialsGrantMetadata",
      "ReadIamConnectionMetadata",
      "ReadNoneConnectionMetadata"
    ],
    "ReadAuthorizationCodeGrantCredentialsDetails": [
      "ReadAuthorizationCodeGrantCredentialsDetailsUnknown",
      "ReadAuthorizationCodeGrantDetails"
    ],
    "ReadClientCredentialsDetails": [
      "ReadClientCredentialsDetailsUnknown",
      "ReadClientCredentialsGrantDetails"
    ],
    "UnknownUnionMember": [
      "APISchemaUnknown",
      "PluginAuthConfigurationUnknown",
      "ProviderDetailUnknown",
      "ReadAuthenticationMetadataUnknown",
      "ReadAuthorizationCodeGrantCredentialsDetailsUnknown",
      "ReadClientCredentialsDetailsUnknown"
    ]
  }
};
      export default result;
    