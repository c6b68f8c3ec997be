/**
 * connector-graph/client/urql: the options of urql's normalized cache (@urql/exchange-graphcache 9), built from the
 * schema facts in connector-graph/client.
 *
 *   cacheExchange(graphcacheOptions)
 */
import type { CacheExchangeOpts, KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { connectionFields, entityKey, entityTypes, introspection, valueTypes } from './index.js';

/** Entities by their first @key (null when it was not selected: kept inside the parent); value types never keyed. */
export const keys: KeyingConfig = {
  ...Object.fromEntries(
    entityTypes.map((typename) => [
      typename,
      (data: Record<string, unknown>) => {
        const key = entityKey(typename, data);
        return key === undefined ? null : JSON.stringify(Object.values(key));
      },
    ]),
  ),
  ...Object.fromEntries(valueTypes.map((typename) => [typename, () => null])),
};

/** Every connection field pages with relayPagination (edges and nodes merged, per list arguments). */
export const resolvers: ResolverConfig = {};
for (const connection of connectionFields) {
  resolvers[connection.parentType] = { ...resolvers[connection.parentType], [connection.field]: relayPagination() };
}

/** `cacheExchange(graphcacheOptions)`: the served schema (for fragments and partial results), keys and resolvers. */
export const graphcacheOptions: CacheExchangeOpts = { schema: introspection, keys, resolvers };
