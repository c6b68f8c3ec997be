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
  return { name, message: `Value '${value}' at '${name}' failed to satisfy constraint: ${failed.join(' and ')}` };
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
  return `${count} ${noun} detected: ${violations.map((v) => v.message).join('; ')}`;
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
