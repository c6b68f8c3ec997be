import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireNonEmpty } from '../errors.js';

export const qbusinessResolvers: Resolvers = {
  Query: {
    plugin: (_parent, { applicationId, pluginId }, { loaders, region }) => {
      requireNonEmpty({ applicationId, pluginId });
      return loaders.plugin.load({ region, applicationId, pluginId });
    },
  },
};
