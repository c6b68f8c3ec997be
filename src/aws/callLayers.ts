import type { BaseContext } from '@apollo/server';
import type { LayersConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { createCacheLayer, MemoryStore, type CacheStore } from './cache.js';
import type { CallLayers } from './layers.js';
import { createRateLimitLayer } from './rateLimits.js';
import { connectRedis, RedisStore } from './redis.js';
import type { RequestPlugin } from '../requestPlugins.js';
import type { RequestScope } from '../requestScope.js';

/** The per-call layers of one gateway process, and how to release what they hold (a Redis connection). */
export interface AwsCallLayers {
  layers: CallLayers;
  /** Resolves once the Redis connection (if any) is up, or false after `timeoutMs` (until then the layers use their local fallbacks). */
  redisReady(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Builds the layers every AWS call goes through, from the configuration: the cross-request cache (unless the TTL
 * is 0) and the rate limits, in this process or, with a Redis URL, in Redis (falling back to this process while
 * Redis is away). Wired into the SDK clients in one place: `new AwsClients({ ..., layers })`.
 */
export function createAwsCallLayers(config: LayersConfig, logger: Logger): AwsCallLayers {
  const connection = config.redisUrl === undefined ? undefined : connectRedis(config.redisUrl, logger);
  const redis = connection?.redis;
  const store: CacheStore = redis === undefined ? new MemoryStore() : new RedisStore(redis, new MemoryStore());
  const layers: CallLayers = {
    call: config.cacheTtlS > 0 ? [createCacheLayer({ store, ttlS: config.cacheTtlS, maxStaleS: config.cacheMaxStaleS })] : [],
    attempt: [
      createRateLimitLayer({
        overrides: config.rateLimits,
        waitMs: config.rateWaitMs,
        ...(redis === undefined ? {} : { redis }),
      }),
    ],
  };
  return {
    layers,
    redisReady: (timeoutMs) =>
      new Promise((resolve) => {
        if (redis === undefined || redis.status === 'ready') return resolve(true);
        const timer = setTimeout(() => {
          redis.off('ready', onReady);
          resolve(false);
        }, timeoutMs);
        const onReady = () => {
          clearTimeout(timer);
          resolve(true);
        };
        redis.once('ready', onReady);
      }),
    close: async () => {
      connection?.close();
      await Promise.resolve();
    },
  };
}

/** `Cache-Control` of a query's response: `max-age=N, public|private`, or `no-store` when N is 0 (also for re-used responses). */
export function cacheControlOf(maxAgeS: number, isPrivate: boolean): string {
  return maxAgeS > 0 ? `max-age=${maxAgeS}, ${isPrivate ? 'private' : 'public'}` : 'no-store';
}

/**
 * The Apollo side of the cache: a response that used a stale answer says so in `extensions.stale` (the oldest age in
 * seconds) and is not cacheable; a query's `Cache-Control` is computed from what it read (the least time any of its
 * answers stays fresh; `private` when the request has an authenticated caller, whose answers are their own);
 * mutations are `no-store`.
 */
export function awsCachePlugin(options: { ttlS: number }): RequestPlugin<BaseContext> {
  return {
    requestDidStart({ contextValue }) {
      const scope = (contextValue as { scope?: RequestScope }).scope;
      return {
        async willSendResponse({ response, operation, contextValue }) {
          if (scope === undefined || operation === undefined) {
            response.http.headers.set('cache-control', 'no-store');
            return;
          }
          const body = response.body;
          const stale = scope.staleAges.length > 0;
          if (stale && body.kind === 'single') {
            body.singleResult.extensions = { ...body.singleResult.extensions, stale: { ageSeconds: Math.max(...scope.staleAges) } };
          }
          // This plugin writes the header itself (Apollo's cache-control plugin, which would compute a policy from
          // field hints on every field resolution, is off: what a query read decides, not the hints). As that
          // plugin does: a cacheable answer without errors gets `max-age=N, public|private`, anything else no-store.
          const maxAge = operation.operation !== 'query' || options.ttlS === 0 || stale ? 0 : (scope.maxAgeS ?? options.ttlS);
          const isPrivate = (contextValue as { caller?: unknown }).caller !== undefined;
          const cacheable = maxAge > 0 && body.kind === 'single' && body.singleResult.errors === undefined;
          response.http.headers.set('cache-control', cacheControlOf(cacheable ? maxAge : 0, isPrivate));
          await Promise.resolve();
        },
      };
    },
  };
}
