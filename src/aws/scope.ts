import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the per-call layers (src/aws/layers.ts) need to know about the GraphQL request an AWS call is made for.
 * Calls made outside a request (start-up, tests calling the SDK directly) have no scope.
 */
export interface RequestScope {
  /** Who the rate limits share a bucket fairly between: the authenticated subject, else the client address. */
  caller: string;
  /** The request asked for fresh reads (`Cache-Control: no-cache`): the cross-request cache is skipped. */
  noCache: boolean;
  /** Reads already made in this request, by call key: the same call twice in one request runs once. */
  readonly reads: Map<string, Promise<unknown>>;
  /** Ages in seconds of answers served stale from the cache because AWS failed. */
  readonly staleAges: number[];
  /** Fewest seconds any answer read from the cache or AWS stays fresh (for the response's Cache-Control). */
  maxAgeS: number | undefined;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the GraphQL request the current code runs for, if any. */
export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

function wantsFresh(req: IncomingMessage): boolean {
  const header = req.headers['cache-control'];
  return typeof header === 'string' && /(^|,)\s*no-cache\s*(,|$)/i.test(header);
}

/**
 * HTTP middleware (a plain `(req, res, next)` function) that runs the rest of the request inside a new scope. Place
 * it after body parsing: stream callbacks run outside the scope, so everything from `next` on must be inside it.
 */
export function awsRequestScope(req: IncomingMessage, _res: ServerResponse, next: () => void): void {
  const scope: RequestScope = {
    caller: `address:${req.socket.remoteAddress ?? 'unknown'}`,
    noCache: wantsFresh(req),
    reads: new Map(),
    staleAges: [],
    maxAgeS: undefined,
  };
  storage.run(scope, next);
}
