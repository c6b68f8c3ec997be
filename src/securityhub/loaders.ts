import { createAwsLoader } from '../aws/loader.js';
import type { LoaderDeps } from '../loaders.js';
import { getConnectorV2, type ConnectorV2Key } from './api.js';
import { toConnectorV2 } from './mapping.js';
import type { FullConnectorV2 } from './model.js';

export function createSecurityHubLoaders({ clients, concurrency }: LoaderDeps) {
  return {
    /** GetConnectorV2 by (region, connectorId). */
    connectorV2: createAwsLoader<ConnectorV2Key, FullConnectorV2>({
      name: 'securityhub.GetConnectorV2',
      call: (key) => ({ service: 'securityhub', operation: 'GetConnectorV2', region: key.region }),
      cacheKey: (key) => JSON.stringify([key.region, key.connectorId]),
      load: async (key) => toConnectorV2(await getConnectorV2(clients, key), key),
      concurrency,
    }),
  };
}
