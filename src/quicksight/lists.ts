import type { QueryactionConnectorsArgs } from '../__generated__/resolvers-types.js';
import type { ActionConnectorSummary } from '@aws-sdk/client-quicksight';
import { pageAwsList, scanAwsList, type AwsListSource, type Connection, type ScanBound } from '../connection.js';
import type { Context } from '../context.js';
import { listIdentity, pageSize } from '../pagination.js';
import { requireValid } from '../validation.js';
import { listActionConnectors } from './api.js';
import { toActionConnectorFromSummary } from './mapping.js';
import type { ActionConnectorModel } from './model.js';
import { checkActionConnectorIds } from './validation.js';

/** ListActionConnectors' MaxResults limit. */
export const ACTION_CONNECTORS_PAGE_MAX = 100;
const DEFAULT_PAGE_SIZE = 25;

/** ListActionConnectors of one account in the request's region, items as summary-backed ActionConnector parents. */
function actionConnectorList(
  { clients, region }: Context,
  awsAccountId: string,
): AwsListSource<ActionConnectorSummary, ActionConnectorModel> {
  return {
    awsMaxResults: ACTION_CONNECTORS_PAGE_MAX,
    call: { service: 'quicksight', operation: 'ListActionConnectors', region },
    fetch: (nextToken, maxResults) => listActionConnectors(clients, region, { awsAccountId, maxResults, nextToken }),
    toNode: (summary) => toActionConnectorFromSummary(summary, region, awsAccountId),
  };
}

/** The `actionConnectors` query: one page of ListActionConnectors as summary-backed ActionConnector parents. */
export function actionConnectorsPage(
  args: QueryactionConnectorsArgs,
  context: Context,
): Promise<Connection<ActionConnectorModel, 'ActionConnectorConnection', 'ActionConnectorEdge'>> {
  const { awsAccountId } = args;
  requireValid((check) => checkActionConnectorIds(check, { awsAccountId }));
  return pageAwsList({
    ...actionConnectorList(context, awsAccountId),
    typenames: { connection: 'ActionConnectorConnection', edge: 'ActionConnectorEdge' },
    cursors: context.cursors,
    list: listIdentity('actionConnectors', { region: context.region, awsAccountId }),
    after: args.after,
    first: pageSize(args.first, DEFAULT_PAGE_SIZE, ACTION_CONNECTORS_PAGE_MAX),
  });
}

/** Every action connector of an account, within the inventory scan's `bound` (shared with its other lists). */
export function scanActionConnectors(context: Context, awsAccountId: string, bound: ScanBound) {
  return scanAwsList(actionConnectorList(context, awsAccountId), bound);
}
