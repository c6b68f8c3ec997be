import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireNonEmpty } from '../errors.js';
import { actionConnectorKey } from '../federation/references.js';

export const quicksightResolvers: Resolvers = {
  Query: {
    actionConnector: (_parent, { awsAccountId, actionConnectorId }, { loaders, region }) => {
      requireNonEmpty({ awsAccountId, actionConnectorId });
      return loaders.actionConnector.load({ region, awsAccountId, actionConnectorId });
    },
  },
  ActionConnector: {
    /** Federation: by `awsAccountId actionConnectorId` (gateway's region) or by `arn` (the ARN's account and region). */
    __resolveReference: async (reference, { loaders, region }) => {
      const { referencedArn: _arn, ...key } = actionConnectorKey(reference, region);
      return loaders.actionConnector.load(key);
    },
  },
};
