import { randomUUID } from 'node:crypto';
import type {
  APISchema as SdkAPISchema,
  CreatePluginCommandInput,
  PluginAuthConfiguration as SdkPluginAuthConfiguration,
} from '@aws-sdk/client-qbusiness';
import type {
  APISchemaInput,
  CreatePluginInput,
  PluginAuthConfigurationInput,
  PluginBuildStatus,
} from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { awsErrorToGraphQL, GatewayError, validationError } from '../errors.js';
import { createPlugin as callCreatePlugin } from './api.js';
import { validateCreatePluginInput } from './validation.js';

/** What createPlugin resolves to; `plugin` is read lazily, through the GetPlugin loader, only when selected. */
export interface CreatePluginResult {
  region: string;
  applicationId: string;
  pluginId: string;
  pluginArn: string | null;
  buildStatus: PluginBuildStatus | null;
  clientToken: string;
}

/**
 * The createPlugin mutation: validate everything (no AWS call on a violation), send CreatePlugin with a client
 * token (the caller's, or a fresh UUID that every SDK retry of this call reuses), then forget any cached read of the
 * new plugin so the payload's `plugin` field sees it.
 */
export async function createPlugin(input: CreatePluginInput, context: Context): Promise<CreatePluginResult> {
  const clientToken = input.clientToken ?? randomUUID();
  try {
    return await createWithToken(input, clientToken, context);
  } catch (error) {
    throw withClientToken(error, clientToken);
  }
}

/**
 * Every createPlugin error carries the client token (`extensions.clientToken`): when a response is lost, retrying
 * with that token returns the plugin the first attempt made, if it made one, instead of a CONFLICT or a second plugin.
 */
function withClientToken(error: unknown, clientToken: string): GatewayError {
  const contract =
    error instanceof GatewayError
      ? error
      : awsErrorToGraphQL(error, { service: 'qbusiness', operation: 'CreatePlugin', region: 'unknown' });
  return new GatewayError(contract.message, { ...contract.extensions, clientToken }, contract.originalError ?? undefined);
}

async function createWithToken(input: CreatePluginInput, clientToken: string, context: Context): Promise<CreatePluginResult> {
  const fieldErrors = validateCreatePluginInput(input);
  if (fieldErrors.length > 0) throw validationError(fieldErrors);
  const region = context.region;
  let output;
  try {
    output = await callCreatePlugin(context.clients, region, toCreatePluginRequest(input, clientToken));
  } catch (error) {
    throw awsErrorToGraphQL(error, { service: 'qbusiness', operation: 'CreatePlugin', region }, { fieldPathPrefix: 'input.' });
  }
  if (output.pluginId === undefined) {
    throw awsErrorToGraphQL(new Error('CreatePlugin answered without a pluginId'), {
      service: 'qbusiness',
      operation: 'CreatePlugin',
      region,
    });
  }
  const key = { region, applicationId: input.applicationId, pluginId: output.pluginId };
  context.loaders.plugin.clear(key);
  return {
    ...key,
    pluginArn: output.pluginArn ?? null,
    buildStatus: output.buildStatus ?? null,
    clientToken,
  };
}

/**
 * The validated input as the SDK's request. Call only after validateCreatePluginInput found nothing; the throws
 * below mark states validation makes impossible (they surface as INTERNAL_SERVER_ERROR if it ever regresses).
 */
export function toCreatePluginRequest(
  input: CreatePluginInput,
  clientToken: string,
): CreatePluginCommandInput & { clientToken: string } {
  const { type } = input;
  if (type === 'UNRECOGNIZED') throw new Error('unvalidated input: type UNRECOGNIZED');
  const custom = input.customPluginConfiguration;
  const apiSchemaType = custom?.apiSchemaType;
  if (apiSchemaType === 'UNRECOGNIZED') throw new Error('unvalidated input: apiSchemaType UNRECOGNIZED');
  return {
    applicationId: input.applicationId,
    displayName: input.displayName,
    type,
    authConfiguration: toSdkAuth(input.authConfiguration),
    ...(input.serverUrl == null ? {} : { serverUrl: input.serverUrl }),
    ...(custom == null || apiSchemaType === undefined
      ? {}
      : {
          customPluginConfiguration: {
            description: custom.description,
            apiSchemaType,
            ...(custom.apiSchema == null ? {} : { apiSchema: toSdkApiSchema(custom.apiSchema) }),
          },
        }),
    ...(input.tags == null ? {} : { tags: input.tags.map(({ key, value }) => ({ key, value })) }),
    clientToken,
  };
}

function toSdkAuth(auth: PluginAuthConfigurationInput): SdkPluginAuthConfiguration {
  if (auth.basicAuthConfiguration != null) return { basicAuthConfiguration: { ...auth.basicAuthConfiguration } };
  if (auth.oAuth2ClientCredentialConfiguration != null) {
    const { secretArn, roleArn, authorizationUrl, tokenUrl } = auth.oAuth2ClientCredentialConfiguration;
    return {
      oAuth2ClientCredentialConfiguration: {
        secretArn,
        roleArn,
        ...(authorizationUrl == null ? {} : { authorizationUrl }),
        ...(tokenUrl == null ? {} : { tokenUrl }),
      },
    };
  }
  if (auth.idcAuthConfiguration != null) return { idcAuthConfiguration: { ...auth.idcAuthConfiguration } };
  if (auth.noAuthConfiguration === true) return { noAuthConfiguration: {} };
  throw new Error('unvalidated input: authConfiguration sets no member');
}

function toSdkApiSchema(schema: APISchemaInput): SdkAPISchema {
  if (schema.s3 != null) return { s3: { bucket: schema.s3.bucket, key: schema.s3.key } };
  if (schema.payload != null) return { payload: schema.payload };
  throw new Error('unvalidated input: apiSchema sets no member');
}
