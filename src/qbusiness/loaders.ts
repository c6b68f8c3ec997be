import { createAwsLoader } from '../aws/loader.js';
import type { LoaderDeps } from '../loaders.js';
import { getPlugin, type PluginKey } from './api.js';
import { toPlugin } from './mapping.js';
import type { FullPlugin } from './model.js';

export function createQBusinessLoaders({ clients, concurrency }: LoaderDeps) {
  return {
    /** GetPlugin by (region, applicationId, pluginId). */
    plugin: createAwsLoader<PluginKey, FullPlugin>({
      name: 'qbusiness.GetPlugin',
      call: (key) => ({ service: 'qbusiness', operation: 'GetPlugin', region: key.region }),
      cacheKey: (key) => JSON.stringify([key.region, key.applicationId, key.pluginId]),
      load: async (key) => toPlugin(await getPlugin(clients, key), key),
      concurrency,
    }),
  };
}
