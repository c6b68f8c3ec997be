/**
 * Server-side input constraints (the SDK checks none of them client-side; the service does).
 *
 * Messages follow the wording AWS services use:
 *   "2 validation errors detected: Value 'x' at 'pluginId' failed to satisfy constraint: Member must ...; Value ..."
 * Each handler turns the violations into its service's documented exception.
 */

export interface StringConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Tested as written: Smithy patterns are ECMA-262 and not implicitly anchored (Security Hub's `\S`). */
  readonly pattern?: RegExp;
  /** The pattern as the model writes it, for messages (defaults to `pattern.source`). */
  readonly patternText?: string;
}

/** One violated member: `name` is the AWS member name, `message` says every constraint it failed. */
export interface FieldViolation {
  readonly name: string;
  readonly message: string;
}

/** Checks one string member; returns undefined when every constraint holds. */
export function checkString(name: string, value: string, constraints: StringConstraints): FieldViolation | undefined {
  const failed: string[] = [];
  // Smithy `length` counts Unicode code points.
  const length = [...value].length;
  if (constraints.minLength !== undefined && length < constraints.minLength) {
    failed.push(`Member must have length greater than or equal to ${constraints.minLength}`);
  }
  if (constraints.maxLength !== undefined && length > constraints.maxLength) {
    failed.push(`Member must have length less than or equal to ${constraints.maxLength}`);
  }
  if (constraints.pattern !== undefined && !constraints.pattern.test(value)) {
    failed.push(`Member must satisfy regular expression pattern: ${constraints.patternText ?? constraints.pattern.source}`);
  }
  if (failed.length === 0) return undefined;
  return { name, message: `Value '${echo(value)}' at '${name}' failed to satisfy constraint: ${failed.join(' and ')}` };
}

/** Longest value echoed in a message; longer values are cut (ErrorMessage is at most 2048 characters). */
const MAX_ECHO = 200;

/** A value as messages quote it: cut after MAX_ECHO code points, so a 100 kB input never makes a 100 kB message. */
export function echo(value: string): string {
  if (value.length <= MAX_ECHO) return value;
  const points = [...value];
  return points.length <= MAX_ECHO ? value : `${points.slice(0, MAX_ECHO).join('')}...`;
}

/** A required member that is absent (or JSON null), worded as AWS words it. */
export function missing(name: string, when = ''): FieldViolation {
  return { name, message: `Value null at '${name}' failed to satisfy constraint: Member must not be null${when}` };
}

