import type { Resolvers } from '../__generated__/resolvers-types.js';
import { integrationsPage } from './integrations.js';

export const inventoryResolvers: Resolvers = {
  Query: {
    integrations: (_parent, args, context, info) => integrationsPage(args, context, info),
  },
};
