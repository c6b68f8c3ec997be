import type {
  APISchema as SdkAPISchema,
  CustomPluginConfiguration as SdkCustomPluginConfiguration,
  GetPluginResponse,
  Plugin as SdkPluginSummary,
  PluginAuthConfiguration as SdkPluginAuthConfiguration,
} from '@aws-sdk/client-qbusiness';
import type {
  APISchema,
  CustomPluginConfiguration,
  PluginAuthConfiguration,
} from '../__generated__/resolvers-types.js';
import { required, unknownUnionMember } from '../aws/shapes.js';
import type { PluginKey } from './api.js';
import type { FullPlugin, PluginModel } from './model.js';

/** GetPlugin's output as the GraphQL `Plugin`. The key fills the identifiers should AWS leave them out. */
export function toPlugin(output: GetPluginResponse, key: PluginKey): FullPlugin {
  return {
    source: 'GetPlugin',
    region: key.region,
    __typename: 'Plugin',
    applicationId: output.applicationId ?? key.applicationId,
    pluginId: output.pluginId ?? key.pluginId,
    displayName: output.displayName ?? null,
    type: output.type ?? null,
    serverUrl: output.serverUrl ?? null,
    authConfiguration: output.authConfiguration === undefined ? null : toPluginAuthConfiguration(output.authConfiguration),
    customPluginConfiguration:
      output.customPluginConfiguration === undefined ? null : toCustomPluginConfiguration(output.customPluginConfiguration),
    buildStatus: output.buildStatus ?? null,
    pluginArn: output.pluginArn ?? null,
    state: output.state ?? null,
    createdAt: output.createdAt ?? null,
    updatedAt: output.updatedAt ?? null,
  };
}

/** A ListPlugins summary as a Plugin parent; the fields it lacks are loaded with GetPlugin when selected. */
export function toPluginFromSummary(summary: SdkPluginSummary, region: string, applicationId: string): PluginModel {
  return {
    source: 'ListPlugins',
    region,
    __typename: 'Plugin',
    applicationId,
    pluginId: required(summary.pluginId, 'Plugin.pluginId'),
    displayName: summary.displayName ?? null,
    type: summary.type ?? null,
    serverUrl: summary.serverUrl ?? null,
    buildStatus: summary.buildStatus ?? null,
    state: summary.state ?? null,
    createdAt: summary.createdAt ?? null,
    updatedAt: summary.updatedAt ?? null,
  };
}

export function toPluginAuthConfiguration(auth: SdkPluginAuthConfiguration): PluginAuthConfiguration {
  if (auth.basicAuthConfiguration !== undefined) {
    const { secretArn, roleArn } = auth.basicAuthConfiguration;
    return { __typename: 'BasicAuthConfiguration', secretArn: required(secretArn, 'secretArn'), roleArn: required(roleArn, 'roleArn') };
  }
  if (auth.oAuth2ClientCredentialConfiguration !== undefined) {
    const { secretArn, roleArn, authorizationUrl, tokenUrl } = auth.oAuth2ClientCredentialConfiguration;
    return {
      __typename: 'OAuth2ClientCredentialConfiguration',
      secretArn: required(secretArn, 'secretArn'),
      roleArn: required(roleArn, 'roleArn'),
      authorizationUrl: authorizationUrl ?? null,
      tokenUrl: tokenUrl ?? null,
    };
  }
  if (auth.noAuthConfiguration !== undefined) {
    return { __typename: 'NoAuthConfiguration', authenticationRequired: false };
  }
  if (auth.idcAuthConfiguration !== undefined) {
    const { idcApplicationArn, roleArn } = auth.idcAuthConfiguration;
    return { __typename: 'IdcAuthConfiguration', idcApplicationArn: required(idcApplicationArn, 'idcApplicationArn'), roleArn: required(roleArn, 'roleArn') };
  }
  return unknownUnionMember('PluginAuthConfigurationUnknown', auth);
}

function toCustomPluginConfiguration(config: SdkCustomPluginConfiguration): CustomPluginConfiguration {
  return {
    __typename: 'CustomPluginConfiguration',
    description: required(config.description, 'CustomPluginConfiguration.description'),
    apiSchemaType: required(config.apiSchemaType, 'CustomPluginConfiguration.apiSchemaType'),
    apiSchema: config.apiSchema === undefined ? null : toApiSchema(config.apiSchema),
  };
}

function toApiSchema(schema: SdkAPISchema): APISchema {
  if (schema.payload !== undefined) return { __typename: 'APISchemaPayload', payload: schema.payload };
  if (schema.s3 !== undefined) {
    return { __typename: 'S3', bucket: required(schema.s3.bucket, 'S3.bucket'), key: required(schema.s3.key, 'S3.key') };
  }
  return unknownUnionMember('APISchemaUnknown', schema);
}
