import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { RequestScope } from '../requestScope.js';
import type { ResponseCache, ReusedResponse } from './responseCache.js';

/** A plain node:http middleware: `next(error)` hands a failure to the route's error handler. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
export type ErrorHandler = (error: unknown, req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Run in order before GraphQL (CORS, the body parser, the request scope); each calls `next` or answers itself. */
  before: readonly Middleware[];
  /** The request's GraphQL context. */
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Answers a request whose middleware or execution failed (body errors become JSON 4xx). */
  onError: ErrorHandler;
  /** Re-use of whole responses to repeated queries (src/http/responseCache.ts); none when undefined. */
  reuse?: ResponseReuse<TContext>;
}

/** What the route needs to keep and re-use responses. */
export interface ResponseReuse<TContext> {
  cache: ResponseCache;
  scope(req: IncomingMessage): RequestScope | undefined;
  /** Whose answers the context's are (the caller key) and whether they are private to that caller. */
  caller(req: IncomingMessage, context: TContext): { key: string; isPrivate: boolean };
  /** After a kept response was sent again instead of running the query: the request log line and metrics. */
  reused(context: TContext, response: ReusedResponse, startedAt: bigint): void;
}

/** Whether a request URL names `path` (as Express mounts a route: case-insensitive, a trailing slash allowed). */
export function isPath(url: string | undefined, path: string): boolean {
  if (url === undefined) return false;
  const end = url.indexOf('?');
  const pathname = (end < 0 ? url : url.slice(0, end)).toLowerCase();
  return pathname === path || pathname === `${path}/`;
}

/** The query string of a request URL, with its `?` (Apollo reads GET operations from it), or "". */
function searchOf(url = ''): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
}

/**
 * The GraphQL endpoint as one node:http handler: the given middleware, then Apollo Server's
 * `executeHTTPGraphQLRequest`, with the answer written straight to the response. This is what the Express
 * integration does, minus Express's per-request work that this route does not use (router, request/response
 * prototypes, ETag hashing of every answer, the legacy URL parser): the measured difference is in the README's
 * Performance section. Express still serves every other route (see src/server.ts).
 */
export function createGraphQLRoute<TContext extends BaseContext>(options: GraphQLRouteOptions<TContext>) {
  const { apollo, before, context, onError, reuse } = options;
  const fail = (error: unknown, req: IncomingMessage, res: ServerResponse): void =>
    onError(error, req, res, () => {
      if (!res.writableEnded) res.end();
    });

  const execute = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const startedAt = process.hrtime.bigint();
    let contextOf: Promise<TContext> | undefined;
    const contextOnce = (): Promise<TContext> => (contextOf ??= context(req));
    const scope = reuse?.scope(req);
    const request = reuse?.cache.requestKey(req, scope);
    if (reuse !== undefined && request !== undefined && reuse.cache.has(request)) {
      // Some caller's answer to this very request is kept: authenticate this one to see whether it is theirs. A
      // failed authentication goes on to Apollo, which answers it as usual (with this same rejected context).
      const known = await contextOnce().catch(() => undefined);
      const kept = known === undefined ? undefined : reuse.cache.reuse(request, reuse.caller(req, known).key);
      if (known !== undefined && kept !== undefined) {
        for (const [key, value] of kept.headers) res.setHeader(key, value);
        res.statusCode = kept.status;
        res.setHeader('content-length', Buffer.byteLength(kept.body));
        res.end(kept.body);
        reuse.reused(known, kept, startedAt);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: searchOf(req.url),
        body: (req as { body?: unknown }).body,
      },
      context: contextOnce,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const body = response.body.string;
      res.setHeader('content-length', Buffer.byteLength(body));
      // Node's response sends no body for HEAD by itself.
      res.end(body);
      if (reuse !== undefined && request !== undefined && scope !== undefined && contextOf !== undefined) {
        const known = await contextOf.catch(() => undefined);
        if (known !== undefined) {
          const caller = reuse.caller(req, known);
          reuse.cache.keep(request, caller.key, scope, caller.isPrivate, { status: res.statusCode, headers: response.headers, body });
        }
      }
      return;
    }
    // Incremental delivery (@defer): write each part as it comes.
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    let index = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null) {
        fail(error, req, res);
        return;
      }
      const middleware = before[index++];
      if (middleware !== undefined) {
        try {
          middleware(req, res, next);
        } catch (thrown) {
          fail(thrown, req, res);
        }
        return;
      }
      execute(req, res).catch((thrown: unknown) => fail(thrown, req, res));
    };
    next();
  };
}
