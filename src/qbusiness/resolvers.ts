import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireNonEmpty } from '../errors.js';
import { pluginKey } from '../federation/references.js';
import { createPlugin } from './createPlugin.js';

export const qbusinessResolvers: Resolvers = {
  Query: {
    plugin: (_parent, { applicationId, pluginId }, { loaders, region }) => {
      requireNonEmpty({ applicationId, pluginId });
      return loaders.plugin.load({ region, applicationId, pluginId });
    },
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
  },
};
