import {
  ACTION_CONNECTOR_ARN_FORMAT,
  CONNECTOR_V2_ARN_FORMAT,
  parseActionConnectorArn,
  parseConnectorV2Arn,
  parsePluginArn,
  PLUGIN_ARN_FORMAT,
} from '../aws/arn.js';
import { validationError, type FieldError } from '../errors.js';
import { checkPluginIds } from '../qbusiness/validation.js';
import { checkActionConnectorIds } from '../quicksight/validation.js';
import { checkConnectorV2Id } from '../securityhub/validation.js';
import { requireValid } from '../validation.js';
import type { ConnectorV2Key } from '../securityhub/api.js';
import type { ActionConnectorKey } from '../quicksight/api.js';
import type { PluginKey } from '../qbusiness/api.js';

/**
 * Entity representation -> loader key, for the three entities. A representation arrives from a router as untyped
 * JSON (`_Any`), so nothing here trusts its shape: a reference missing its key fields, with a non-string key field
 * or with an ARN of the wrong format is refused with VALIDATION_FAILED, naming the field, before any AWS call.
 *
 * A reference by ARN wins over one by ids when both are present: the ARN carries the region. A reference by ids is
 * resolved in the gateway's region (as the root query fields are).
 */

/** The loader key, plus the ARN the reference was made with (to fill the entity's ARN should AWS leave it out). */
export type Resolved<K> = K & { referencedArn?: string };

export function pluginKey(reference: unknown, defaultRegion: string): Resolved<PluginKey> {
  const fields = keyFields(reference, ['pluginArn', 'applicationId', 'pluginId']);
  if (fields.pluginArn !== undefined) {
    const arn = parsePluginArn(fields.pluginArn);
    if (arn === undefined) throw badArn('pluginArn', PLUGIN_ARN_FORMAT);
    requireValid((check) => checkPluginIds(check, arn, { applicationId: 'pluginArn', pluginId: 'pluginArn' }));
    return { region: arn.region, applicationId: arn.applicationId, pluginId: arn.pluginId, referencedArn: fields.pluginArn };
  }
  const { applicationId, pluginId } = fields;
  if (applicationId !== undefined && pluginId !== undefined) {
    requireValid((check) => checkPluginIds(check, { applicationId, pluginId }));
    return { region: defaultRegion, applicationId, pluginId };
  }
  throw missingKey('Plugin', fields, [['applicationId', 'pluginId'], ['pluginArn']]);
}

export function actionConnectorKey(reference: unknown, defaultRegion: string): Resolved<ActionConnectorKey> {
  const fields = keyFields(reference, ['arn', 'awsAccountId', 'actionConnectorId']);
  if (fields.arn !== undefined) {
    const arn = parseActionConnectorArn(fields.arn);
    if (arn === undefined) throw badArn('arn', ACTION_CONNECTOR_ARN_FORMAT);
    const ids = { awsAccountId: arn.accountId, actionConnectorId: arn.actionConnectorId };
    requireValid((check) => checkActionConnectorIds(check, ids, { awsAccountId: 'arn', actionConnectorId: 'arn' }));
    return { region: arn.region, awsAccountId: arn.accountId, actionConnectorId: arn.actionConnectorId, referencedArn: fields.arn };
  }
  const { awsAccountId, actionConnectorId } = fields;
  if (awsAccountId !== undefined && actionConnectorId !== undefined) {
    requireValid((check) => checkActionConnectorIds(check, { awsAccountId, actionConnectorId }));
    return { region: defaultRegion, awsAccountId, actionConnectorId };
  }
  throw missingKey('ActionConnector', fields, [['awsAccountId', 'actionConnectorId'], ['arn']]);
}

export function connectorV2Key(reference: unknown, defaultRegion: string): Resolved<ConnectorV2Key> {
  const fields = keyFields(reference, ['connectorArn', 'connectorId']);
  if (fields.connectorArn !== undefined) {
    const arn = parseConnectorV2Arn(fields.connectorArn);
    if (arn === undefined) throw badArn('connectorArn', CONNECTOR_V2_ARN_FORMAT);
    requireValid((check) => checkConnectorV2Id(check, arn.connectorId, 'connectorArn'));
    return { region: arn.region, connectorId: arn.connectorId, referencedArn: fields.connectorArn };
  }
  const { connectorId } = fields;
  if (connectorId !== undefined) {
    requireValid((check) => checkConnectorV2Id(check, connectorId));
    return { region: defaultRegion, connectorId };
  }
  throw missingKey('ConnectorV2', fields, [['connectorId'], ['connectorArn']]);
}

/**
 * The named fields of a representation: a non-empty string, or undefined when absent or null. Anything else
 * (a number, an object, an empty string) is refused for that field.
 */
function keyFields<F extends string>(reference: unknown, names: readonly F[]): Partial<Record<F, string>> {
  const object: Record<string, unknown> = typeof reference === 'object' && reference !== null ? { ...reference } : {};
  const fields: Partial<Record<F, string>> = {};
  const problems: FieldError[] = [];
  for (const name of names) {
    const value = object[name];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value !== '') fields[name] = value;
    else problems.push({ path: name, message: 'must be a non-empty string' });
  }
  if (problems.length > 0) throw validationError(problems);
  return fields;
}

/** The message names the form, never the value (a router may log errors). */
function badArn(path: string, format: string): Error {
  return validationError([{ path, message: `is not an ARN of the form ${format} (partition aws, aws-cn or aws-us-gov)` }]);
}

/** No complete key: name the missing fields of the first (id) key and say which keys would do. */
function missingKey(typename: string, present: Partial<Record<string, string>>, keys: readonly (readonly string[])[]): Error {
  const alternatives = keys.map((key) => `"${key.join(' ')}"`).join(' or ');
  const missing = (keys[0] ?? []).filter((name) => present[name] === undefined);
  return validationError(
    missing.map((path) => ({ path, message: `missing: a ${typename} reference needs the key fields ${alternatives}` })),
  );
}
