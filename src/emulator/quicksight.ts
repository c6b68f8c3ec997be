import type { OperationHandler, OperationSpec } from './operation.js';
import { takePage, tokenProblemMessage } from './pagination.js';
import type { Cursor, ListScope } from './pagination.js';
import type { StoredActionConnector } from './shapes.js';
import {
  checkAll,
  checkIntegerParam,
  QUICKSIGHT_AWS_ACCOUNT_ID,
  QUICKSIGHT_SHORT_RESTRICTIVE_RESOURCE_ID,
  summarize,
} from './validation.js';
import { AwsError } from './wire.js';

/**
 * Amazon QuickSight handlers (restJson1, PascalCase members, epoch-second timestamps).
 * Every QuickSight output carries `RequestId` in the body (equal to the x-amzn-requestid header); `Status` is
 * `@httpResponseCode`, so it travels as the HTTP status only.
 */

/** ActionConnector members: the summary's plus four; stored extras (tags) stay off the wire. */
export function actionConnectorOutput(connector: StoredActionConnector): Record<string, unknown> {
  return {
    ...actionConnectorSummaryOutput(connector),
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

/** ActionConnectorSummary members of ListActionConnectors, in model order. */
export function actionConnectorSummaryOutput(connector: StoredActionConnector): Record<string, unknown> {
  return {
    Arn: connector.Arn,
    ActionConnectorId: connector.ActionConnectorId,
    Type: connector.Type,
    Name: connector.Name,
    CreatedTime: connector.CreatedTime,
    LastUpdatedTime: connector.LastUpdatedTime,
    Status: connector.Status,
    Error: connector.Error,
  };
}

/** Page size when max-results is absent: the model documents no default, so the maximum (100). */
export const LIST_ACTION_CONNECTORS_DEFAULT_PAGE_SIZE = 100;

/**
 * GET /accounts/{AwsAccountId}/action-connectors?max-results=&next-token=. A malformed account id or max-results is
 * InvalidParameterValueException; another account is AccessDeniedException; a bad, expired or foreign token is
 * InvalidNextTokenException.
 */
export const listActionConnectors: OperationHandler = ({ params, region, requestId }, { store, accountId, pageTokens }) => {
  const awsAccountId = params['AwsAccountId'] ?? '';
  const rawMax = params['MaxResults'];
  const nextToken = params['NextToken'];
  const violations = checkAll([['AwsAccountId', awsAccountId, QUICKSIGHT_AWS_ACCOUNT_ID]]);
  let pageSize = LIST_ACTION_CONNECTORS_DEFAULT_PAGE_SIZE;
  if (rawMax !== undefined) {
    const checked = checkIntegerParam('MaxResults', rawMax, { min: 1, max: 100 });
    if ('violation' in checked) violations.push(checked.violation);
    else pageSize = checked.value;
  }
  if (violations.length > 0) throw new AwsError('InvalidParameterValueException', summarize(violations));
  checkAccount('ListActionConnectors', region, awsAccountId, accountId, 'action-connector/*');

  const scope: ListScope = { operation: 'ListActionConnectors', region, owner: awsAccountId };
  let cursor: Cursor | undefined;
  if (nextToken !== undefined) {
    const read = pageTokens.read(nextToken, scope);
    if (!read.ok) throw new AwsError('InvalidNextTokenException', tokenProblemMessage(read.problem, 'NextToken'));
    cursor = read.cursor;
  }
  const all = store.quicksight.listActionConnectors(region, awsAccountId);
  const page = takePage(all, (c) => c.ActionConnectorId, () => true, cursor, pageSize);
  return {
    body: {
      ActionConnectorSummaries: page.items.map(actionConnectorSummaryOutput),
      NextToken: page.next === undefined ? undefined : pageTokens.issue(scope, page.next),
      RequestId: requestId,
    },
  };
};

export const quicksightOperations: readonly OperationSpec[] = [
  {
    name: 'DescribeActionConnector',
    service: 'quicksight',
    method: 'GET',
    path: '/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}',
    handler: describeActionConnector,
  },
  {
    name: 'ListActionConnectors',
    service: 'quicksight',
    method: 'GET',
    path: '/accounts/{AwsAccountId}/action-connectors',
    query: { 'max-results': 'MaxResults', 'next-token': 'NextToken' },
    handler: listActionConnectors,
  },
];