/** Checks that `value` is one of `allowed` (an enum member of the model). */
export function checkEnum(name: string, value: string, allowed: readonly string[]): FieldViolation | undefined {
  if (allowed.includes(value)) return undefined;
  return {
    name,
    message: `Value '${echo(value)}' at '${name}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
  };
}

/**
 * Parses an integer query member (`maxResults`) and checks its range. Returns the number, or a violation for a
 * value that is not a base-10 integer or is out of range.
 */
export function checkIntegerParam(
  name: string,
  raw: string,
  range: { readonly min: number; readonly max: number },
): { value: number } | { violation: FieldViolation } {
  if (!/^[+-]?\d{1,15}$/.test(raw)) {
    return { violation: { name, message: `Value '${echo(raw)}' at '${name}' failed to satisfy constraint: Member must be an integer` } };
  }
  const value = Number(raw);
  if (value < range.min) {
    return {
      violation: { name, message: `Value '${value}' at '${name}' failed to satisfy constraint: Member must have value greater than or equal to ${range.min}` },
    };
  }
  if (value > range.max) {
    return {
      violation: { name, message: `Value '${value}' at '${name}' failed to satisfy constraint: Member must have value less than or equal to ${range.max}` },
    };
  }
  return { value };
}

/** Checks several members at once and returns every violation, in argument order. */
export function checkAll(
  checks: ReadonlyArray<readonly [name: string, value: string, constraints: StringConstraints]>,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  for (const [name, value, constraints] of checks) {
    const violation = checkString(name, value, constraints);
    if (violation !== undefined) violations.push(violation);
  }
  return violations;
}

/** The top-level message for a list of violations (must not be empty). */
export function summarize(violations: readonly FieldViolation[]): string {
  const count = violations.length;
  const noun = count === 1 ? 'validation error' : 'validation errors';
  const message = `${count} ${noun} detected: ${violations.map((v) => v.message).join('; ')}`;
  // ErrorMessage is length [1..2048]; the `fields` list (qbusiness) still names every violation.
  return message.length <= 2048 ? message : `${message.slice(0, 2045)}...`;
}

// Constraints from the models (OPERATIONS.md sections 4-7), shared by the operations that use the same shapes.

export const QBUSINESS_APPLICATION_ID: StringConstraints = {
  minLength: 36,
  maxLength: 36,
  pattern: /^[a-zA-Z0-9][a-zA-Z0-9-]{35}$/,
};
export const QBUSINESS_PLUGIN_ID: StringConstraints = {
  minLength: 36,
  maxLength: 36,
  pattern: /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
};
export const QUICKSIGHT_AWS_ACCOUNT_ID: StringConstraints = {
  minLength: 12,
  maxLength: 12,
  pattern: /^[0-9]{12}$/,
};
export const QUICKSIGHT_SHORT_RESTRICTIVE_RESOURCE_ID: StringConstraints = {
  minLength: 1,
  maxLength: 512,
  pattern: /^[\w-]+$/,
  patternText: '^[\\w\\-]+$',
};
export const SECURITYHUB_NON_EMPTY_STRING: StringConstraints = {
  pattern: /\S/,
};

// CreatePlugin members (OPERATIONS.md section 4). Every pattern is linear-time: the character classes on either side
// of each separator exclude the separator, and the only open-ended parts are single classes (`[^\s]*`, `.{0,1023}`).

const QBUSINESS_ARN_PATTERN = /^arn:[a-z0-9.-]{1,63}:[a-z0-9.-]{0,63}:[a-z0-9.-]{0,63}:[a-z0-9.-]{0,63}:[^/].{0,1023}$/;
const QBUSINESS_ARN_TEXT = '^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$';

export const QBUSINESS_PLUGIN_NAME: StringConstraints = { minLength: 1, maxLength: 100, pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/ };
export const QBUSINESS_URL: StringConstraints = {
  minLength: 1,
  maxLength: 2048,
  pattern: /^(https?|ftp|file):\/\/([^\s]*)$/,
  patternText: '^(https?|ftp|file)://([^\\s]*)$',
};
/** SecretArn and RoleArn share this shape. */
export const QBUSINESS_ARN: StringConstraints = { minLength: 0, maxLength: 1284, pattern: QBUSINESS_ARN_PATTERN, patternText: QBUSINESS_ARN_TEXT };
export const QBUSINESS_IDC_APPLICATION_ARN: StringConstraints = {
  minLength: 10,
  maxLength: 1224,
  pattern: /^arn:[a-z0-9.-]{1,63}:sso::\d{12}:application\/(sso)?ins-[a-zA-Z0-9.-]{16}\/apl-[a-zA-Z0-9]{16}$/,
  patternText: '^arn:[a-z0-9-\\.]{1,63}:sso::\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}$',
};
export const QBUSINESS_PLUGIN_DESCRIPTION: StringConstraints = { minLength: 1, maxLength: 200 };
export const QBUSINESS_S3_BUCKET: StringConstraints = {
  minLength: 1,
  maxLength: 63,
  pattern: /^[a-z0-9][.\-a-z0-9]{1,61}[a-z0-9]$/,
  patternText: '^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$',
};
export const QBUSINESS_S3_KEY: StringConstraints = { minLength: 1, maxLength: 1024 };
export const QBUSINESS_TAG_KEY: StringConstraints = { minLength: 1, maxLength: 128 };
export const QBUSINESS_TAG_VALUE: StringConstraints = { minLength: 0, maxLength: 256 };
export const QBUSINESS_CLIENT_TOKEN: StringConstraints = { minLength: 1, maxLength: 100 };
export const QBUSINESS_NEXT_TOKEN: StringConstraints = { minLength: 1, maxLength: 800 };

export const QBUSINESS_PLUGIN_TYPES: readonly string[] = [
  'SERVICE_NOW', 'SALESFORCE', 'JIRA', 'ZENDESK', 'CUSTOM', 'QUICKSIGHT', 'SERVICENOW_NOW_PLATFORM', 'JIRA_CLOUD',
  'SALESFORCE_CRM', 'ZENDESK_SUITE', 'ATLASSIAN_CONFLUENCE', 'GOOGLE_CALENDAR', 'MICROSOFT_TEAMS', 'MICROSOFT_EXCHANGE',
  'PAGERDUTY_ADVANCE', 'SMARTSHEET', 'ASANA',
];
export const QBUSINESS_API_SCHEMA_TYPES: readonly string[] = ['OPEN_API_V3'];

// ListConnectorsV2 filters (newest model, OPERATIONS.md section 7).
export const SECURITYHUB_PROVIDER_NAMES: readonly string[] = ['JIRA_CLOUD', 'SERVICENOW', 'AZURE'];
export const SECURITYHUB_CONNECTOR_STATUSES: readonly string[] = [
  'CONNECTED', 'DEGRADED', 'FAILED_TO_CONNECT', 'PENDING_AUTHORIZATION', 'PENDING_CONFIGURATION', 'UNKNOWN',
];
export const SECURITYHUB_ENABLEMENT_STATUSES: readonly string[] = [
  'ENABLED', 'PENDING_ENABLEMENT', 'FAILED_TO_ENABLE', 'PENDING_UPDATE', 'FAILED_TO_UPDATE', 'PENDING_DELETION', 'FAILED_TO_DELETE',
];
