import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationException as QBusinessValidationException } from '@aws-sdk/client-qbusiness';
import { ServiceException } from '@smithy/core/client';
import type { ErrorCode } from './__generated__/resolvers-types.js';
import type { AwsService } from './aws/clients.js';
import type { Logger } from './logger.js';

export type { ErrorCode } from './__generated__/resolvers-types.js';

/** Which AWS call an error came from. */
export interface AwsCall {
  /** The service called; `sts` for the caller's AssumeRoleWithWebIdentity (CONNECTOR_GRAPH_AWS_IDENTITY=caller). */
  service: AwsService | 'sts';
  operation: string;
  region: string;
}

/** `extensions.aws` of an error: where it came from, never what AWS sent back verbatim. */
export interface AwsErrorDetails extends AwsCall {
  /** The exact AWS exception name (e.g. `ResourceNotFoundException`), or the network error's name/code. */
  errorType: string;
  /** HTTP status AWS answered with; null when AWS was not reached. */
  httpStatus: number | null;
  /** AWS request id (quote it to AWS support); null when AWS was not reached. */
  requestId: string | null;
}

/** One offending input field: `path` is relative to the operation's arguments (e.g. `pluginId`, `input.displayName`). */
export interface FieldError {
  path: string;
  message: string;
}

export interface GatewayErrorExtensions {
  code: ErrorCode;
  retryable: boolean;
  aws?: AwsErrorDetails;
  fieldErrors?: FieldError[];
  /** createPlugin: the idempotency token the call used; retry with it to get the same plugin, never a second one. */
  clientToken?: string;
}

/** A GraphQL error whose `extensions` follow the documented error contract. */
export class GatewayError extends GraphQLError {
  declare readonly extensions: GatewayErrorExtensions & Record<string, unknown>;

  constructor(message: string, extensions: GatewayErrorExtensions, originalError?: Error) {
    super(message, { extensions: { ...extensions }, ...(originalError === undefined ? {} : { originalError }) });
    this.name = 'GatewayError';
  }
}

/**
 * The documented AWS exceptions of every operation this gateway calls, by exception name (the SDK's `name`,
 * i.e. the wire error type). Anything else AWS answers is `AWS_ERROR`.
 */
const CODE_BY_AWS_EXCEPTION: Readonly<Record<string, ErrorCode>> = {
  AccessDeniedException: 'ACCESS_DENIED',
  ConflictException: 'CONFLICT',
  ResourceExistsException: 'CONFLICT',
  ResourceNotFoundException: 'RESOURCE_NOT_FOUND',
  ServiceQuotaExceededException: 'SERVICE_QUOTA_EXCEEDED',
  ThrottlingException: 'THROTTLED',
  ValidationException: 'VALIDATION_FAILED',
  InvalidParameterValueException: 'VALIDATION_FAILED',
  InvalidNextTokenException: 'VALIDATION_FAILED',
  InternalServerException: 'AWS_INTERNAL_ERROR',
  InternalFailureException: 'AWS_INTERNAL_ERROR',
  // STS AssumeRoleWithWebIdentity (caller identity): the caller's token refused, or the role not assumable.
  // (The SDK names the modeled ones with an `Exception` suffix: wire code InvalidIdentityToken is
  // InvalidIdentityTokenException; AccessDenied is not modeled and keeps its wire name.)
  AccessDenied: 'ACCESS_DENIED',
  InvalidIdentityTokenException: 'UNAUTHENTICATED',
  ExpiredTokenException: 'UNAUTHENTICATED',
  IDPRejectedClaimException: 'UNAUTHENTICATED',
};

/** Node and SDK errors that mean AWS was not reached, or did not answer in time. */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPROTO',
]);
const NETWORK_ERROR_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'AbortError']);

/**
 * An error AWS answered (any service's modeled or unmodeled exception), told apart from network and SDK failures by
 * the Smithy base class every service's exceptions share (by shape: `$fault` and `$metadata`), so this module does
 * not load the service packages (they are loaded on first use, src/aws/sdk.ts).
 */
function isAwsServiceException(error: unknown): error is ServiceException {
  return ServiceException.isInstance(error);
}

/** Q Business's ValidationException, whose `fields` name the invalid input members. */
function isQBusinessValidation(error: ServiceException, service: string): error is ServiceException & Pick<QBusinessValidationException, 'fields'> {
  return service === 'qbusiness' && error.name === 'ValidationException' && Array.isArray((error as { fields?: unknown }).fields);
}

