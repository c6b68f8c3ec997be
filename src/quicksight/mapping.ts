import type {
  ActionConnector as SdkActionConnector,
  ReadAuthConfig as SdkReadAuthConfig,
  ReadAuthenticationMetadata as SdkReadAuthenticationMetadata,
  ReadAuthorizationCodeGrantCredentialsDetails as SdkReadAuthorizationCodeGrantCredentialsDetails,
  ReadClientCredentialsDetails as SdkReadClientCredentialsDetails,
} from '@aws-sdk/client-quicksight';
import type {
  ActionConnector,
  ReadAuthConfig,
  ReadAuthenticationMetadata,
  ReadAuthorizationCodeGrantCredentialsDetails,
  ReadClientCredentialsDetails,
} from '../__generated__/resolvers-types.js';
import { required, unknownUnionMember } from '../aws/shapes.js';
import type { ActionConnectorKey } from './api.js';

/** The `ActionConnector` structure of DescribeActionConnector as the GraphQL `ActionConnector`, plus the account. */
export function toActionConnector(connector: SdkActionConnector, key: ActionConnectorKey): ActionConnector {
  return {
    __typename: 'ActionConnector',
    awsAccountId: key.awsAccountId,
    arn: required(connector.Arn, 'ActionConnector.Arn'),
    actionConnectorId: connector.ActionConnectorId ?? key.actionConnectorId,
    type: required(connector.Type, 'ActionConnector.Type'),
    name: required(connector.Name, 'ActionConnector.Name'),
    createdTime: connector.CreatedTime ?? null,
    lastUpdatedTime: required(connector.LastUpdatedTime, 'ActionConnector.LastUpdatedTime'),
    status: connector.Status ?? null,
    error:
      connector.Error === undefined
        ? null
        : { __typename: 'ActionConnectorError', message: connector.Error.Message ?? null, type: connector.Error.Type ?? null },
    description: connector.Description ?? null,
    authenticationConfig:
      connector.AuthenticationConfig === undefined ? null : toReadAuthConfig(connector.AuthenticationConfig),
    enabledActions: connector.EnabledActions ?? null,
    vpcConnectionArn: connector.VpcConnectionArn ?? null,
  };
}

function toReadAuthConfig(config: SdkReadAuthConfig): ReadAuthConfig {
  return {
    __typename: 'ReadAuthConfig',
    authenticationType: required(config.AuthenticationType, 'ReadAuthConfig.AuthenticationType'),
    authenticationMetadata: toReadAuthenticationMetadata(
      required(config.AuthenticationMetadata, 'ReadAuthConfig.AuthenticationMetadata'),
    ),
  };
}

export function toReadAuthenticationMetadata(metadata: SdkReadAuthenticationMetadata): ReadAuthenticationMetadata {
  if (metadata.AuthorizationCodeGrantMetadata !== undefined) {
    const grant = metadata.AuthorizationCodeGrantMetadata;
    return {
      __typename: 'ReadAuthorizationCodeGrantMetadata',
      baseEndpoint: required(grant.BaseEndpoint, 'BaseEndpoint'),
      redirectUrl: required(grant.RedirectUrl, 'RedirectUrl'),
      readAuthorizationCodeGrantCredentialsDetails:
        grant.ReadAuthorizationCodeGrantCredentialsDetails === undefined
          ? null
          : toAuthorizationCodeGrantDetails(grant.ReadAuthorizationCodeGrantCredentialsDetails),
      authorizationCodeGrantCredentialsSource: grant.AuthorizationCodeGrantCredentialsSource ?? null,
    };
  }
  if (metadata.ClientCredentialsGrantMetadata !== undefined) {
    const grant = metadata.ClientCredentialsGrantMetadata;
    return {
      __typename: 'ReadClientCredentialsGrantMetadata',
      baseEndpoint: required(grant.BaseEndpoint, 'BaseEndpoint'),
      readClientCredentialsDetails:
        grant.ReadClientCredentialsDetails === undefined ? null : toClientCredentialsDetails(grant.ReadClientCredentialsDetails),
      clientCredentialsSource: grant.ClientCredentialsSource ?? null,
    };
  }
  if (metadata.BasicAuthConnectionMetadata !== undefined) {
    const basic = metadata.BasicAuthConnectionMetadata;
    return {
      __typename: 'ReadBasicAuthConnectionMetadata',
      baseEndpoint: required(basic.BaseEndpoint, 'BaseEndpoint'),
      username: required(basic.Username, 'Username'),
    };
  }
  if (metadata.ApiKeyConnectionMetadata !== undefined) {
    const apiKey = metadata.ApiKeyConnectionMetadata;
    return {
      __typename: 'ReadAPIKeyConnectionMetadata',
      baseEndpoint: required(apiKey.BaseEndpoint, 'BaseEndpoint'),
      email: apiKey.Email ?? null,
    };
  }
  if (metadata.NoneConnectionMetadata !== undefined) {
    return {
      __typename: 'ReadNoneConnectionMetadata',
      baseEndpoint: required(metadata.NoneConnectionMetadata.BaseEndpoint, 'BaseEndpoint'),
    };
  }
  if (metadata.IamConnectionMetadata !== undefined) {
    const iam = metadata.IamConnectionMetadata;
    return {
      __typename: 'ReadIamConnectionMetadata',
      roleArn: required(iam.RoleArn, 'RoleArn'),
      sourceArn: required(iam.SourceArn, 'SourceArn'),
    };
  }
  return unknownUnionMember('ReadAuthenticationMetadataUnknown', metadata);
}

function toAuthorizationCodeGrantDetails(
  details: SdkReadAuthorizationCodeGrantCredentialsDetails,
): ReadAuthorizationCodeGrantCredentialsDetails {
  if (details.ReadAuthorizationCodeGrantDetails !== undefined) {
    const grant = details.ReadAuthorizationCodeGrantDetails;
    return {
      __typename: 'ReadAuthorizationCodeGrantDetails',
      clientId: required(grant.ClientId, 'ClientId'),
      tokenEndpoint: required(grant.TokenEndpoint, 'TokenEndpoint'),
      authorizationEndpoint: required(grant.AuthorizationEndpoint, 'AuthorizationEndpoint'),
    };
  }
  return unknownUnionMember('ReadAuthorizationCodeGrantCredentialsDetailsUnknown', details);
}

function toClientCredentialsDetails(details: SdkReadClientCredentialsDetails): ReadClientCredentialsDetails {
  if (details.ReadClientCredentialsGrantDetails !== undefined) {
    const grant = details.ReadClientCredentialsGrantDetails;
    return {
      __typename: 'ReadClientCredentialsGrantDetails',
      clientId: required(grant.ClientId, 'ClientId'),
      tokenEndpoint: required(grant.TokenEndpoint, 'TokenEndpoint'),
    };
  }
  return unknownUnionMember('ReadClientCredentialsDetailsUnknown', details);
}
