import { buildSubgraphSchema } from '@apollo/subgraph';
import { mergeResolvers } from '@graphql-tools/merge';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { auditMutations, enforceAuthDirectives } from './auth/index.js';
import type { FederationConfig } from './config.js';
import { tolerateUnknownEnumValues } from './enums.js';
import { guardEntities } from './federation/entities.js';
import type { Logger } from './logger.js';
import { inventoryResolvers } from './inventory/resolvers.js';
import { qbusinessResolvers } from './qbusiness/resolvers.js';
import { quicksightResolvers } from './quicksight/resolvers.js';
import { securityhubResolvers } from './securityhub/resolvers.js';
import { loadSubgraphTypeDefs } from './typeDefs.js';

/**
 * `DateTime` behaves as graphql-scalars' DateTimeISO (Date or ISO string in, ISO-8601 UTC string out). Only its
 * functions are taken: handing the scalar itself over would also rename ours and replace its docs.
 */
const dateTime = {
  serialize: DateTimeISOResolver.serialize,
  parseValue: DateTimeISOResolver.parseValue,
  parseLiteral: DateTimeISOResolver.parseLiteral,
};

export const resolvers: Resolvers = mergeResolvers<unknown, Resolvers>([
  { DateTime: dateTime },
  qbusinessResolvers,
  quicksightResolvers,
  securityhubResolvers,
  inventoryResolvers,
]);

export interface SchemaOptions {
  logger: Logger;
  federation: FederationConfig;
  /** The SDL; default: schema/*.graphql (`@oneOf` is declared for it when used). Tests pass other SDL to check what composes. */
  typeDefs?: DocumentNode;
  /** Enforce `@authenticated` / `@requiresScopes` (auth on). Default false: every field is open. */
  authorization?: boolean;
}

/**
 * The executable schema: an Apollo Federation 2 subgraph (`_service`, `_entities`) of the SDL in schema/ with every
 * service's resolvers, `_entities` guarded (cap, per-entity errors, bounded concurrency) and unknown AWS enum values
 * tolerated, `@authenticated` / `@requiresScopes` enforced when
 * `authorization` is on, every mutation audited. Opens nothing, calls nothing.
 */
export function createSchema(options: SchemaOptions): GraphQLSchema {
  const schema = buildSubgraphSchema([{ typeDefs: loadSubgraphTypeDefs(options.typeDefs), resolvers }]);
  if (options.authorization === true) enforceAuthDirectives(schema);
  auditMutations(schema);
  guardEntities(schema, options.federation);
  tolerateUnknownEnumValues(schema, options.logger);
  return schema;
}