function networkErrorType(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (NETWORK_ERROR_NAMES.has(error.name)) return error.name;
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && NETWORK_ERROR_CODES.has(code) ? code : undefined;
}

/** Whether the same call may succeed if the client tries again later. */
function isRetryable(code: ErrorCode, httpStatus: number | null): boolean {
  switch (code) {
    case 'THROTTLED':
    case 'AWS_INTERNAL_ERROR':
    case 'UPSTREAM_UNAVAILABLE':
      return true;
    case 'AWS_ERROR':
      return httpStatus !== null && (httpStatus >= 500 || httpStatus === 429);
    case 'ACCESS_DENIED':
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
    case 'CONFLICT':
    case 'COST_LIMIT_EXCEEDED':
    case 'RESOURCE_NOT_FOUND':
    case 'SERVICE_QUOTA_EXCEEDED':
    case 'VALIDATION_FAILED':
    case 'INTERNAL_SERVER_ERROR':
      return false;
    default:
      throw new UnreachableCaseError(code);
  }
}

export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${String(value)}`);
  }
}

/**
 * Turns whatever an AWS SDK call threw into a GatewayError following the error contract.
 * Never throws. Keeps the SDK error as `originalError` (for logs), but copies into `extensions` only
 * names, codes and ids: never `$response`, raw bodies or credentials.
 */
export function awsErrorToGraphQL(
  error: unknown,
  call: AwsCall,
  options: {
    /** Prefix for the field names AWS reports, to make them paths relative to the GraphQL arguments (`input.`). */
    fieldPathPrefix?: string;
  } = {},
): GatewayError {
  if (error instanceof GatewayError) return error;
  if (isAwsServiceException(error)) {
    const errorType = error.name;
    const httpStatus = error.$metadata.httpStatusCode ?? null;
    const code = CODE_BY_AWS_EXCEPTION[errorType] ?? 'AWS_ERROR';
    const message =
      error.message && error.message !== 'UnknownError'
        ? error.message
        : `AWS answered ${errorType}${httpStatus === null ? '' : ` (HTTP ${httpStatus})`}`;
    const extensions: GatewayErrorExtensions = {
      code,
      retryable: isRetryable(code, httpStatus),
      aws: { ...call, errorType, httpStatus, requestId: error.$metadata.requestId ?? null },
    };
    if (isQBusinessValidation(error, call.service) && error.fields !== undefined && error.fields.length > 0) {
      extensions.fieldErrors = error.fields.map((field) => ({
        path: `${options.fieldPathPrefix ?? ''}${field.name ?? '(unnamed field)'}`,
        message: field.message ?? 'invalid value',
      }));
    }
    return new GatewayError(message, extensions, error);
  }
  const network = networkErrorType(error);
  if (network !== undefined) {
    return new GatewayError(
      `Could not reach AWS ${call.service} (${network}) for ${call.operation} in ${call.region}`,
      {
        code: 'UPSTREAM_UNAVAILABLE',
        retryable: true,
        aws: { ...call, errorType: network, httpStatus: null, requestId: null },
      },
      error as Error,
    );
  }
  // Neither AWS nor the network: a bug or misconfiguration here (e.g. no credentials). Masked in production.
  const original = error instanceof Error ? error : new Error(String(error));
  return new GatewayError(original.message, { code: 'INTERNAL_SERVER_ERROR', retryable: false }, original);
}

/** A bad argument caught before any AWS call. */
export function validationError(fieldErrors: FieldError[]): GatewayError {
  const message = fieldErrors.map((field) => `${field.path}: ${field.message}`).join('; ');
  return new GatewayError(`Invalid input: ${message}`, { code: 'VALIDATION_FAILED', retryable: false, fieldErrors });
}

/**
 * Apollo's `formatError`: contract errors pass unchanged; anything with code INTERNAL_SERVER_ERROR is a gateway
 * bug: it is logged with its cause, and its message is masked outside development.
 */
export function createFormatError(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      // Contract errors (AWS, validation, GraphQL's own) carry no stack trace, even in development.
      if (formatted.extensions === undefined || !('stacktrace' in formatted.extensions)) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }
    const cause = unwrapResolverError(error);
    options.logger.error(
      { err: cause instanceof GatewayError ? (cause.originalError ?? cause) : cause, path: formatted.path },
      'internal error while resolving a field',
    );
    if (!options.production) return { ...formatted, extensions: { ...formatted.extensions, retryable: false } };
    return {
      message: 'Internal server error',
      ...(formatted.locations === undefined ? {} : { locations: formatted.locations }),
      ...(formatted.path === undefined ? {} : { path: formatted.path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false },
    };
  };
}
