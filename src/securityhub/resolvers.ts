import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireNonEmpty } from '../errors.js';

export const securityhubResolvers: Resolvers = {
  Query: {
    connectorV2: (_parent, { connectorId }, { loaders, region }) => {
      requireNonEmpty({ connectorId });
      return loaders.connectorV2.load({ region, connectorId });
    },
  },
};
