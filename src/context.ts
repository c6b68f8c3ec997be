import type { GraphQLError } from 'graphql';
import type { Caller } from './auth/caller.js';
import type { AwsClients } from './aws/clients.js';
import type { Loaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { CursorCodec } from './pagination.js';
import type { RequestScope } from './requestScope.js';

/** Built fresh for every GraphQL request: loaders must never share cached answers across requests. */
export interface Context {
  /** What the layers learn about this request (request id, caller, AWS calls, cache ages); see src/requestScope.ts. */
  scope: RequestScope;
  loaders: Loaders;
  /** The request's AWS identity (the caller's in `caller` mode). For mutations, which are not batched: reads go through `loaders`. */
  clients: AwsClients;
  /** The authenticated caller; undefined with auth off. */
  caller: Caller | undefined;
  /** Region for calls whose arguments name none. */
  region: string;
  logger: Logger;
  /** Signs and checks connection cursors (one secret per gateway; replicas share CONNECTOR_GRAPH_CURSOR_SECRET). */
  cursors: CursorCodec;
  /** Bounds on what one request may cost AWS. */
  limits: { concurrency: number; inventoryMaxItems: number };
  /**
   * Errors of a field that still returns data (a cross-service list where one service failed). They are added to
   * the response's `errors` after execution (see partialErrors.ts); they carry their field's path and locations.
   */
  partialErrors: GraphQLError[];
}
