import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireNonEmpty } from '../errors.js';

export const quicksightResolvers: Resolvers = {
  Query: {
    actionConnector: (_parent, { awsAccountId, actionConnectorId }, { loaders, region }) => {
      requireNonEmpty({ awsAccountId, actionConnectorId });
      return loaders.actionConnector.load({ region, awsAccountId, actionConnectorId });
    },
  },
};
