import type { FieldErrorCollector, StringRule } from '../validation.js';

// The DescribeActionConnector / ListActionConnectors constraints of the QuickSight model (OPERATIONS.md section 5).
export const RULES = {
  awsAccountId: { min: 12, max: 12, pattern: /^[0-9]{12}$/, patternHint: '12 digits' },
  actionConnectorId: { min: 1, max: 512, pattern: /^[\w-]+$/, patternHint: 'letters, digits, _ and -' },
} as const satisfies Record<string, StringRule>;

/**
 * The ids that become the URL path `/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}`, checked
 * against the model. `paths` name the GraphQL arguments (or entity key fields) they came from.
 */
export function checkActionConnectorIds(
  check: FieldErrorCollector,
  ids: { awsAccountId: string; actionConnectorId?: string },
  paths: { awsAccountId: string; actionConnectorId?: string } = { awsAccountId: 'awsAccountId', actionConnectorId: 'actionConnectorId' },
): void {
  check.pathSegment(paths.awsAccountId, ids.awsAccountId, RULES.awsAccountId);
  if (ids.actionConnectorId !== undefined) {
    check.pathSegment(paths.actionConnectorId ?? 'actionConnectorId', ids.actionConnectorId, RULES.actionConnectorId);
  }
}
