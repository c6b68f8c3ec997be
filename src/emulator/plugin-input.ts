import type { CustomPluginConfiguration, PluginAuthConfiguration, QBusinessTag } from './shapes.js';
import type { FieldViolation } from './validation.js';
import {
  checkEnum,
  checkString,
  echo,
  missing,
  QBUSINESS_API_SCHEMA_TYPES,
  QBUSINESS_APPLICATION_ID,
  QBUSINESS_ARN,
  QBUSINESS_CLIENT_TOKEN,
  QBUSINESS_IDC_APPLICATION_ARN,
  QBUSINESS_PLUGIN_DESCRIPTION,
  QBUSINESS_PLUGIN_NAME,
  QBUSINESS_PLUGIN_TYPES,
  QBUSINESS_S3_BUCKET,
  QBUSINESS_S3_KEY,
  QBUSINESS_TAG_KEY,
  QBUSINESS_TAG_VALUE,
  QBUSINESS_URL,
} from './validation.js';
import { AwsError } from './wire.js';

/**
 * CreatePlugin's JSON body, read and checked the way the service does it:
 * - a member of the wrong JSON type (a number where a string belongs, ...) cannot be deserialized:
 *   SerializationException 400, naming the member's path (never its value);
 * - every other problem is collected as a field violation with the member's AWS path (`tags[3].key`,
 *   `authConfiguration.basicAuthConfiguration.roleArn`), so one ValidationException lists them all;
 * - JSON null counts as absent; unknown members are ignored (restJson1 servers ignore them).
 * The inline schema `payload` is @sensitive: no message ever quotes it.
 */

export interface CreatePluginInput {
  readonly applicationId: string;
  readonly displayName: string;
  readonly type: string;
  readonly authConfiguration: PluginAuthConfiguration;
  readonly serverUrl?: string;
  readonly customPluginConfiguration?: CustomPluginConfiguration;
  readonly tags?: QBusinessTag[];
  readonly clientToken?: string;
}

export type ParsedCreatePlugin =
  | { readonly ok: true; readonly input: CreatePluginInput }
  | { readonly ok: false; readonly violations: FieldViolation[] };

type JsonObject = Record<string, unknown>;

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function serializationError(path: string, expected: string, value: unknown): AwsError {
  return new AwsError(
    'SerializationException',
    `Cannot deserialize the request: expected ${expected} at '${path}', found ${jsonType(value)}.`,
    { status: 400 },
  );
}

/** The member, or undefined when absent or null; throws SerializationException for any other type. */
function readObject(value: unknown, path: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw serializationError(path, 'an object', value);
  return value as JsonObject;
}

function readString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw serializationError(path, 'a string', value);
  return value;
}

function readList(value: unknown, path: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw serializationError(path, 'an array', value);
  return value;
}

const AUTH_MEMBERS = ['basicAuthConfiguration', 'oAuth2ClientCredentialConfiguration', 'noAuthConfiguration', 'idcAuthConfiguration'];
const API_SCHEMA_MEMBERS = ['payload', 's3'];
const MAX_TAGS = 200;

class Checker {
  readonly violations: FieldViolation[] = [];

  add(violation: FieldViolation | undefined): void {
    if (violation !== undefined) this.violations.push(violation);
  }

  /** A required string member: missing -> "must not be null", else its constraints. */
  required(o: JsonObject, key: string, path: string, constraints: Parameters<typeof checkString>[2]): string | undefined {
    const value = readString(o[key], path);
    if (value === undefined) this.add(missing(path));
    else this.add(checkString(path, value, constraints));
    return value;
  }

  optional(o: JsonObject, key: string, path: string, constraints: Parameters<typeof checkString>[2]): string | undefined {
    const value = readString(o[key], path);
    if (value !== undefined) this.add(checkString(path, value, constraints));
    return value;
  }

