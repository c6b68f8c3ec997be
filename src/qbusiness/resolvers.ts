import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireNonEmpty } from '../errors.js';
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
};
