import type { AwsClients } from '../aws/clients.js';
import type { AuthConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { Caller } from './caller.js';
import { unauthenticated } from './errors.js';
import { CallerIdentities } from './identity.js';
import { createTokenVerifier, InvalidTokenError, type TokenVerifier } from './verifier.js';

export type { Caller } from './caller.js';
export { enforceAuthDirectives, typeAccessError } from './directives.js';
export { auditMutations } from './audit.js';

/** What the auth layer adds to one request's context. */
export interface RequestIdentity {
  caller: Caller | undefined;
  /** The AWS clients of the request's AWS identity. */
  clients: AwsClients;
}

export interface Auth {
  /** Authenticates one request from its `Authorization` header; throws the 401 UNAUTHENTICATED error when refused. */
  identify(authorization: string | string[] | undefined): Promise<RequestIdentity>;
  /** Closes the callers' clients and the STS client (caller mode). */
  close(): void;
}

export interface AuthOptions {
  config: AuthConfig;
  logger: Logger;
  /** The gateway's own clients (standard credential chain, or the emulator's). */
  clients: AwsClients;
}

/**
 * The request-level half of auth. `none`: every request is anonymous (caller undefined) and uses the gateway's
 * clients. `jwt`: a valid `Authorization: Bearer` token is required for every GraphQL request (introspection and
 * `_service` included); anything else is refused before execution, so it costs no AWS call.
 */
export function createAuth(options: AuthOptions): Auth {
  const { config, clients } = options;
  if (config.mode === 'none') {
    const anonymous: RequestIdentity = { caller: undefined, clients };
    return { identify: () => Promise.resolve(anonymous), close: () => undefined };
  }
  if (config.issuer === undefined) throw new Error('createAuth: --auth jwt needs an issuer (CONNECTOR_GRAPH_JWT_ISSUER)');
  const verifier: TokenVerifier = createTokenVerifier({ ...config, issuer: config.issuer });
  const callers =
    config.awsIdentity === 'caller' && config.roleArn !== undefined
      ? new CallerIdentities({ gateway: clients, roleArn: config.roleArn, durationSeconds: config.sessionDurationSeconds })
      : undefined;
  return {
    async identify(authorization) {
      const token = bearerToken(authorization);
      let caller: Caller;
      try {
        ({ caller } = await verifier.verify(token));
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
        throw error;
      }
      // Caller mode: every AWS call of the request is signed with the caller's own STS session.
      return { caller, clients: callers === undefined ? clients : await callers.clientsFor(caller, token) };
    },
    close: () => callers?.destroy(),
  };
}

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 section 2.1); throws UNAUTHENTICATED otherwise. */
function bearerToken(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw unauthenticated('no bearer token (send Authorization: Bearer <token>)');
  if (Array.isArray(header)) throw unauthenticated('more than one Authorization header');
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  if (match === null) throw unauthenticated('the Authorization header is not "Bearer <token>"');
  return match[1] ?? '';
}
