import type { QuerypluginsArgs } from '../__generated__/resolvers-types.js';
import { pageAwsList, scanAwsList, type Connection } from '../connection.js';
import type { Context } from '../context.js';
import { requireNonEmpty } from '../errors.js';
import { listIdentity, pageSize } from '../pagination.js';
import { listPlugins } from './api.js';
import { toPluginFromSummary } from './mapping.js';
import type { PluginModel } from './model.js';

/** ListPlugins' maxResults limit. */
export const PLUGINS_PAGE_MAX = 50;
export const DEFAULT_PAGE_SIZE = 25;

/** The `plugins` query: one page of ListPlugins as a connection of summary-backed Plugin parents. */
export function pluginsPage(args: QuerypluginsArgs, context: Context): Promise<Connection<PluginModel, 'PluginConnection', 'PluginEdge'>> {
  const { applicationId } = args;
  requireNonEmpty({ applicationId });
  const first = pageSize(args.first, DEFAULT_PAGE_SIZE, PLUGINS_PAGE_MAX);
  const { clients, region } = context;
  return pageAwsList({
    typenames: { connection: 'PluginConnection', edge: 'PluginEdge' },
    list: listIdentity('plugins', { region, applicationId }),
    after: args.after,
    first,
    awsMaxResults: PLUGINS_PAGE_MAX,
    call: { service: 'qbusiness', operation: 'ListPlugins', region },
    fetch: (nextToken, maxResults) => listPlugins(clients, region, { applicationId, maxResults, nextToken }),
    toNode: (summary) => toPluginFromSummary(summary, region, applicationId),
  });
}

/** Every plugin of an application, up to `maxItems` (for the cross-service inventory). */
export async function scanPlugins(
  context: Context,
  applicationId: string,
  maxItems: number,
): Promise<{ items: PluginModel[]; truncated: boolean }> {
  const { clients, region } = context;
  const { items, truncated } = await scanAwsList({
    call: { service: 'qbusiness', operation: 'ListPlugins', region },
    awsMaxResults: PLUGINS_PAGE_MAX,
    maxItems,
    fetch: (nextToken, maxResults) => listPlugins(clients, region, { applicationId, maxResults, nextToken }),
  });
  return { items: items.map((summary) => toPluginFromSummary(summary, region, applicationId)), truncated };
}
