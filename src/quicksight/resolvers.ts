import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { actionConnectorKey } from '../federation/references.js';
import { authKindOfConnectionType, providerOfActionConnectorType, statusOfActionConnector } from '../inventory/normalize.js';
import { requireValid } from '../validation.js';
import { actionConnectorsPage } from './lists.js';
import type { ActionConnectorModel, FullActionConnector } from './model.js';
import { checkActionConnectorIds } from './validation.js';
import { whenLoaded } from '../aws/loader.js';

/** The connector in full: itself when described, else one DescribeActionConnector through the request's loader. */
function full(connector: ActionConnectorModel, { loaders }: Context): FullActionConnector | Promise<FullActionConnector> {
  if (connector.source === 'DescribeActionConnector') return connector;
  const { region, awsAccountId, actionConnectorId } = connector;
  return loaders.actionConnector.load({ region, awsAccountId, actionConnectorId });
}

export const quicksightResolvers: Resolvers = {
  Query: {
    actionConnector: (_parent, { awsAccountId, actionConnectorId }, { loaders, region }) => {
      requireValid((check) => checkActionConnectorIds(check, { awsAccountId, actionConnectorId }));
      return loaders.actionConnector.load({ region, awsAccountId, actionConnectorId });
    },
    actionConnectors: (_parent, args, context) => actionConnectorsPage(args, context),
  },
  ActionConnector: {
    /** Federation: by `awsAccountId actionConnectorId` (gateway's region) or by `arn` (the ARN's account and region). */
    __resolveReference: async (reference, { loaders, region }) => {
      const { referencedArn: _arn, ...key } = actionConnectorKey(reference, region);
      return loaders.actionConnector.load(key);
    },
    // Not in the ListActionConnectors summary: read with DescribeActionConnector only when selected.
    description: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.description),
    authenticationConfig: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.authenticationConfig),
    enabledActions: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.enabledActions),
    vpcConnectionArn: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.vpcConnectionArn),
    // The Integration view.
    id: (connector) => connector.actionConnectorId,
    awsService: () => 'QUICKSIGHT',
    provider: (connector) => providerOfActionConnectorType(connector.type),
    authKind: (connector, _args, context) =>
      whenLoaded(full(connector, context), (loaded) => authKindOfConnectionType(loaded.authenticationConfig?.authenticationType)),
    normalizedStatus: (connector) => statusOfActionConnector(connector.status),
    createdAt: (connector) => connector.createdTime,
    updatedAt: (connector) => connector.lastUpdatedTime,
  },
};
