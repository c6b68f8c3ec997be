import { isEnumType, type GraphQLSchema } from 'graphql';
import type { Logger } from './logger.js';

/** The extra value every AWS-derived enum carries for values AWS added after this gateway was built. */
export const UNRECOGNIZED = 'UNRECOGNIZED';

/**
 * AWS adds enum values over time and the SDK passes unknown ones through as plain strings. graphql-js would
 * reject such a value, nulling the field and, through non-null fields, its parent. For every enum that has an
 * `UNRECOGNIZED` value, serialize an unknown string as `UNRECOGNIZED` instead and log the raw value once
 * (per enum and value), so the data still arrives and operators learn the gateway needs an update.
 * Mutates the schema's enum types in place; call once after building the schema.
 */
export function tolerateUnknownEnumValues(schema: GraphQLSchema, logger: Logger): void {
  const reported = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || type.getValue(UNRECOGNIZED) === undefined) continue;
    const serialize = type.serialize.bind(type);
    type.serialize = (value: unknown) => {
      if (typeof value === 'string' && type.getValue(value) === undefined) {
        const key = `${type.name}.${value}`;
        if (!reported.has(key) && reported.size < 1000) {
          reported.add(key);
          logger.warn({ enum: type.name, value }, 'AWS returned an enum value this gateway does not know; answering UNRECOGNIZED');
        }
        return UNRECOGNIZED;
      }
      return serialize(value);
    };
  }
}
