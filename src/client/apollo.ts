/**
 * connector-graph/client/apollo: the InMemoryCache configuration for Apollo Client 4, built from the schema facts in
 * connector-graph/client.
 *
 *   new InMemoryCache(apolloCacheConfig)
 */
import type { FieldPolicy, InMemoryCacheConfig, Reference, StoreObject, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { connectionFields, entityKey, entityTypes, possibleTypes, valueTypes } from './index.js';

type Edge = { cursor?: string; node?: Reference | StoreObject } & Record<string, unknown>;
type Connection = { edges?: Edge[]; nodes?: Array<Reference | StoreObject>; pageInfo?: Record<string, unknown> } & Record<string, unknown>;

/**
 * Apollo's `relayStylePagination` with `nodes` kept in step with `edges`: pages are stored as edges (a page that
 * selected only `nodes` is stored as edges around them), and `nodes` is read back from the merged edges, so paging
 * with either shape gives the whole list so far.
 */
export function relayStylePaginationWithNodes(keyArgs: string[] | false): FieldPolicy<Connection> {
  const base = relayStylePagination(keyArgs) as unknown as FieldPolicy<Connection>;
  const read = base.read;
  const merge = base.merge;
  if (typeof read !== 'function' || typeof merge !== 'function') throw new Error('relayStylePagination has no read/merge');
  return {
    keyArgs,
    read(existing, options) {
      if (existing === null) return existing;
      const result = read(existing, options) as Connection | undefined;
      if (result === undefined || result === null) return result;
      return { ...result, nodes: (result.edges ?? []).map((edge) => edge.node as Reference | StoreObject) };
    },
    merge(existing, incoming, options) {
      // A list that failed is null (its error is in `errors`): keep it null rather than an empty connection.
      if (incoming === null || incoming === undefined) return incoming;
      const { nodes, ...rest } = incoming;
      const asEdges: Connection = rest.edges === undefined && nodes !== undefined ? { ...rest, edges: nodes.map((node) => ({ node })) } : rest;
      const merged = merge(existing, asEdges, options) as Connection;
      const { nodes: _dropped, ...stored } = merged;
      return stored;
    },
  };
}

function entityPolicy(typename: string) {
  return {
    // The first @key, which every list summary carries; an object selected without it stays inside its parent.
    keyFields: (object: Readonly<StoreObject>) => {
      const key = entityKey(typename, object);
      return key === undefined ? false : `${typename}:${JSON.stringify(key)}`;
    },
    merge: true,
  } as const;
}

/** Type and field policies: entities keyed, value types merged, every connection paged with nodes and edges. */
export const typePolicies: TypePolicies = {
  ...Object.fromEntries(entityTypes.map((typename) => [typename, entityPolicy(typename)])),
  ...Object.fromEntries(valueTypes.map((typename) => [typename, { merge: true }])),
};
for (const connection of connectionFields) {
  const policy = (typePolicies[connection.parentType] ??= {});
  policy.fields = { ...policy.fields, [connection.field]: relayStylePaginationWithNodes([...connection.keyArgs]) };
}

/** `new InMemoryCache(apolloCacheConfig)`: possibleTypes for fragments on unions and interfaces, and the policies. */
export const apolloCacheConfig: InMemoryCacheConfig = {
  possibleTypes: Object.fromEntries(Object.entries(possibleTypes).map(([name, members]) => [name, [...members]])),
  typePolicies,
};
