import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { tolerateUnknownEnumValues } from './enums.js';
import type { Logger } from './logger.js';
import { qbusinessResolvers } from './qbusiness/resolvers.js';
import { quicksightResolvers } from './quicksight/resolvers.js';
import { securityhubResolvers } from './securityhub/resolvers.js';
import { loadTypeDefs } from './typeDefs.js';

/**
 * `DateTime` behaves as graphql-scalars' DateTimeISO (Date or ISO string in, ISO-8601 UTC string out). Only its
 * functions are taken: handing graphql-tools the scalar itself would also rename ours and replace its docs.
 */
const dateTime = {
  serialize: DateTimeISOResolver.serialize,
  parseValue: DateTimeISOResolver.parseValue,
  parseLiteral: DateTimeISOResolver.parseLiteral,
};

/** The executable schema: the SDL in schema/ with every service's resolvers. Opens nothing, calls nothing. */
export function createSchema(logger: Logger): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [{ DateTime: dateTime }, qbusinessResolvers, quicksightResolvers, securityhubResolvers],
  });
  tolerateUnknownEnumValues(schema, logger);
  return schema;
}
