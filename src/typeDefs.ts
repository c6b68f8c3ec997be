import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeTypeDefs } from '@graphql-tools/merge';
import type { DocumentNode } from 'graphql';

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
