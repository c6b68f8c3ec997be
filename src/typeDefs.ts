import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { Kind, parse, type DocumentNode } from 'graphql';

/** The folder holding the SDL: one file per AWS service plus `shared.graphql`. */
export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** Every `schema/*.graphql` file, sorted by name so the merged document is deterministic. */
export function schemaFiles(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(SCHEMA_DIR, name));
}

/** The merged SDL of all schema files, as one document (types extended across files are merged). */
export function loadTypeDefs(): DocumentNode {
  return mergeTypeDefs(
    schemaFiles().map((file) => readFileSync(file, 'utf8')),
    { sort: false, throwOnConflict: true },
  );
}

/**
 * The merged SDL as the subgraph serves it. graphql 16.15 knows `@oneOf` natively, but @apollo/subgraph 2.14 only
 * accepts it (and prints it in `_service { sdl }`) when the SDL declares it, so the declaration is added when an
 * input uses `@oneOf` and no schema file declares it.
 */
export function loadSubgraphTypeDefs(typeDefs: DocumentNode = loadTypeDefs()): DocumentNode {
  return withOneOfDeclared(typeDefs);
}

export function withOneOfDeclared(typeDefs: DocumentNode): DocumentNode {
  const declared = typeDefs.definitions.some((node) => node.kind === Kind.DIRECTIVE_DEFINITION && node.name.value === 'oneOf');
  if (declared || !usesOneOf(typeDefs)) return typeDefs;
  return { ...typeDefs, definitions: [...typeDefs.definitions, ...parse(ONE_OF_DECLARATION).definitions] };
}

const ONE_OF_DECLARATION = /* GraphQL */ `
  "Exactly one field of the input object must be given (a non-null value); graphql-js enforces it."
  directive @oneOf on INPUT_OBJECT
`;

function usesOneOf(typeDefs: DocumentNode): boolean {
  return typeDefs.definitions.some(
    (node) =>
      (node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || node.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION) &&
      (node.directives ?? []).some((directive) => directive.name.value === 'oneOf'),
  );
}