  /** A union: exactly one member set (null members do not count); returns that member's name, if known. */
  union(o: JsonObject, path: string, known: readonly string[]): string | undefined {
    const set = Object.keys(o).filter((key) => o[key] !== null && o[key] !== undefined);
    if (set.length !== 1) {
      this.add({
        name: path,
        message:
          `Value at '${path}' failed to satisfy constraint: Union must have exactly one member set, found ${set.length}` +
          (set.length > 1 ? ` (${set.map(echo).join(', ')})` : ''),
      });
      return undefined;
    }
    const member = set[0] ?? '';
    if (!known.includes(member)) {
      this.add({
        name: `${path}.${echo(member)}`,
        message: `Value at '${path}' failed to satisfy constraint: Union member '${echo(member)}' is not one of [${known.join(', ')}]`,
      });
      return undefined;
    }
    return member;
  }
}

function readAuth(c: Checker, value: JsonObject): PluginAuthConfiguration | undefined {
  const base = 'authConfiguration';
  const member = c.union(value, base, AUTH_MEMBERS);
  if (member === undefined) return undefined;
  const path = `${base}.${member}`;
  const o = readObject(value[member], path) ?? {};
  switch (member) {
    case 'basicAuthConfiguration': {
      const secretArn = c.required(o, 'secretArn', `${path}.secretArn`, QBUSINESS_ARN);
      const roleArn = c.required(o, 'roleArn', `${path}.roleArn`, QBUSINESS_ARN);
      return { basicAuthConfiguration: { secretArn: secretArn ?? '', roleArn: roleArn ?? '' } };
    }
    case 'oAuth2ClientCredentialConfiguration': {
      const secretArn = c.required(o, 'secretArn', `${path}.secretArn`, QBUSINESS_ARN);
      const roleArn = c.required(o, 'roleArn', `${path}.roleArn`, QBUSINESS_ARN);
      const authorizationUrl = c.optional(o, 'authorizationUrl', `${path}.authorizationUrl`, QBUSINESS_URL);
      const tokenUrl = c.optional(o, 'tokenUrl', `${path}.tokenUrl`, QBUSINESS_URL);
      return {
        oAuth2ClientCredentialConfiguration: {
          secretArn: secretArn ?? '',
          roleArn: roleArn ?? '',
          ...(authorizationUrl === undefined ? {} : { authorizationUrl }),
          ...(tokenUrl === undefined ? {} : { tokenUrl }),
        },
      };
    }
    case 'noAuthConfiguration':
      return { noAuthConfiguration: {} };
    default: {
      const idcApplicationArn = c.required(o, 'idcApplicationArn', `${path}.idcApplicationArn`, QBUSINESS_IDC_APPLICATION_ARN);
      const roleArn = c.required(o, 'roleArn', `${path}.roleArn`, QBUSINESS_ARN);
      return { idcAuthConfiguration: { idcApplicationArn: idcApplicationArn ?? '', roleArn: roleArn ?? '' } };
    }
  }
}

function readCustom(c: Checker, o: JsonObject): CustomPluginConfiguration {
  const base = 'customPluginConfiguration';
  const description = c.required(o, 'description', `${base}.description`, QBUSINESS_PLUGIN_DESCRIPTION);
  const apiSchemaType = readString(o['apiSchemaType'], `${base}.apiSchemaType`);
  if (apiSchemaType === undefined) c.add(missing(`${base}.apiSchemaType`));
  else c.add(checkEnum(`${base}.apiSchemaType`, apiSchemaType, QBUSINESS_API_SCHEMA_TYPES));
  const config: CustomPluginConfiguration = { description: description ?? '', apiSchemaType: apiSchemaType ?? '' };
  const schema = readObject(o['apiSchema'], `${base}.apiSchema`);
  if (schema !== undefined) {
    const member = c.union(schema, `${base}.apiSchema`, API_SCHEMA_MEMBERS);
    if (member === 'payload') {
      // @sensitive and unconstrained: only its type is checked, and it is never quoted.
      config.apiSchema = { payload: readString(schema['payload'], `${base}.apiSchema.payload`) ?? '' };
    } else if (member === 's3') {
      const path = `${base}.apiSchema.s3`;
      const s3 = readObject(schema['s3'], path) ?? {};
      const bucket = c.required(s3, 'bucket', `${path}.bucket`, QBUSINESS_S3_BUCKET);
      const key = c.required(s3, 'key', `${path}.key`, QBUSINESS_S3_KEY);
      config.apiSchema = { s3: { bucket: bucket ?? '', key: key ?? '' } };
    }
  }
  return config;
}

