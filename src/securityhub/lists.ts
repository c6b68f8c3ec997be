import type { ConnectorV2Filter, QueryconnectorsV2Args } from '../__generated__/resolvers-types.js';
import type { ConnectorSummary } from '@aws-sdk/client-securityhub';
import { pageAwsList, scanAwsList, type AwsListSource, type Connection, type ScanBound } from '../connection.js';
import type { Context } from '../context.js';
import { validationError, type FieldError } from '../errors.js';
import { listIdentity, pageSize } from '../pagination.js';
import { listConnectorsV2, type ConnectorV2ListFilter } from './api.js';
import { toConnectorV2FromSummary } from './mapping.js';
import type { ConnectorV2Model } from './model.js';

/** ListConnectorsV2's MaxResults limit. */
export const CONNECTORS_V2_PAGE_MAX = 100;
const DEFAULT_PAGE_SIZE = 25;

/** The GraphQL filter as ListConnectorsV2's; UNRECOGNIZED (output-only) is refused with VALIDATION_FAILED. */
export function toListFilter(filter: ConnectorV2Filter | null | undefined): ConnectorV2ListFilter {
  const errors: FieldError[] = [];
  const result: ConnectorV2ListFilter = {};
  const { providerName, connectorStatus, enablementStatus } = filter ?? {};
  if (providerName === 'UNRECOGNIZED') errors.push({ path: 'filter.providerName', message: 'UNRECOGNIZED is an output-only value' });
  else if (providerName != null) result.providerName = providerName;
  if (connectorStatus === 'UNRECOGNIZED') errors.push({ path: 'filter.connectorStatus', message: 'UNRECOGNIZED is an output-only value' });
  else if (connectorStatus != null) result.connectorStatus = connectorStatus;
  if (enablementStatus === 'UNRECOGNIZED') errors.push({ path: 'filter.enablementStatus', message: 'UNRECOGNIZED is an output-only value' });
  else if (enablementStatus != null) result.enablementStatus = enablementStatus;
  if (errors.length > 0) throw validationError(errors);
  return result;
}

/** ListConnectorsV2 in the request's region with `filter`, items as summary-backed ConnectorV2 parents. */
function connectorV2List(
  { clients, region }: Context,
  filter: ConnectorV2ListFilter,
): AwsListSource<ConnectorSummary, ConnectorV2Model> {
  return {
    awsMaxResults: CONNECTORS_V2_PAGE_MAX,
    call: { service: 'securityhub', operation: 'ListConnectorsV2', region },
    fetch: (nextToken, maxResults) => listConnectorsV2(clients, region, { filter, maxResults, nextToken }),
    toNode: (summary) => toConnectorV2FromSummary(summary, region),
  };
}

/** The `connectorsV2` query: one page of ListConnectorsV2 (paged by hand: the SDK has no paginator for it). */
export function connectorsV2Page(
  args: Partial<QueryconnectorsV2Args>,
  context: Context,
): Promise<Connection<ConnectorV2Model, 'ConnectorV2Connection', 'ConnectorV2Edge'>> {
  const filter = toListFilter(args.filter);
  return pageAwsList({
    ...connectorV2List(context, filter),
    typenames: { connection: 'ConnectorV2Connection', edge: 'ConnectorV2Edge' },
    cursors: context.cursors,
    list: listIdentity('connectorsV2', { region: context.region, filter }),
    after: args.after,
    first: pageSize(args.first, DEFAULT_PAGE_SIZE, CONNECTORS_V2_PAGE_MAX),
  });
}

/** Every connector V2 matching `filter` in the region, within the inventory scan's `bound`. */
export function scanConnectorsV2(context: Context, filter: ConnectorV2ListFilter, bound: ScanBound) {
  return scanAwsList(connectorV2List(context, filter), bound);
}
