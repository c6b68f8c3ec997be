import { HeaderMap } from '@apollo/server';
import { GatewayError } from '../errors.js';

/**
 * The answer to a request without a valid token: HTTP 401, `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750)
 * with the reason as `error_description`, and one UNAUTHENTICATED error. `reason` never holds the token.
 */
export function unauthenticated(reason: string): GatewayError {
  const challenge = `Bearer error="invalid_token", error_description="${reason.replace(/["\\]/g, '')}"`;
  const error = new GatewayError(`Not authenticated: ${reason}.`, { code: 'UNAUTHENTICATED', retryable: false });
  // Apollo Server reads `extensions.http` for the status and headers, then removes it from the response.
  (error.extensions as Record<string, unknown>).http = { status: 401, headers: new HeaderMap([['www-authenticate', challenge]]) };
  return error;
}

/** A field the caller's scopes do not cover: null with FORBIDDEN, `requiredScopes` lists the accepted scope sets. */
export function forbidden(coordinate: string, requiredScopes: readonly (readonly string[])[]): GatewayError {
  const needed = requiredScopes.map((set) => set.join(' + ')).join(' or ');
  const error = new GatewayError(`Forbidden: ${coordinate} needs the scope ${needed}.`, { code: 'FORBIDDEN', retryable: false });
  (error.extensions as Record<string, unknown>).requiredScopes = requiredScopes.map((set) => [...set]);
  return error;
}
