import type { OperationHandler, OperationSpec } from './operation.js';
import type { StoredActionConnector } from './shapes.js';
import { checkAll, QUICKSIGHT_AWS_ACCOUNT_ID, QUICKSIGHT_SHORT_RESTRICTIVE_RESOURCE_ID, summarize } from './validation.js';
import { AwsError } from './wire.js';

/**
 * Amazon QuickSight handlers (restJson1, PascalCase members, epoch-second timestamps).
 * Every QuickSight output carries `RequestId` in the body (equal to the x-amzn-requestid header); `Status` is
 * `@httpResponseCode`, so it travels as the HTTP status only.
 */

/** ActionConnector members, in model order; stored extras (tags) stay off the wire. */
export function actionConnectorOutput(connector: StoredActionConnector): Record<string, unknown> {
  return {
    Arn: connector.Arn,
    ActionConnectorId: connector.ActionConnectorId,
    Type: connector.Type,
    Name: connector.Name,
    CreatedTime: connector.CreatedTime,
    LastUpdatedTime: connector.LastUpdatedTime,
    Status: connector.Status,
    Error: connector.Error,
    Description: connector.Description,
    AuthenticationConfig: connector.AuthenticationConfig,
    EnabledActions: connector.EnabledActions,
    VpcConnectionArn: connector.VpcConnectionArn,
  };
}

/**
 * Call after validation (a malformed id is InvalidParameterValueException 400): a well-formed id of another
 * account is AccessDeniedException (401), because the emulator's caller only has permissions in its own account.
 * Every `/accounts/{AwsAccountId}/...` operation uses this.
 */
export function checkAccount(operation: string, region: string, awsAccountId: string, ownAccountId: string, resource: string): void {
  if (awsAccountId !== ownAccountId) {
    throw new AwsError(
      'AccessDeniedException',
      `User: arn:aws:iam::${ownAccountId}:user/emulator is not authorized to perform: quicksight:${operation} on resource: ` +
        `arn:aws:quicksight:${region}:${awsAccountId}:${resource}`,
    );
  }
}

/** GET /accounts/{AwsAccountId}/action-connectors/{ActionConnectorId} */
export const describeActionConnector: OperationHandler = ({ params, region, requestId }, { store, accountId }) => {
  const awsAccountId = params['AwsAccountId'] ?? '';
  const actionConnectorId = params['ActionConnectorId'] ?? '';
  const violations = checkAll([
    ['AwsAccountId', awsAccountId, QUICKSIGHT_AWS_ACCOUNT_ID],
    ['ActionConnectorId', actionConnectorId, QUICKSIGHT_SHORT_RESTRICTIVE_RESOURCE_ID],
  ]);
  if (violations.length > 0) throw new AwsError('InvalidParameterValueException', summarize(violations));
  checkAccount('DescribeActionConnector', region, awsAccountId, accountId, `action-connector/${actionConnectorId}`);
  const connector = store.quicksight.getActionConnector(region, awsAccountId, actionConnectorId);
  if (connector === undefined) {
    throw new AwsError(
      'ResourceNotFoundException',
      `Action connector ${actionConnectorId} does not exist in account ${awsAccountId} in region ${region}.`,
    );
  }
  return { body: { ActionConnector: actionConnectorOutput(connector), RequestId: requestId } };
};

export const quicksightOperations: readonly OperationSpec[] = [
  {
    name: 'DescribeActionConnector',
    service: 'quicksight',
    method: 'GET',
    path: '/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}',
    handler: describeActionConnector,
  },
];
