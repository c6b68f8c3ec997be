import type { QueryactionConnectorsArgs } from '../__generated__/resolvers-types.js';
import { pageAwsList, scanAwsList, type Connection } from '../connection.js';
import type { Context } from '../context.js';
import { requireNonEmpty } from '../errors.js';
import { listIdentity, pageSize } from '../pagination.js';
import { listActionConnectors } from './api.js';
import { toActionConnectorFromSummary } from './mapping.js';
import type { ActionConnectorModel } from './model.js';

/** ListActionConnectors' MaxResults limit. */
export const ACTION_CONNECTORS_PAGE_MAX = 100;
const DEFAULT_PAGE_SIZE = 25;

/** The `actionConnectors` query: one page of ListActionConnectors as summary-backed ActionConnector parents. */
export function actionConnectorsPage(
  args: QueryactionConnectorsArgs,
  context: Context,
): Promise<Connection<ActionConnectorModel, 'ActionConnectorConnection', 'ActionConnectorEdge'>> {
  const { awsAccountId } = args;
  requireNonEmpty({ awsAccountId });
  const first = pageSize(args.first, DEFAULT_PAGE_SIZE, ACTION_CONNECTORS_PAGE_MAX);
  const { clients, region } = context;
  return pageAwsList({
    typenames: { connection: 'ActionConnectorConnection', edge: 'ActionConnectorEdge' },
    list: listIdentity('actionConnectors', { region, awsAccountId }),
    after: args.after,
    first,
    awsMaxResults: ACTION_CONNECTORS_PAGE_MAX,
    call: { service: 'quicksight', operation: 'ListActionConnectors', region },
    fetch: (nextToken, maxResults) => listActionConnectors(clients, region, { awsAccountId, maxResults, nextToken }),
    toNode: (summary) => toActionConnectorFromSummary(summary, region, awsAccountId),
  });
}

/** Every action connector of an account, up to `maxItems` (for the cross-service inventory). */
export async function scanActionConnectors(
  context: Context,
  awsAccountId: string,
  maxItems: number,
): Promise<{ items: ActionConnectorModel[]; truncated: boolean }> {
  const { clients, region } = context;
  const { items, truncated } = await scanAwsList({
    call: { service: 'quicksight', operation: 'ListActionConnectors', region },
    awsMaxResults: ACTION_CONNECTORS_PAGE_MAX,
    maxItems,
    fetch: (nextToken, maxResults) => listActionConnectors(clients, region, { awsAccountId, maxResults, nextToken }),
  });
  return { items: items.map((summary) => toActionConnectorFromSummary(summary, region, awsAccountId)), truncated };
}
