import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CombinedGraphQLErrors, gql, type ApolloClient } from '@apollo/client';
import type { Client } from '@urql/core';

const root = join(import.meta.dirname, '..', '..');
export const README = readFileSync(join(root, 'README.md'), 'utf8');
/** The URL the README's client snippets point at; the tests swap in their own server's. */
export const README_URL = 'http://127.0.0.1:4000/graphql';

/**
 * The ```ts block of README.md that starts with `// <name>`, written (with `url` for the README's URL) to
 * test-artifacts/readme/<name> and imported: the snippet runs exactly as the README shows it.
 */
let snippets = 0;

export async function importReadmeSnippet<T>(name: string, url: string): Promise<T> {
  const block = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').find((code) => code.startsWith(`// ${name}\n`));
  if (block === undefined) throw new Error(`README.md has no \`\`\`ts block starting with "// ${name}"`);
  if (!block.includes(README_URL)) throw new Error(`README snippet ${name} does not use ${README_URL}`);
  const dir = join(root, 'test-artifacts', 'readme');
  mkdirSync(dir, { recursive: true });
  // A new file per call: each import is a new module, so each call builds a new client with an empty cache.
  const file = join(dir, `${process.pid}-${++snippets}-${name}`);
  writeFileSync(file, block.replaceAll(README_URL, url));
  return (await import(file)) as T;
}

/** Every ```graphql block of README.md: the example operations users paste. */
export const README_OPERATIONS = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

export interface ClientError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface ClientResult<T = Record<string, unknown>> {
  data: T | undefined;
  errors: ClientError[];
}

export type FetchMode = 'network' | 'cache-first' | 'cache-only';

/** The same operations through either client, so each scenario is written once. */
export interface ClientDriver {
  readonly name: string;
  query<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>, mode?: FetchMode): Promise<ClientResult<T>>;
  mutate<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<ClientResult<T>>;
  /** What the client's cache holds for `document` with `variables` (no request). */
  readCache<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): T | undefined;
}

function graphQLErrors(errors: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>): ClientError[] {
  return errors.map((error) => ({
    message: error.message,
    ...(error.path === undefined ? {} : { path: error.path }),
    ...(error.extensions === undefined ? {} : { extensions: { ...error.extensions } }),
  }));
}

const apolloPolicy = { network: 'network-only', 'cache-first': 'cache-first', 'cache-only': 'cache-only' } as const;

export function apolloDriver(client: ApolloClient): ClientDriver {
  const apolloErrors = (error: unknown): ClientError[] => {
    if (error === undefined) return [];
    if (CombinedGraphQLErrors.is(error)) return graphQLErrors(error.errors);
    throw error;
  };
  return {
    name: 'Apollo Client',
    async query(document, variables, mode = 'network') {
      const result = await client.query<Record<string, unknown>>({ query: gql(document), variables, fetchPolicy: apolloPolicy[mode], errorPolicy: 'all' });
      return { data: (result.data ?? undefined) as never, errors: apolloErrors(result.error) };
    },
    async mutate(document, variables) {
      const result = await client.mutate<Record<string, unknown>>({ mutation: gql(document), variables, errorPolicy: 'all' });
      return { data: (result.data ?? undefined) as never, errors: apolloErrors(result.error) };
    },
    readCache(document, variables) {
      return (client.readQuery({ query: gql(document), variables }) ?? undefined) as never;
    },
  };
}

const urqlPolicy = { network: 'network-only', 'cache-first': 'cache-first', 'cache-only': 'cache-only' } as const;

export function urqlDriver(client: Client): ClientDriver {
  const urqlErrors = (error: { graphQLErrors: ReadonlyArray<ClientError>; networkError?: Error } | undefined): ClientError[] => {
    if (error === undefined) return [];
    if (error.networkError !== undefined) throw error.networkError;
    return graphQLErrors(error.graphQLErrors);
  };
  return {
    name: 'urql',
    async query(document, variables, mode = 'network') {
      const result = await client.query(document, variables ?? {}, { requestPolicy: urqlPolicy[mode] }).toPromise();
      return { data: (result.data ?? undefined) as never, errors: urqlErrors(result.error) };
    },
    async mutate(document, variables) {
      const result = await client.mutation(document, variables ?? {}).toPromise();
      return { data: (result.data ?? undefined) as never, errors: urqlErrors(result.error) };
    },
    readCache(document, variables) {
      return (client.readQuery(document, variables ?? {})?.data ?? undefined) as never;
    },
  };
}

/** A deep copy without `__typename` keys (both clients add them to every selection set). */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__typename').map(([key, inner]) => [key, withoutTypename(inner)]));
}
