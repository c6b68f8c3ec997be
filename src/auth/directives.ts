import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../context.js';
import type { GatewayError } from '../errors.js';
import type { Caller } from './caller.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * What `@authenticated` / `@requiresScopes` (Apollo Federation v2.5) ask of one field or type. `scopes` follows the
 * directive: the caller needs every scope of at least one inner list. Empty `scopes` = authentication only.
 */
export interface Requirement {
  scopes: string[][];
}

const REQUIREMENT = Symbol.for('connector-graph.auth.requirement');

function requirementOf(directives: readonly ConstDirectiveNode[]): Requirement | undefined {
  let requirement: Requirement | undefined;
  for (const directive of directives) {
    if (directive.name.value === 'authenticated') requirement ??= { scopes: [] };
    if (directive.name.value === 'requiresScopes') {
      const argument = directive.arguments?.find((arg) => arg.name.value === 'scopes');
      const scopes = argument === undefined ? [] : (valueFromASTUntyped(argument.value) as string[][]);
      requirement = { scopes: [...(requirement?.scopes ?? []), ...scopes] };
    }
  }
  return requirement;
}

function typeRequirement(type: GraphQLNamedType): Requirement | undefined {
  return requirementOf([type.astNode, ...(type.extensionASTNodes ?? [])].flatMap((node) => node?.directives ?? []));
}

/** Combines two requirements: both must hold (each list of alternatives combined pairwise). */
function both(a: Requirement | undefined, b: Requirement | undefined): Requirement | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.scopes.length === 0) return b;
  if (b.scopes.length === 0) return a;
  return { scopes: a.scopes.flatMap((x) => b.scopes.map((y) => [...new Set([...x, ...y])])) };
}

/** Whether the caller meets the requirement. */
function allows(requirement: Requirement, caller: Caller): boolean {
  return requirement.scopes.length === 0 || requirement.scopes.some((set) => set.every((scope) => caller.scopes.has(scope)));
}

/**
 * The error the caller gets for reading entities of this type (its type-level directives), or undefined when allowed
 * or when the schema is not enforcing (auth off). For resolvers that decide per item, e.g. `integrations` per service.
 */
export function typeAccessError(type: GraphQLNamedType | undefined | null, caller: Caller | undefined): GatewayError | undefined {
  const requirement = type?.extensions[REQUIREMENT as unknown as string] as Requirement | undefined;
  if (requirement === undefined || type == null) return undefined;
  if (caller === undefined) return unauthenticated('no bearer token');
  return allows(requirement, caller) ? undefined : forbidden(type.name, requirement.scopes);
}

/**
 * Enforces `@authenticated` / `@requiresScopes` in this subgraph, from the directives in the schema itself (the same
 * ones a router enforces at its edge), so the subgraph is safe without a router in front:
 * - a field needs its own directives and those of the object type it returns; a caller lacking them gets null and a
 *   FORBIDDEN error with `extensions.requiredScopes` (siblings still resolve) and the resolver (its AWS call) never runs;
 * - `_entities` checks each representation against its type's directives, one error per refused entity;
 * - types with directives are marked so `typeAccessError` can answer for them.
 * Mutates the schema's resolvers in place; call once, before wrapping `_entities` further, and only with auth on.
 */
export function enforceAuthDirectives(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const own = typeRequirement(type);
    if (own !== undefined) (type.extensions as Record<string | symbol, unknown>)[REQUIREMENT] = own;
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      const requirement = both(
        requirementOf(field.astNode?.directives ?? []),
        isObjectType(returned) ? typeRequirement(returned) : undefined,
      );
      if (requirement === undefined) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        const { caller } = context;
        if (caller === undefined) throw unauthenticated('no bearer token');
        if (!allows(requirement, caller)) throw forbidden(coordinate, requirement.scopes);
        return resolve(source, args, context, info);
      };
    }
  }
  const entities = schema.getQueryType()?.getFields()._entities;
  if (entities?.resolve !== undefined) {
    const resolve = entities.resolve;
    entities.resolve = (source, args: Record<string, unknown>, context: Context, info) => {
      const representations: unknown[] = Array.isArray(args.representations) ? args.representations : [];
      for (const representation of representations) {
        const typename = (representation as { __typename?: unknown } | null)?.__typename;
        const error = typeof typename === 'string' ? typeAccessError(schema.getType(typename), context.caller) : undefined;
        if (error !== undefined) throw error;
      }
      return resolve(source, args, context, info);
    };
  }
}
