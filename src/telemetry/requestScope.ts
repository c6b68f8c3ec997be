import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the telemetry layer learns about one HTTP request to /graphql while it runs. */
export interface RequestScope {
  /** From the caller's `x-request-id` when it is a plausible id, else generated; echoed in the response header. */
  readonly requestId: string;
  /** AWS calls made for this request, by `service.Operation` (e.g. `qbusiness.GetPlugin`), retries not counted. */
  readonly awsCalls: Map<string, number>;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the request whose code is running now; undefined outside a /graphql request. */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** A caller's id is kept when it is short and made of safe characters (it is logged and sent back). */
const ACCEPTED_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Middleware (plain `(req, res, next)`) that gives the rest of the request, resolvers and SDK calls included, a
 * RequestScope, and sends the request id back in `x-request-id`. Mount it after the body parser: stream events run
 * outside the scope, so a scope entered before the body is read would be lost by the time the body arrives.
 */
export function requestScope(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const given = req.headers[REQUEST_ID_HEADER];
  const requestId = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, requestId);
  storage.run({ requestId, awsCalls: new Map() }, next);
}
