import type { QuerypluginsArgs } from '../__generated__/resolvers-types.js';
import type { Plugin as PluginSummary } from '@aws-sdk/client-qbusiness';
import { pageAwsList, scanAwsList, type AwsListSource, type Connection, type ScanBound } from '../connection.js';
import type { Context } from '../context.js';
import { listIdentity, pageSize } from '../pagination.js';
import { requireValid } from '../validation.js';
import { listPlugins } from './api.js';
import { toPluginFromSummary } from './mapping.js';
import type { PluginModel } from './model.js';
import { checkPluginIds } from './validation.js';

/** ListPlugins' maxResults limit. */
export const PLUGINS_PAGE_MAX = 50;
export const DEFAULT_PAGE_SIZE = 25;

/** ListPlugins of one application in the request's region, items as summary-backed Plugin parents. */
function pluginList({ clients, region }: Context, applicationId: string): AwsListSource<PluginSummary, PluginModel> {
  return {
    awsMaxResults: PLUGINS_PAGE_MAX,
    call: { service: 'qbusiness', operation: 'ListPlugins', region },
    fetch: (nextToken, maxResults) => listPlugins(clients, region, { applicationId, maxResults, nextToken }),
    toNode: (summary) => toPluginFromSummary(summary, region, applicationId),
  };
}

/** The `plugins` query: one page of ListPlugins as a connection of summary-backed Plugin parents. */
export function pluginsPage(
  args: QuerypluginsArgs,
  context: Context,
): Promise<Connection<PluginModel, 'PluginConnection', 'PluginEdge'>> {
  const { applicationId } = args;
  requireValid((check) => checkPluginIds(check, { applicationId }));
  return pageAwsList({
    ...pluginList(context, applicationId),
    typenames: { connection: 'PluginConnection', edge: 'PluginEdge' },
    cursors: context.cursors,
    list: listIdentity('plugins', { region: context.region, applicationId }),
    after: args.after,
    first: pageSize(args.first, DEFAULT_PAGE_SIZE, PLUGINS_PAGE_MAX),
  });
}

/** Every plugin of an application, within the inventory scan's `bound` (shared with its other lists). */
export function scanPlugins(context: Context, applicationId: string, bound: ScanBound) {
  return scanAwsList(pluginList(context, applicationId), bound);
}
