/**
 * connector-graph/client: what a frontend's normalized cache needs to know about this graph, derived from the
 * served schema (src/client/__generated__/schema.ts, written by `npm run codegen`), so it cannot drift from it.
 * The Apollo Client and urql graphcache configurations built from these facts are in `connector-graph/client/apollo`
 * and `connector-graph/client/urql`.
 */
import type { IntrospectionObjectType, IntrospectionType, IntrospectionTypeRef } from 'graphql';
import { entityKeyFields, introspection } from './__generated__/schema.js';

export { entityKeyFields, introspection };

const types: readonly IntrospectionType[] = introspection.__schema.types.filter((type) => !type.name.startsWith('__'));
const rootTypeNames = new Set(
  [introspection.__schema.queryType, introspection.__schema.mutationType, introspection.__schema.subscriptionType].flatMap((type) =>
    type ? [type.name] : [],
  ),
);
const objectTypes = types.filter((type): type is IntrospectionObjectType => type.kind === 'OBJECT');

/** The members of every union and the implementations of every interface (Apollo Client's `possibleTypes`). */
export const possibleTypes: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  types.flatMap((type) =>
    type.kind === 'UNION' || type.kind === 'INTERFACE' ? [[type.name, (type.possibleTypes ?? []).map((member) => member.name).sort()]] : [],
  ),
);

/** Object types with an identity (federation entities): normalized by `entityKeyFields`. */
export const entityTypes: readonly string[] = Object.keys(entityKeyFields).sort();

/**
 * Object types without an identity (AWS value shapes, connections, edges, payloads): stored inside the object that
 * holds them, and merged rather than replaced when two queries select different fields of them.
 */
export const valueTypes: readonly string[] = objectTypes
  .map((type) => type.name)
  .filter((name) => !rootTypeNames.has(name) && entityKeyFields[name] === undefined)
  .sort();

/** A field returning a Relay connection, and the arguments that tell one list from another (all but the paging ones). */
export interface ConnectionField {
  readonly parentType: string;
  readonly field: string;
  readonly connectionType: string;
  readonly keyArgs: readonly string[];
}

const PAGING_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

function namedType(ref: IntrospectionTypeRef): string {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? namedType(ref.ofType) : ref.name;
}

function isConnection(typeName: string): boolean {
  const type = objectTypes.find((candidate) => candidate.name === typeName);
  const fields = new Set(type?.fields.map((field) => field.name));
  return fields.has('edges') && fields.has('pageInfo');
}

/** Every field of the schema that returns a connection (today the four lists on Query). */
export const connectionFields: readonly ConnectionField[] = objectTypes.flatMap((type) =>
  type.fields
    .filter((field) => isConnection(namedType(field.type)))
    .map((field) => ({
      parentType: type.name,
      field: field.name,
      connectionType: namedType(field.type),
      keyArgs: field.args.map((argument) => argument.name).filter((name) => !PAGING_ARGUMENTS.has(name)),
    })),
);

/**
 * The key of an entity object as `{ field: value }` in key-field order, or undefined when the object is not an
 * entity or a key field was not selected (it then stays inside its parent instead of being normalized).
 */
export function entityKey(typename: string | undefined, object: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const fields = typename === undefined ? undefined : entityKeyFields[typename];
  if (fields === undefined) return undefined;
  const key: Record<string, unknown> = {};
  for (const field of fields) {
    const value = object[field];
    if (value === undefined || value === null) return undefined;
    key[field] = value;
  }
  return key;
}