function readTags(c: Checker, list: readonly unknown[]): QBusinessTag[] {
  if (list.length > MAX_TAGS) {
    c.add({
      name: 'tags',
      message: `Value with ${list.length} items at 'tags' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TAGS}`,
    });
  }
  return list.map((item, index) => {
    const path = `tags[${index}]`;
    const tag = readObject(item, path);
    if (tag === undefined) {
      c.add(missing(path));
      return { key: '', value: '' };
    }
    const key = c.required(tag, 'key', `${path}.key`, QBUSINESS_TAG_KEY);
    const value = c.required(tag, 'value', `${path}.value`, QBUSINESS_TAG_VALUE);
    return { key: key ?? '', value: value ?? '' };
  });
}

/** Reads and validates a CreatePlugin request; throws AwsError('SerializationException') for wrong JSON types. */
export function parseCreatePlugin(applicationId: string, body: unknown): ParsedCreatePlugin {
  const c = new Checker();
  const o = readObject(body, '$') ?? {};
  c.add(checkString('applicationId', applicationId, QBUSINESS_APPLICATION_ID));

  const displayName = c.required(o, 'displayName', 'displayName', QBUSINESS_PLUGIN_NAME);
  const type = readString(o['type'], 'type');
  if (type === undefined) c.add(missing('type'));
  else c.add(checkEnum('type', type, QBUSINESS_PLUGIN_TYPES));

  const authObject = readObject(o['authConfiguration'], 'authConfiguration');
  let authConfiguration: PluginAuthConfiguration | undefined;
  if (authObject === undefined) c.add(missing('authConfiguration'));
  else authConfiguration = readAuth(c, authObject);

  const serverUrl = c.optional(o, 'serverUrl', 'serverUrl', QBUSINESS_URL);

  const customObject = readObject(o['customPluginConfiguration'], 'customPluginConfiguration');
  const customPluginConfiguration = customObject === undefined ? undefined : readCustom(c, customObject);

  const tagList = readList(o['tags'], 'tags');
  const tags = tagList === undefined ? undefined : readTags(c, tagList);

  const clientToken = c.optional(o, 'clientToken', 'clientToken', QBUSINESS_CLIENT_TOKEN);

  // Rules the CreatePlugin documentation states: a custom plugin is defined by its configuration (OpenAPI schema);
  // every built-in plugin type connects to a server URL.
  if (type === 'CUSTOM' && customObject === undefined) c.add(missing('customPluginConfiguration', ' when type is CUSTOM'));
  if (type !== undefined && type !== 'CUSTOM' && QBUSINESS_PLUGIN_TYPES.includes(type) && serverUrl === undefined) {
    c.add(missing('serverUrl', ` when type is ${type}`));
  }

  if (c.violations.length > 0 || displayName === undefined || type === undefined || authConfiguration === undefined) {
    return { ok: false, violations: c.violations };
  }
  return {
    ok: true,
    input: {
      applicationId,
      displayName,
      type,
      authConfiguration,
      ...(serverUrl === undefined ? {} : { serverUrl }),
      ...(customPluginConfiguration === undefined ? {} : { customPluginConfiguration }),
      ...(tags === undefined ? {} : { tags }),
      ...(clientToken === undefined ? {} : { clientToken }),
    },
  };
}
