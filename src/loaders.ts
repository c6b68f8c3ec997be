import type { AwsClients } from './aws/clients.js';
import { createQBusinessLoaders } from './qbusiness/loaders.js';
import { createQuickSightLoaders } from './quicksight/loaders.js';
import { createSecurityHubLoaders } from './securityhub/loaders.js';

export interface LoaderDeps {
  clients: AwsClients;
  /** AWS calls in flight at once per batch. */
  concurrency: number;
}

/** Every service's DataLoaders, for one request. */
export function createLoaders(deps: LoaderDeps) {
  return {
    ...createQBusinessLoaders(deps),
    ...createQuickSightLoaders(deps),
    ...createSecurityHubLoaders(deps),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
