import { createAwsLoader } from '../aws/loader.js';
import { required } from '../aws/shapes.js';
import type { LoaderDeps } from '../loaders.js';
import { describeActionConnector, type ActionConnectorKey } from './api.js';
import { toActionConnector } from './mapping.js';
import type { FullActionConnector } from './model.js';

export function createQuickSightLoaders({ clients, concurrency }: LoaderDeps) {
  return {
    /** DescribeActionConnector by (region, awsAccountId, actionConnectorId). */
    actionConnector: createAwsLoader<ActionConnectorKey, FullActionConnector>({
      name: 'quicksight.DescribeActionConnector',
      call: (key) => ({ service: 'quicksight', operation: 'DescribeActionConnector', region: key.region }),
      cacheKey: (key) => JSON.stringify([key.region, key.awsAccountId, key.actionConnectorId]),
      load: async (key) =>
        toActionConnector(required(await describeActionConnector(clients, key), 'ActionConnector'), key),
      concurrency,
    }),
  };
}
