import { parseArgs } from 'node:util';

/** Where the AWS calls go: the built-in emulator (default) or AWS through the standard AWS configuration. */
export type Backend = 'emulator' | 'aws';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AwsConfig {
  /**
   * Region of the default SDK clients. `undefined` in aws mode until resolved from the SDK's
   * default chain (AWS_REGION, AWS_PROFILE's config file) at start-up; see `resolveAwsRegion`.
   */
  region: string | undefined;
  /** SDK retry policy: total attempts per call (standard retry mode). `undefined` = SDK default (3, or AWS_MAX_ATTEMPTS). */
  maxAttempts: number | undefined;
  /** Milliseconds to wait for a TCP/TLS connection to AWS. */
  connectionTimeoutMs: number;
  /** Milliseconds to wait for AWS to answer one attempt, once connected. */
  requestTimeoutMs: number;
  /** Keep-alive sockets per client and origin. */
  maxSockets: number;
  /** AWS calls one DataLoader batch runs at once (a query naming 50 plugins makes at most this many calls in flight). */
  concurrency: number;
  /** Items the `integrations` query reads from one AWS list (one application, account or region) per request. */
  inventoryMaxItems: number;
}

/** Apollo Federation: how much one `_entities` request (a router resolving entity references) may cost. */
export interface FederationConfig {
  /** Representations one `_entities` request may carry; a larger request is refused before any AWS call. */
  maxRepresentations: number;
  /** AWS calls one `_entities` request runs at once, across all its entity types. */
  entityConcurrency: number;
}

/** Who may call the graph (see README "Securing the graph"). */
export type AuthMode = 'none' | 'jwt';
/** Whose AWS credentials sign the AWS calls: the gateway's (standard chain) or the caller's (STS web identity). */
export type AwsIdentityMode = 'gateway' | 'caller';

/** Asymmetric JWS algorithms accepted by default; `none` and HS* are never accepted (no algorithm confusion). */
export const DEFAULT_JWT_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;
const ALLOWED_JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** The audience of the emulator's development tokens (and the default audience with the emulator backend). */
export const DEV_AUDIENCE = 'connector-graph';

export interface AuthConfig {
  mode: AuthMode;
  /** Whether CONNECTOR_GRAPH_AUTH / --auth was given (`--backend aws` refuses to start without it). */
  explicit: boolean;
  /** `iss` every token must carry; its `/.well-known/openid-configuration` gives the JWKS. Undefined with the emulator = the emulator's dev issuer. */
  issuer: string | undefined;
  /** The JWKS, when not found through discovery. */
  jwksUrl: string | undefined;
  /** A value `aud` must contain. */
  audience: string;
  algorithms: string[];
  clockToleranceSeconds: number;
  /** Least time between two JWKS re-fetches caused by an unknown `kid`. */
  jwksCooldownMs: number;
  /** Verified tokens kept (until their `exp`) so a token is verified once. */
  tokenCacheSize: number;
  awsIdentity: AwsIdentityMode;
  /** The role AssumeRoleWithWebIdentity assumes in `caller` mode. */
  roleArn: string | undefined;
  /** DurationSeconds of the caller's STS session. */
  sessionDurationSeconds: number;
}

/** Auth off: every caller anonymous, the gateway's AWS identity (the emulator backend's default). */
export const AUTH_OFF: AuthConfig = Object.freeze({
  mode: 'none',
  explicit: false,
  issuer: undefined,
  jwksUrl: undefined,
  audience: DEV_AUDIENCE,
  algorithms: [...DEFAULT_JWT_ALGORITHMS],
  clockToleranceSeconds: 30,
  jwksCooldownMs: 30_000,
  tokenCacheSize: 10_000,
  awsIdentity: 'gateway',
  roleArn: undefined,
  sessionDurationSeconds: 3600,
});

export interface Config {
  backend: Backend;
  host: string;
  port: number;
  /** NODE_ENV=production: landing page and introspection off unless asked for, internal error messages masked. */
  production: boolean;
  introspection: boolean;
  landingPage: boolean;
  /** Origins allowed to call the graph from a browser (Apollo Sandbox's by default). */
  corsOrigins: string[];
  logLevel: LogLevel;
  aws: AwsConfig;
  federation: FederationConfig;
  auth: AuthConfig;
}

