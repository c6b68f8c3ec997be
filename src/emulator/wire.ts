/**
 * restJson1 as the three services put it on the wire: JSON bodies, per-service timestamp formats and per-service
 * error bodies. See ../shared/aws-models/OPERATIONS.md sections 2 and 2.4.
 *
 * Why the error header matters: AWS SDK JS v3 reads the error type from `X-Amzn-Errortype` first, then from a body
 * key `code` (any case). Security Hub error bodies carry a `Code` member (e.g. "InvalidInput"), which would win
 * without the header, so every error response here sends the header.
 */

export type ServiceName = 'qbusiness' | 'quicksight' | 'securityhub';

/** How a service writes `timestamp` members in JSON bodies. */
export type TimestampFormat = 'epoch-seconds' | 'date-time';

export const TIMESTAMP_FORMAT: Readonly<Record<ServiceName, TimestampFormat>> = {
  qbusiness: 'epoch-seconds',
  quicksight: 'epoch-seconds',
  securityhub: 'date-time', // Security Hub's Timestamp shape has @timestampFormat("date-time")
};

/**
 * Every error shape each service models, with its HTTP status (from the newest botocore models). The SDK resolves
 * any of these names to its modeled exception class, whichever operation returned it.
 */
export const MODELED_ERRORS: Readonly<Record<ServiceName, Readonly<Record<string, number>>>> = {
  qbusiness: {
    AccessDeniedException: 403,
    ConflictException: 409,
    ExternalResourceException: 424,
    InternalServerException: 500,
    LicenseNotFoundException: 400,
    MediaTooLargeException: 400,
    ResourceNotFoundException: 404,
    ServiceQuotaExceededException: 402,
    ThrottlingException: 429,
    ValidationException: 400,
  },
  quicksight: {
    AccessDeniedException: 401,
    ConcurrentUpdatingException: 500,
    ConflictException: 409,
    CustomerManagedKeyUnavailableException: 400,
    DomainNotWhitelistedException: 403,
    IdentityTypeNotSupportedException: 403,
    InternalFailureException: 500,
    InternalServerException: 500,
    InvalidDataSetParameterValueException: 400,
    InvalidNextTokenException: 400,
    InvalidParameterException: 400,
    InvalidParameterValueException: 400,
    InvalidRequestException: 400,
    LimitExceededException: 409,
    PreconditionNotMetException: 400,
    QuickSightUserNotFoundException: 404,
    ResourceExistsException: 409,
    ResourceNotFoundException: 404,
    ResourceUnavailableException: 503,
    SessionLifetimeInMinutesInvalidException: 400,
    ThrottlingException: 429,
    UnsupportedPricingPlanException: 403,
    UnsupportedUserEditionException: 403,
  },
  securityhub: {
    AccessDeniedException: 403,
    ConflictException: 409,
    InternalException: 500,
    InternalServerException: 500,
    InvalidAccessException: 401,
    InvalidInputException: 400,
    LimitExceededException: 429,
    OrganizationNotFoundException: 400,
    OrganizationalUnitNotFoundException: 400,
    ResourceConflictException: 409,
    ResourceInUseException: 400,
    ResourceNotFoundException: 404,
    ServiceQuotaExceededException: 402,
    ThrottlingException: 429,
    ValidationException: 400,
  },
};

/** The status AWS documents for `type` in `service`, or undefined when the service does not model that error. */
export function modeledStatus(service: ServiceName, type: string): number | undefined {
  return Object.hasOwn(MODELED_ERRORS[service], type) ? MODELED_ERRORS[service][type] : undefined;
}

/** The name of the throttling error each service models (used by the throttle fault). */
export const THROTTLING_ERROR: Readonly<Record<ServiceName, string>> = {
  qbusiness: 'ThrottlingException',
  quicksight: 'ThrottlingException',
  securityhub: 'ThrottlingException',
};

/**
 * An AWS error a handler (or a fault) answers with. `members` are extra body members beyond the message
 * (e.g. qbusiness `reason`/`fields`/`resourceId`, securityhub `Code`); they override the defaults.
 */
export class AwsError extends Error {
  readonly type: string;
  readonly status: number | undefined;
  readonly members: Readonly<Record<string, unknown>>;

  constructor(type: string, message: string, options: { status?: number; members?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'AwsError';
    this.type = type;
    this.status = options.status;
    this.members = options.members ?? {};
  }
}

/**
 * Builds the service-shaped error body:
 * - qbusiness `{message, ...}` (lower-case members),
 * - quicksight `{Message, RequestId, ...}`,
 * - securityhub `{Message, Code, ...}` with `Code` defaulting to the error type.
 * `members` are merged last, so callers can add or override members (e.g. reason and fields).
 */
export function errorBody(
  service: ServiceName,
  type: string,
  message: string,
  requestId: string,
  members: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  switch (service) {
    case 'qbusiness':
      return { message, ...members };
    case 'quicksight':
      return { Message: message, RequestId: requestId, ...members };
    case 'securityhub':
      return { Message: message, Code: type, ...members };
  }
}

/** A JSON value, after serialization. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Turns a stored wire object into JSON-ready data: `Date` becomes epoch seconds (fractions kept) or an RFC 3339
 * string per `format`; `undefined` members are dropped (restJson1 omits absent members); everything else,
 * including unknown union members and enum values, passes through unchanged.
 */
export function toJson(value: unknown, format: TimestampFormat): JsonValue | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) {
    return format === 'epoch-seconds' ? value.getTime() / 1000 : value.toISOString();
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => toJson(item, format) ?? null);
  }
  const out: Record<string, JsonValue> = {};
  for (const [key, member] of Object.entries(value)) {
    const json = toJson(member, format);
    if (json !== undefined) out[key] = json;
  }
  return out;
}

/** Formats a date as the service writes timestamps (for tests and logs). */
export function formatTimestamp(date: Date, format: TimestampFormat): number | string {
  return format === 'epoch-seconds' ? date.getTime() / 1000 : date.toISOString();
}

/** The exception each service answers for an unexpected failure inside the emulator. */
export const INTERNAL_ERROR: Readonly<Record<ServiceName, string>> = {
  qbusiness: 'InternalServerException',
  quicksight: 'InternalFailureException',
  securityhub: 'InternalServerException',
};

/** The exception each service answers for a request that is not signed (403 qbusiness/securityhub, 401 quicksight). */
export const ACCESS_DENIED_ERROR = 'AccessDeniedException';

/** The SigV4 credential scope: `Credential=<AKID>/<yyyymmdd>/<region>/<service>/aws4_request`. */
export interface CredentialScope {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
}

/**
 * Reads the credential scope of a SigV4 `Authorization` header, or returns undefined when the header is missing or
 * is not `AWS4-HMAC-SHA256`. The signature itself is NOT verified: the emulator accepts any key and secret, and
 * only uses the scope's region to pick the regional partition of its store.
 */
export function parseCredentialScope(authorization: string | undefined): CredentialScope | undefined {
  if (authorization === undefined) return undefined;
  const m = /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request\s*,/.exec(authorization);
  if (m === null) return undefined;
  const [, accessKeyId = '', date = '', region = '', service = ''] = m;
  return { accessKeyId, date, region, service };
}
