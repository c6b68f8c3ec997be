import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { pluginKey } from '../federation/references.js';
import { authKindOfPlugin, providerOfPluginType, statusOfPlugin } from '../inventory/normalize.js';
import { requireValid } from '../validation.js';
import { createPlugin } from './createPlugin.js';
import { pluginsPage } from './lists.js';
import type { FullPlugin, PluginModel } from './model.js';
import { checkPluginIds } from './validation.js';
import { whenLoaded } from '../aws/loader.js';

/** The plugin in full: itself when read with GetPlugin, else one GetPlugin through the request's loader. */
function full(plugin: PluginModel, { loaders }: Context): FullPlugin | Promise<FullPlugin> {
  if (plugin.source === 'GetPlugin') return plugin;
  return loaders.plugin.load({ region: plugin.region, applicationId: plugin.applicationId, pluginId: plugin.pluginId });
}

export const qbusinessResolvers: Resolvers = {
  Query: {
    plugin: (_parent, { applicationId, pluginId }, { loaders, region }) => {
      requireValid((check) => checkPluginIds(check, { applicationId, pluginId }));
      return loaders.plugin.load({ region, applicationId, pluginId });
    },
    plugins: (_parent, args, context) => pluginsPage(args, context),
  },
  Mutation: {
    createPlugin: (_parent, { input }, context) => createPlugin(input, context),
  },
  CreatePluginPayload: {
    plugin: ({ region, applicationId, pluginId }, _args, { loaders }) => loaders.plugin.load({ region, applicationId, pluginId }),
  },
  Plugin: {
    /** Federation: by `applicationId pluginId` (gateway's region) or by `pluginArn` (the ARN's region). */
    __resolveReference: async (reference, { loaders, region }) => {
      const { referencedArn, ...key } = pluginKey(reference, region);
      const plugin = await loaders.plugin.load(key);
      return plugin.pluginArn === null && referencedArn !== undefined ? { ...plugin, pluginArn: referencedArn } : plugin;
    },
    // Not in the ListPlugins summary: read with GetPlugin only when selected.
    authConfiguration: (plugin, _args, context) => whenLoaded(full(plugin, context), (loaded) => loaded.authConfiguration),
    customPluginConfiguration: (plugin, _args, context) => whenLoaded(full(plugin, context), (loaded) => loaded.customPluginConfiguration),
    pluginArn: (plugin, _args, context) => whenLoaded(full(plugin, context), (loaded) => loaded.pluginArn),
    // The Integration view.
    id: (plugin) => plugin.pluginId,
    arn: (plugin, _args, context) => whenLoaded(full(plugin, context), (loaded) => loaded.pluginArn),
    name: (plugin) => plugin.displayName,
    awsService: () => 'QBUSINESS',
    provider: (plugin) => providerOfPluginType(plugin.type),
    authKind: (plugin, _args, context) => whenLoaded(full(plugin, context), (loaded) => authKindOfPlugin(loaded.authConfiguration)),
    normalizedStatus: (plugin) => statusOfPlugin(plugin.state, plugin.buildStatus),
  },
};
