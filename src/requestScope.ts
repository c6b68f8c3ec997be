import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the layers learn about one HTTP request to /graphql while it runs. It is passed explicitly, never through
 * AsyncLocalStorage (which, once used, taxes every promise of the process: see the README's Performance section):
 * the route makes it (`requestScope`), the GraphQL context carries it (`context.scope`, read by the Apollo plugins),
 * and the context's AWS clients are a view bound to it (`AwsClients.forRequest`), through which every AWS call of
 * the request reaches the call layers with it. Calls made outside a request (start-up, tests calling the SDK
 * directly) have no scope.
 */
export interface RequestScope {
  /** From the caller's `x-request-id` when it is a plausible id, else generated; echoed in the response header. */
  readonly requestId: string;
  /** AWS calls made for this request, by `service.Operation` (e.g. `qbusiness.GetPlugin`), retries not counted. */
  readonly awsCalls: Map<string, number>;
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
  /**
   * The cached answers this request's response was built from, one check each (made by the cache layer): how many
   * seconds that answer stays fresh, or undefined once it is no longer the cache's current answer for its call.
   * The response cache (src/http/responseCache.ts) re-uses a response only while every check passes.
   */
  readonly sources: Array<(now: number) => number | undefined>;
  /** False once the request did something its sources cannot vouch for (a write, an answer from Redis, a stale answer). */
  repeatable: boolean;
  /** The name of the operation Apollo resolved (null for an anonymous one), once it has (set by the request log). */
  operationName: string | null | undefined;
}

const scopes = new WeakMap<IncomingMessage, RequestScope>();

/** The scope `requestScope` gave this request (undefined before it ran). */
export function scopeOf(req: IncomingMessage): RequestScope | undefined {
  return scopes.get(req);
}

/** A caller's id is kept when it is short and made of safe characters (it is logged and sent back). */
const ACCEPTED_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

function wantsFresh(req: IncomingMessage): boolean {
  const header = req.headers['cache-control'];
  return typeof header === 'string' && /(^|,)\s*no-cache\s*(,|$)/i.test(header);
}

/**
 * Middleware (plain `(req, res, next)`) that gives the request its RequestScope (read back with `scopeOf`, when its
 * GraphQL context is built) and sends the request id back in `x-request-id`.
 */
export function requestScope(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const given = req.headers[REQUEST_ID_HEADER];
  const requestId = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, requestId);
  scopes.set(req, {
    requestId,
    awsCalls: new Map(),
    caller: `address:${req.socket.remoteAddress ?? 'unknown'}`,
    noCache: wantsFresh(req),
    reads: new Map(),
    staleAges: [],
    maxAgeS: undefined,
    sources: [],
    repeatable: true,
    operationName: undefined,
  });
  next();
}
