import type {
  ActionConnector as SdkActionConnector,
  ActionConnectorSummary as SdkActionConnectorSummary,
  ReadAuthConfig as SdkReadAuthConfig,
  ReadAuthenticationMetadata as SdkReadAuthenticationMetadata,
  ReadAuthorizationCodeGrantCredentialsDetails as SdkReadAuthorizationCodeGrantCredentialsDetails,
  ReadClientCredentialsDetails as SdkReadClientCredentialsDetails,
} from '@aws-sdk/client-quicksight';
import type {
  ActionConnectorError,
  ReadAuthConfig,
  ReadAuthenticationMetadata,
  ReadAuthorizationCodeGrantCredentialsDetails,
  ReadClientCredentialsDetails,
} from '../__generated__/resolvers-types.js';
import { required, unknownUnionMember } from '../aws/shapes.js';
import type { ActionConnectorKey } from './api.js';
import type { ActionConnectorModel, FullActionConnector } from './model.js';

/** The `ActionConnector` structure of DescribeActionConnector as the GraphQL `ActionConnector`, plus the account. */
export function toActionConnector(connector: SdkActionConnector, key: ActionConnectorKey): FullActionConnector {
  return {
    source: 'DescribeActionConnector',
    region: key.region,
    __typename: 'ActionConnector',
    awsAccountId: key.awsAccountId,
    arn: required(connector.Arn, 'ActionConnector.Arn'),
    actionConnectorId: connector.ActionConnectorId ?? key.actionConnectorId,
    type: required(connector.Type, 'ActionConnector.Type'),
    name: required(connector.Name, 'ActionConnector.Name'),
    createdTime: connector.CreatedTime ?? null,
    lastUpdatedTime: required(connector.LastUpdatedTime, 'ActionConnector.LastUpdatedTime'),
    status: connector.Status ?? null,
    error: toActionConnectorError(connector.Error),
    description: connector.Description ?? null,
    authenticationConfig:
      connector.AuthenticationConfig === undefined ? null : toReadAuthConfig(connector.AuthenticationConfig),
    enabledActions: connector.EnabledActions ?? null,
    vpcConnectionArn: connector.VpcConnectionArn ?? null,
  };
}

/** A ListActionConnectors summary as an ActionConnector parent; missing fields load with DescribeActionConnector. */
export function toActionConnectorFromSummary(
  summary: SdkActionConnectorSummary,
  region: string,
  awsAccountId: string,
): ActionConnectorModel {
  return {
    source: 'ListActionConnectors',
    region,
    __typename: 'ActionConnector',
    awsAccountId,
    arn: required(summary.Arn, 'ActionConnectorSummary.Arn'),
    actionConnectorId: required(summary.ActionConnectorId, 'ActionConnectorSummary.ActionConnectorId'),
    type: required(summary.Type, 'ActionConnectorSummary.Type'),
    name: required(summary.Name, 'ActionConnectorSummary.Name'),
    createdTime: summary.CreatedTime ?? null,
    lastUpdatedTime: required(summary.LastUpdatedTime, 'ActionConnectorSummary.LastUpdatedTime'),
    status: summary.Status ?? null,
    error: toActionConnectorError(summary.Error),
  };
}

function toActionConnectorError(error: SdkActionConnector['Error']): ActionConnectorError | null {
  return error === undefined
    ? null
    : { __typename: 'ActionConnectorError', message: error.Message ?? null, type: error.Type ?? null };
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
