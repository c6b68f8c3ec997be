import type { AwsClients } from './aws/clients.js';
import { createQBusinessLoaders } from './qbusiness/loaders.js';
import { createQuickSightLoaders } from './quicksight/loaders.js';
import { createSecurityHubLoaders } from './securityhub/loaders.js';

export interface LoaderDeps {
  clients: AwsClients;
  /** AWS calls in flight at once per batch. */
  concurrency: number;
}

export type Loaders = ReturnType<typeof createQBusinessLoaders> &
  ReturnType<typeof createQuickSightLoaders> &
  ReturnType<typeof createSecurityHubLoaders>;

/**
 * Every service's DataLoaders, for one request. A service's loaders are built when the request first uses them
 * (most requests read one service), then kept for the rest of the request.
 */
export function createLoaders(deps: LoaderDeps): Loaders {
  let qbusiness: ReturnType<typeof createQBusinessLoaders> | undefined;
  let quicksight: ReturnType<typeof createQuickSightLoaders> | undefined;
  let securityhub: ReturnType<typeof createSecurityHubLoaders> | undefined;
  return {
    get plugin() {
      return (qbusiness ??= createQBusinessLoaders(deps)).plugin;
    },
    get actionConnector() {
      return (quicksight ??= createQuickSightLoaders(deps)).actionConnector;
    },
    get connectorV2() {
      return (securityhub ??= createSecurityHubLoaders(deps)).connectorV2;
    },
  };
}