/** A configuration mistake: `message` is one line saying what to fix. Start-up prints it and exits with status 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';
export const SANDBOX_ORIGINS = ['https://studio.apollographql.com', 'https://sandbox.embed.apollographql.com'];

/**
 * Reads the configuration from command-line flags (which win) and environment variables.
 * Throws ConfigError naming the flag or variable to fix; never exits the process itself.
 */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config {
  let flags: { backend?: string; host?: string; port?: string; 'log-level'?: string; auth?: string };
  try {
    ({ values: flags } = parseArgs({
      args: [...argv],
      options: {
        backend: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        'log-level': { type: 'string' },
        auth: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Known flags: --backend emulator|aws, --host, --port, --log-level, --auth none|jwt.`);
  }

  const backend = oneOf('--backend / CONNECTOR_GRAPH_BACKEND', flags.backend ?? env.CONNECTOR_GRAPH_BACKEND ?? 'emulator', [
    'emulator',
    'aws',
  ] as const);
  const production = env.NODE_ENV === 'production';
  const host = nonEmpty('--host / CONNECTOR_GRAPH_HOST', flags.host ?? env.CONNECTOR_GRAPH_HOST ?? DEFAULT_HOST);
  const port = integer('--port / CONNECTOR_GRAPH_PORT', flags.port ?? env.CONNECTOR_GRAPH_PORT, DEFAULT_PORT, 0, 65535);
  const introspection = boolean('CONNECTOR_GRAPH_INTROSPECTION', env.CONNECTOR_GRAPH_INTROSPECTION, !production);
  const landingPage = boolean('CONNECTOR_GRAPH_LANDING_PAGE', env.CONNECTOR_GRAPH_LANDING_PAGE, !production);
  const corsOrigins = origins('CONNECTOR_GRAPH_CORS_ORIGINS', env.CONNECTOR_GRAPH_CORS_ORIGINS);
  const logLevel = oneOf('--log-level / LOG_LEVEL', flags['log-level'] ?? env.LOG_LEVEL ?? 'info', LOG_LEVELS);

  const regionVar = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (regionVar !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(regionVar)) {
    throw new ConfigError(`AWS_REGION "${regionVar}" is not an AWS region name (expected e.g. us-east-1).`);
  }
  const aws: AwsConfig = {
    // The emulator keeps its seed data in us-east-1; in aws mode the SDK's chain decides when undefined.
    region: regionVar ?? (backend === 'emulator' ? 'us-east-1' : undefined),
    maxAttempts:
      env.AWS_MAX_ATTEMPTS === undefined ? undefined : integer('AWS_MAX_ATTEMPTS', env.AWS_MAX_ATTEMPTS, 3, 1, 10),
    connectionTimeoutMs: integer('CONNECTOR_GRAPH_AWS_CONNECT_TIMEOUT_MS', env.CONNECTOR_GRAPH_AWS_CONNECT_TIMEOUT_MS, 3000, 1, 60_000),
    requestTimeoutMs: integer('CONNECTOR_GRAPH_AWS_TIMEOUT_MS', env.CONNECTOR_GRAPH_AWS_TIMEOUT_MS, 10_000, 1, 300_000),
    maxSockets: integer('CONNECTOR_GRAPH_AWS_MAX_SOCKETS', env.CONNECTOR_GRAPH_AWS_MAX_SOCKETS, 50, 1, 1000),
    concurrency: integer('CONNECTOR_GRAPH_AWS_CONCURRENCY', env.CONNECTOR_GRAPH_AWS_CONCURRENCY, 10, 1, 100),
    inventoryMaxItems: integer('CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS', env.CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS, 1000, 1, 100_000),
  };

  const federation: FederationConfig = {
    maxRepresentations: integer('CONNECTOR_GRAPH_MAX_REPRESENTATIONS', env.CONNECTOR_GRAPH_MAX_REPRESENTATIONS, 100, 1, 10_000),
    entityConcurrency: integer('CONNECTOR_GRAPH_ENTITY_CONCURRENCY', env.CONNECTOR_GRAPH_ENTITY_CONCURRENCY, 10, 1, 100),
  };

  const auth = loadAuthConfig(backend, flags.auth, env);

  return { backend, host, port, production, introspection, landingPage, corsOrigins, logLevel, aws, federation, auth };
}

function loadAuthConfig(backend: Backend, flag: string | undefined, env: NodeJS.ProcessEnv): AuthConfig {
  const given = flag ?? (env.CONNECTOR_GRAPH_AUTH === '' ? undefined : env.CONNECTOR_GRAPH_AUTH);
  if (given === undefined && backend === 'aws') {
    throw new ConfigError(
      '--backend aws needs CONNECTOR_GRAPH_AUTH (or --auth): jwt to check callers\' tokens, or none to serve AWS data without authentication on purpose.',
    );
  }
  const mode = oneOf('--auth / CONNECTOR_GRAPH_AUTH', given ?? 'none', ['none', 'jwt'] as const);
  const issuer = optionalUrl('CONNECTOR_GRAPH_JWT_ISSUER', env.CONNECTOR_GRAPH_JWT_ISSUER);
  const jwksUrl = optionalUrl('CONNECTOR_GRAPH_JWT_JWKS_URL', env.CONNECTOR_GRAPH_JWT_JWKS_URL);
  const audienceVar = env.CONNECTOR_GRAPH_JWT_AUDIENCE === '' ? undefined : env.CONNECTOR_GRAPH_JWT_AUDIENCE;
  if (mode === 'jwt' && backend === 'aws') {
    if (issuer === undefined) {
      throw new ConfigError('--auth jwt needs CONNECTOR_GRAPH_JWT_ISSUER (the issuer URL every token must carry as iss).');
    }
    if (audienceVar === undefined) {
      throw new ConfigError('--auth jwt needs CONNECTOR_GRAPH_JWT_AUDIENCE (a value the tokens\' aud must contain).');
    }
  }
  const algorithms = (env.CONNECTOR_GRAPH_JWT_ALGORITHMS ?? DEFAULT_JWT_ALGORITHMS.join(','))
    .split(',')
    .map((alg) => alg.trim())
    .filter((alg) => alg !== '');
  for (const alg of algorithms) {
    if (!ALLOWED_JWT_ALGORITHMS.includes(alg)) {
      throw new ConfigError(
        `CONNECTOR_GRAPH_JWT_ALGORITHMS has "${alg}": use asymmetric algorithms only (${ALLOWED_JWT_ALGORITHMS.join(', ')}).`,
      );
    }
  }
  if (algorithms.length === 0) throw new ConfigError('CONNECTOR_GRAPH_JWT_ALGORITHMS is empty: give at least one algorithm.');
  const awsIdentity = oneOf('CONNECTOR_GRAPH_AWS_IDENTITY', env.CONNECTOR_GRAPH_AWS_IDENTITY || 'gateway', ['gateway', 'caller'] as const);
  const roleArn = env.CONNECTOR_GRAPH_AWS_ROLE_ARN === '' ? undefined : env.CONNECTOR_GRAPH_AWS_ROLE_ARN;
  if (awsIdentity === 'caller') {
    if (mode !== 'jwt') throw new ConfigError('CONNECTOR_GRAPH_AWS_IDENTITY=caller needs --auth jwt (the caller\'s token is what STS exchanges).');
    if (roleArn === undefined) throw new ConfigError('CONNECTOR_GRAPH_AWS_IDENTITY=caller needs CONNECTOR_GRAPH_AWS_ROLE_ARN (the role callers assume).');
  }
  if (roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleArn)) {
    throw new ConfigError(`CONNECTOR_GRAPH_AWS_ROLE_ARN "${roleArn}" is not an IAM role ARN (arn:aws:iam::123456789012:role/name).`);
  }
  return {
    mode,
    explicit: given !== undefined,
    issuer,
    jwksUrl,
    audience: audienceVar ?? DEV_AUDIENCE,
    algorithms,
    clockToleranceSeconds: integer('CONNECTOR_GRAPH_JWT_CLOCK_TOLERANCE_S', env.CONNECTOR_GRAPH_JWT_CLOCK_TOLERANCE_S, 30, 0, 300),
    jwksCooldownMs: 30_000,
    tokenCacheSize: 10_000,
    awsIdentity,
    roleArn,
    sessionDurationSeconds: integer('CONNECTOR_GRAPH_AWS_SESSION_DURATION_S', env.CONNECTOR_GRAPH_AWS_SESSION_DURATION_S, 3600, 900, 43_200),
  };
}

function optionalUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is "${value}": give an http(s) URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${name} is "${value}": give an http(s) URL.`);
  return value;
}

function nonEmpty(name: string, value: string): string {
  if (value.trim() === '') throw new ConfigError(`${name} is empty: give a value.`);
  return value;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new ConfigError(`${name} is "${value}": use one of ${allowed.join(', ')}.`);
  return found;
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(`${name} is "${value}": use a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}

function boolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} is "${value}": use true or false.`);
}

function origins(name: string, value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...SANDBOX_ORIGINS];
  const list = value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin) {
      throw new ConfigError(`${name} has "${origin}": give origins like https://studio.apollographql.com, comma-separated.`);
    }
  }
  return list;
}
