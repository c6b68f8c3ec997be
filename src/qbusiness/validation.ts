import type { CreatePluginInput } from '../__generated__/resolvers-types.js';
import type { FieldError } from '../errors.js';
import { FieldErrorCollector, type StringRule } from '../validation.js';

// The CreatePlugin constraints of the Q Business model (OPERATIONS.md section 4), compiled once. Every pattern is
// anchored and linear; the collector checks lengths first, so no pattern ever sees more than 2048 characters.
const ARN_PATTERN = /^arn:[a-z0-9-.]{1,63}:[a-z0-9-.]{0,63}:[a-z0-9-.]{0,63}:[a-z0-9-.]{0,63}:[^/].{0,1023}$/;
export const RULES = {
  applicationId: {
    min: 36,
    max: 36,
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9-]{35}$/,
    patternHint: 'letters, digits and hyphens, starting with a letter or digit',
  },
  pluginId: {
    min: 36,
    max: 36,
    pattern: /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
    patternHint: 'a lowercase UUID',
  },
  displayName: {
    min: 1,
    max: 100,
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/,
    patternHint: 'letters, digits, _ and -, starting with a letter or digit',
  },
  url: { min: 1, max: 2048, pattern: /^(https?|ftp|file):\/\/([^\s]*)$/, patternHint: 'an http(s), ftp or file URL without whitespace' },
  arn: { min: 0, max: 1284, pattern: ARN_PATTERN, patternHint: 'an ARN' },
  idcApplicationArn: {
    min: 10,
    max: 1224,
    pattern: /^arn:[a-z0-9-.]{1,63}:sso::\d{12}:application\/(sso)?ins-[a-zA-Z0-9-.]{16}\/apl-[a-zA-Z0-9]{16}$/,
    patternHint: 'an IAM Identity Center application ARN',
  },
  description: { min: 1, max: 200 },
  bucket: {
    min: 1,
    max: 63,
    pattern: /^[a-z0-9][.\-a-z0-9]{1,61}[a-z0-9]$/,
    patternHint: 'lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit',
  },
  objectKey: { min: 1, max: 1024 },
  tagKey: { min: 1, max: 128 },
  tagValue: { min: 0, max: 256 },
  clientToken: { min: 1, max: 100 },
} as const satisfies Record<string, StringRule>;

export const MAX_TAGS = 200;

/**
 * The ids that become GetPlugin's and ListPlugins' URL path (`/applications/{applicationId}/plugins/{pluginId}`),
 * checked against the model. `paths` name the GraphQL arguments (or entity key fields) they came from.
 */
export function checkPluginIds(
  check: FieldErrorCollector,
  ids: { applicationId: string; pluginId?: string },
  paths: { applicationId: string; pluginId?: string } = { applicationId: 'applicationId', pluginId: 'pluginId' },
): void {
  check.pathSegment(paths.applicationId, ids.applicationId, RULES.applicationId);
  if (ids.pluginId !== undefined) check.pathSegment(paths.pluginId ?? 'pluginId', ids.pluginId, RULES.pluginId);
}
const AUTH_MEMBERS = ['basicAuthConfiguration', 'oAuth2ClientCredentialConfiguration', 'noAuthConfiguration', 'idcAuthConfiguration'] as const;
const API_SCHEMA_MEMBERS = ['payload', 's3'] as const;

/**
 * Every documented constraint and business rule of CreatePlugin, checked before any AWS call. Returns all
 * violations (empty when the input is valid), with paths relative to the mutation's arguments.
 */
export function validateCreatePluginInput(input: CreatePluginInput): FieldError[] {
  const check = new FieldErrorCollector();
  check.string('input.applicationId', input.applicationId, RULES.applicationId);
  check.string('input.displayName', input.displayName, RULES.displayName);
  if (input.type === 'UNRECOGNIZED') check.add('input.type', 'UNRECOGNIZED is an output-only value: give a PluginType');

  const auth = input.authConfiguration;
  const authKind = check.exactlyOne('input.authConfiguration', auth, AUTH_MEMBERS);
  if (authKind === 'basicAuthConfiguration' && auth.basicAuthConfiguration) {
    check.string('input.authConfiguration.basicAuthConfiguration.secretArn', auth.basicAuthConfiguration.secretArn, RULES.arn);
    check.string('input.authConfiguration.basicAuthConfiguration.roleArn', auth.basicAuthConfiguration.roleArn, RULES.arn);
  } else if (authKind === 'oAuth2ClientCredentialConfiguration' && auth.oAuth2ClientCredentialConfiguration) {
    const oauth = auth.oAuth2ClientCredentialConfiguration;
    const path = 'input.authConfiguration.oAuth2ClientCredentialConfiguration';
    check.string(`${path}.secretArn`, oauth.secretArn, RULES.arn);
    check.string(`${path}.roleArn`, oauth.roleArn, RULES.arn);
    if (oauth.authorizationUrl != null) check.string(`${path}.authorizationUrl`, oauth.authorizationUrl, RULES.url);
    if (oauth.tokenUrl != null) check.string(`${path}.tokenUrl`, oauth.tokenUrl, RULES.url);
  } else if (authKind === 'noAuthConfiguration' && auth.noAuthConfiguration !== true) {
    check.add('input.authConfiguration.noAuthConfiguration', 'must be true to choose no authentication');
  } else if (authKind === 'idcAuthConfiguration' && auth.idcAuthConfiguration) {
    const idc = auth.idcAuthConfiguration;
    check.string('input.authConfiguration.idcAuthConfiguration.idcApplicationArn', idc.idcApplicationArn, RULES.idcApplicationArn);
    check.string('input.authConfiguration.idcAuthConfiguration.roleArn', idc.roleArn, RULES.arn);
  }

  if (input.serverUrl != null) check.string('input.serverUrl', input.serverUrl, RULES.url);

  const custom = input.customPluginConfiguration;
  if (custom != null) {
    check.string('input.customPluginConfiguration.description', custom.description, RULES.description);
    if (custom.apiSchemaType === 'UNRECOGNIZED') {
      check.add('input.customPluginConfiguration.apiSchemaType', 'UNRECOGNIZED is an output-only value: give an APISchemaType');
    }
    if (custom.apiSchema != null) {
      const kind = check.exactlyOne('input.customPluginConfiguration.apiSchema', custom.apiSchema, API_SCHEMA_MEMBERS);
      if (kind === 's3' && custom.apiSchema.s3) {
        check.string('input.customPluginConfiguration.apiSchema.s3.bucket', custom.apiSchema.s3.bucket, RULES.bucket);
        check.string('input.customPluginConfiguration.apiSchema.s3.key', custom.apiSchema.s3.key, RULES.objectKey);
      }
    }
  }

  const tags = input.tags ?? [];
  if (tags.length > MAX_TAGS) check.add('input.tags', `must hold at most ${MAX_TAGS} tags (got ${tags.length})`);
  tags.forEach((tag, i) => {
    check.string(`input.tags[${i}].key`, tag.key, RULES.tagKey);
    check.string(`input.tags[${i}].value`, tag.value, RULES.tagValue);
  });

  if (input.clientToken != null) check.string('input.clientToken', input.clientToken, RULES.clientToken);

  // Business rules from the CreatePlugin documentation.
  if (input.type === 'CUSTOM' && custom == null) {
    check.add('input.customPluginConfiguration', 'is required when type is CUSTOM');
  }
  if (input.type !== 'CUSTOM' && input.serverUrl == null) {
    check.add('input.serverUrl', 'is required unless type is CUSTOM');
  }
  return check.errors;
}
