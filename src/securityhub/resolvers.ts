import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireNonEmpty } from '../errors.js';
import { connectorV2Key } from '../federation/references.js';

export const securityhubResolvers: Resolvers = {
  Query: {
    connectorV2: (_parent, { connectorId }, { loaders, region }) => {
      requireNonEmpty({ connectorId });
      return loaders.connectorV2.load({ region, connectorId });
    },
  },
  ConnectorV2: {
    /** Federation: by `connectorId` (gateway's region) or by `connectorArn` (the ARN's region). */
    __resolveReference: async (reference, { loaders, region }) => {
      const { referencedArn, ...key } = connectorV2Key(reference, region);
      const connector = await loaders.connectorV2.load(key);
      return connector.connectorArn === null && referencedArn !== undefined ? { ...connector, connectorArn: referencedArn } : connector;
    },
  },
};
