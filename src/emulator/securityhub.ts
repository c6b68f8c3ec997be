import type { OperationHandler, OperationSpec } from './operation.js';
import type { StoredConnectorV2 } from './shapes.js';
import { checkAll, SECURITYHUB_NON_EMPTY_STRING, summarize } from './validation.js';
import { AwsError } from './wire.js';

/**
 * AWS Security Hub handlers (restJson1, PascalCase members, RFC 3339 timestamps). Shapes follow the newest model
 * (botocore / @aws-sdk/client-securityhub): Azure provider, EnablementStatus, Health.Issues.
 */

/** GetConnectorV2Response members, in model order; stored extras (tags) stay off the wire. */
export function getConnectorV2Output(connector: StoredConnectorV2): Record<string, unknown> {
  return {
    ConnectorArn: connector.ConnectorArn,
    ConnectorId: connector.ConnectorId,
    Name: connector.Name,
    Description: connector.Description,
    KmsKeyArn: connector.KmsKeyArn,
    CreatedAt: connector.CreatedAt,
    LastUpdatedAt: connector.LastUpdatedAt,
    Health: connector.Health,
    ProviderDetail: connector.ProviderDetail,
    EnablementStatus: connector.EnablementStatus,
    EnablementStatusReason: connector.EnablementStatusReason,
  };
}

/** GET /connectorsv2/{ConnectorId+}: the id is the connector's UUID or its full ARN (greedy label). */
export const getConnectorV2: OperationHandler = ({ params, region }, { store }) => {
  const connectorId = params['ConnectorId'] ?? '';
  const violations = checkAll([['ConnectorId', connectorId, SECURITYHUB_NON_EMPTY_STRING]]);
  if (violations.length > 0) {
    throw new AwsError('ValidationException', summarize(violations), { members: { Code: 'InvalidInput' } });
  }
  const connector = store.securityhub.getConnectorV2(region, connectorId);
  if (connector === undefined) {
    throw new AwsError('ResourceNotFoundException', `Connector ${connectorId} not found.`);
  }
  return { body: getConnectorV2Output(connector) };
};

export const securityhubOperations: readonly OperationSpec[] = [
  {
    name: 'GetConnectorV2',
    service: 'securityhub',
    method: 'GET',
    path: '/connectorsv2/{ConnectorId+}',
    handler: getConnectorV2,
  },
];
