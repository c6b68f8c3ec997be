import { isUnionType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import pLimit from 'p-limit';
import type { FederationConfig } from '../config.js';
import { validationError } from '../errors.js';

/**
 * Wraps the `Query._entities` resolver that @apollo/subgraph installs, so that one `_entities` request (a router
 * resolving N entity references) is safe to serve over AWS APIs that have no batch form:
 *
 * - more than `maxRepresentations` representations: the whole field fails with VALIDATION_FAILED before any AWS
 *   call (it protects the account's AWS rate limits; routers then see an error rather than a throttling storm);
 * - each representation is resolved on its own: a malformed one (not an object, no `__typename`, a type that is not
 *   an entity here) or a failing one yields an error for that entity only, at `["_entities", i]`; the others resolve;
 * - at most `entityConcurrency` references resolve at once. Each goes through the request's DataLoaders, so N
 *   references to the same resource cost one AWS call, and results come back in representation order.
 *
 * Mutates the schema's `_entities` field in place; call once after building the subgraph schema.
 */
export function guardEntities(schema: GraphQLSchema, options: FederationConfig): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const entityType = schema.getType('_Entity');
  if (field === undefined || !isUnionType(entityType)) {
    throw new Error('guardEntities: the schema has no _entities field (is it built with buildSubgraphSchema and does it declare @key?)');
  }
  const resolveEntities: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? (() => null);
  const entityNames = new Set(entityType.getTypes().map((type) => type.name));
  const { maxRepresentations, entityConcurrency } = options;

  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    const representations: unknown[] = Array.isArray(args.representations) ? args.representations : [];
    if (representations.length > maxRepresentations) {
      throw validationError([
        {
          path: 'representations',
          message: `${representations.length} entity representations in one request; this subgraph takes at most ${maxRepresentations} (CONNECTOR_GRAPH_MAX_REPRESENTATIONS)`,
        },
      ]);
    }
    const limit = pLimit(entityConcurrency);
    return representations.map((representation) =>
      limit(async () => {
        const typename = typeof representation === 'object' && representation !== null && '__typename' in representation
          ? representation.__typename
          : undefined;
        if (typeof typename !== 'string' || !entityNames.has(typename)) {
          throw validationError([
            {
              path: '__typename',
              message: `a representation needs a __typename naming an entity of this subgraph (${[...entityNames].sort().join(', ')}); got ${typeof typename === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,127}$/.test(typename) ? `"${typename}"` : 'something else'}`,
            },
          ]);
        }
        // One representation at a time: @apollo/subgraph maps the list synchronously, so a throw for one would
        // otherwise fail them all.
        const resolved: unknown = await resolveEntities(source, { ...args, representations: [representation] }, context, info);
        if (!Array.isArray(resolved)) throw new Error('guardEntities: _entities did not answer a list');
        const entity: unknown = await resolved[0];
        return entity;
      }),
    );
  };
}
