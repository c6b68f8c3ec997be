import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { connectorV2Key } from '../federation/references.js';
import {
  authKindOfProviderDetail,
  providerOfConnectorProvider,
  providerOfProviderDetail,
  statusOfConnectorV2,
} from '../inventory/normalize.js';
import { connectorsV2Page } from './lists.js';
import type { ConnectorV2Model, FullConnectorV2 } from './model.js';
import { connectorV2KeyOfArgument } from './validation.js';
import { whenLoaded } from '../aws/loader.js';

/** The connector in full: itself when read with GetConnectorV2, else one GetConnectorV2 through the request's loader. */
function full(connector: ConnectorV2Model, { loaders }: Context): FullConnectorV2 | Promise<FullConnectorV2> {
  if (connector.source === 'GetConnectorV2') return connector;
  return loaders.connectorV2.load({ region: connector.region, connectorId: connector.connectorId });
}

/** The provider configuration: from the summary when AWS included it there, else from GetConnectorV2. */
function providerDetail(connector: ConnectorV2Model, context: Context) {
  if (connector.source === 'ListConnectorsV2' && connector.providerDetail !== undefined) return connector.providerDetail;
  return whenLoaded(full(connector, context), (loaded) => loaded.providerDetail);
}

export const securityhubResolvers: Resolvers = {
  Query: {
    connectorV2: (_parent, { connectorId }, { loaders, region }) => loaders.connectorV2.load(connectorV2KeyOfArgument(connectorId, region)),
    connectorsV2: (_parent, args, context) => connectorsV2Page(args, context),
  },
  ConnectorV2: {
    /** Federation: by `connectorId` (gateway's region) or by `connectorArn` (the ARN's region). */
    __resolveReference: async (reference, { loaders, region }) => {
      const { referencedArn, ...key } = connectorV2Key(reference, region);
      const connector = await loaders.connectorV2.load(key);
      return connector.connectorArn === null && referencedArn !== undefined ? { ...connector, connectorArn: referencedArn } : connector;
    },
    // Not in the ListConnectorsV2 summary: read with GetConnectorV2 only when selected.
    kmsKeyArn: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.kmsKeyArn),
    lastUpdatedAt: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.lastUpdatedAt),
    health: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.health),
    providerDetail: (connector, _args, context) => providerDetail(connector, context),
    // The Integration view.
    id: (connector) => connector.connectorId,
    arn: (connector) => connector.connectorArn,
    awsService: () => 'SECURITYHUB',
    provider: async (connector, _args, context) =>
      connector.source === 'ListConnectorsV2' && connector.providerName !== null
        ? providerOfConnectorProvider(connector.providerName)
        : providerOfProviderDetail(await providerDetail(connector, context)),
    authKind: async (connector, _args, context) => authKindOfProviderDetail(await providerDetail(connector, context)),
    normalizedStatus: (connector) =>
      statusOfConnectorV2(
        connector.source === 'ListConnectorsV2' ? connector.connectorStatus : (connector.health?.connectorStatus ?? null),
        connector.enablementStatus,
      ),
    updatedAt: (connector, _args, context) => whenLoaded(full(connector, context), (loaded) => loaded.lastUpdatedAt),
  },
};
