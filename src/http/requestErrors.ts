import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';

/**
 * What the HTTP layer answers when a request never reaches GraphQL: a body that is not JSON, too large, in an
 * unsupported charset or encoding, an unknown route, or an unexpected failure. Always a GraphQL-over-HTTP error
 * body (`{"errors":[{"message","extensions":{"code"}}]}`) as JSON, never HTML, never a stack trace, and never
 * the request body: body-parser's errors carry the body (`error.body`) and Node's JSON.parse messages quote it, so
 * neither the message nor the error object is echoed or logged.
 */

/** body-parser's error `type`s, with the status and the fixed message answered for each. */
const BODY_ERRORS: Readonly<Record<string, { status: number; message: string }>> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is too large.' },
  'charset.unsupported': { status: 415, message: 'Unsupported charset: send the body as UTF-8 JSON.' },
  'encoding.unsupported': { status: 415, message: 'Unsupported Content-Encoding: send gzip, deflate, br or no encoding.' },
  'request.aborted': { status: 400, message: 'The request was aborted before its body was complete.' },
  'request.size.invalid': { status: 400, message: 'The request body is shorter or longer than its Content-Length.' },
};

export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * The last error handler of the HTTP app (express calls handlers with four parameters on errors). A request
 * problem is a 4xx BAD_REQUEST; anything else a 500 INTERNAL_SERVER_ERROR, logged by its name and code only.
 */
export function createRequestErrorHandler(logger: Logger) {
  return (error: unknown, _req: IncomingMessage, res: ServerResponse, _next: (error?: unknown) => void): void => {
    const { type, status, name, code } = (typeof error === 'object' && error !== null ? error : {}) as {
      type?: unknown;
      status?: unknown;
      name?: unknown;
      code?: unknown;
    };
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known !== undefined) {
      sendGraphQLError(res, known.status, 'BAD_REQUEST', known.message);
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendGraphQLError(res, status, 'BAD_REQUEST', 'The request could not be read.');
      return;
    }
    logger.error({ errorName: String(name ?? typeof error), errorCode: code === undefined ? undefined : String(code) }, 'unexpected error in the HTTP layer');
    sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/** Any route the app does not serve: 404 as JSON (express's default is an HTML page naming the path). */
export function notFound(_req: IncomingMessage, res: ServerResponse): void {
  sendGraphQLError(res, 404, 'NOT_FOUND', 'Not found: the GraphQL endpoint is /graphql.');
}
