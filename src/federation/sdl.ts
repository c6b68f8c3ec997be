import { execute, parse, type GraphQLSchema } from 'graphql';
import type { FederationConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createSchema } from '../schema.js';

/** Only the SDL is printed: the limits change nothing in it. */
const ANY_LIMITS: FederationConfig = { maxRepresentations: 100, entityConcurrency: 10 };

/**
 * The subgraph SDL exactly as a router (or `rover subgraph introspect`) reads it: the answer of `{ _service { sdl } }`.
 * Asked through the schema rather than printed with `printSubgraphSchema()`, which @apollo/subgraph 2.14 cannot do
 * for a schema declaring `@oneOf`.
 */
export async function subgraphSdl(schema: GraphQLSchema = createSchema({ logger: createLogger('silent'), federation: ANY_LIMITS })): Promise<string> {
  const result = await execute({ schema, document: parse('{ _service { sdl } }'), contextValue: {} });
  const sdl: unknown = (result.data?._service as { sdl?: unknown } | undefined)?.sdl;
  if (result.errors !== undefined || typeof sdl !== 'string') {
    throw new Error(`_service { sdl } failed: ${result.errors?.map((error) => error.message).join('; ') ?? 'no sdl'}`);
  }
  return sdl;
}
