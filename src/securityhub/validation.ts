import { parseConnectorV2Arn } from '../aws/arn.js';
import { requireValid, type FieldErrorCollector, type StringRule } from '../validation.js';
import type { ConnectorV2Key } from './api.js';

// The GetConnectorV2 constraints of the newest Security Hub model (OPERATIONS.md sections 6 and 7).
export const RULES = {
  /**
   * NonEmptyString: the model only asks for a non-whitespace character and sets no length. Its label is greedy
   * (`/connectorsv2/{ConnectorId+}`, `/` sent unescaped), so the gateway also bounds the length (a connector id is
   * a UUID, its ARN under 150 characters) and, through `pathSegment`, refuses anything that is not one segment.
   */
  connectorId: { min: 1, max: 1024, pattern: /\S/, patternHint: 'at least one non-whitespace character' },
} as const satisfies Record<string, StringRule>;

/** The id that becomes GetConnectorV2's URL path, checked against the model and as one path segment. */
export function checkConnectorV2Id(check: FieldErrorCollector, connectorId: string, path = 'connectorId'): void {
  check.pathSegment(path, connectorId, RULES.connectorId);
}

/**
 * `connectorV2(connectorId)`: AWS also takes the connector's ARN as its id, but an ARN is not one path segment.
 * A connector V2 ARN is read by the id it holds, in its region (as a federation reference by ARN is); anything else
 * must be a valid id. Throws VALIDATION_FAILED before any AWS call.
 */
export function connectorV2KeyOfArgument(connectorId: string, defaultRegion: string): ConnectorV2Key {
  const arn = parseConnectorV2Arn(connectorId);
  const key = arn === undefined ? { region: defaultRegion, connectorId } : { region: arn.region, connectorId: arn.connectorId };
  requireValid((check) => checkConnectorV2Id(check, key.connectorId));
  return key;
}
