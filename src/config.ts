import { parseArgs } from 'node:util';
import { LANDING_PAGES, type LandingPage } from './frontend/landingPage.js';
import { parseRateLimits, type Rate } from './aws/rates.js';

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

/** What one GraphQL request may cost AWS (see src/cost/). */
export interface CostConfig {
  /** The most AWS calls one operation may be estimated to make; above it the operation is refused before it runs. */
  maxAwsCalls: number;
  /** Mutation fields one operation may run. */
  maxMutations: number;
  /** Deepest field nesting one operation may have, counting fields reached through fragments. */
  maxDepth: number;
}

/** The layers every AWS call goes through (see src/aws/): rate limits, cache, Redis. */
export interface LayersConfig {
  /** Token buckets by operation (`*`: every other operation), overriding the documented defaults. */
  rateLimits: Record<string, Rate>;
  /** How long a call waits for a token before failing with THROTTLED. */
  rateWaitMs: number;
  /** Seconds a read stays in the cache; 0 = no cache. */
  cacheTtlS: number;
  /** Oldest cached answer served when AWS throttles or is unreachable. */
  cacheMaxStaleS: number;
  /**
   * MiB of whole GraphQL responses kept for repeated queries, each re-used only while every cached answer it was
   * built from is still the cache's current one (src/http/responseCache.ts); 0 = off. Unused with Redis or no cache.
   */
  responseCacheMiB: number;
  /** Redis for the cache, single flight and buckets (shared by replicas); undefined = in-process. */
  redisUrl: string | undefined;
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

/** How the HTTP server treats slow or numerous clients (node:http's own limits). */
export interface HttpConfig {
  /** Milliseconds a client has to send the request headers; then 408 and the connection is closed. */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send the whole request (headers and body); then 408 and the connection is closed. */
  requestTimeoutMs: number;
  /** Open client connections at most; further ones are closed at once. */
  maxConnections: number;
}

export interface Config {
  backend: Backend;
  host: string;
  port: number;
  /** NODE_ENV=production: landing page and introspection off unless asked for, internal error messages masked. */
  production: boolean;
  introspection: boolean;
  /** What a browser gets at GET /graphql: Apollo Sandbox, the offline GraphiQL, or nothing. */
  landingPage: LandingPage;
  /** Let the embedded Apollo Sandbox send its telemetry to Apollo. */
  sandboxTelemetry: boolean;
  /** Origins allowed to call the graph from a browser: Apollo Sandbox's (unless dropped) plus the configured ones. */
  corsOrigins: string[];
  /** Also allow any http://localhost:<port> origin (local frontends; on with the emulator). */
  corsLocalhost: boolean;
  logLevel: LogLevel;
  aws: AwsConfig;
  federation: FederationConfig;
  cost: CostConfig;
  layers: LayersConfig;
  auth: AuthConfig;
  http: HttpConfig;
  /** Key of the cursors' HMAC; undefined = a random key per process (cursors then die with it). */
  cursorSecret: string | undefined;
  /** Running it in production: shutdown, metrics. */
  ops: OpsConfig;
}

/** How the process is operated: drain on SIGTERM/SIGINT, where metrics are served. */
export interface OpsConfig {
  /** On SIGTERM/SIGINT, milliseconds in-flight requests may take to finish before their connections are closed. */
  drainTimeoutMs: number;
  /** Serve GET /metrics on this port (same host) instead of the GraphQL port; `undefined` = on the GraphQL port. */
  metricsPort: number | undefined;
  /**
   * OpenTelemetry tracing is on (OTEL_EXPORTER_OTLP_ENDPOINT is set). The SDK reads the OTEL_* variables itself;
   * loadConfig only checks the ones in SETTINGS so a typo stops start-up instead of losing every trace.
   */
  tracing: boolean;
}

/** A configuration mistake: `message` is one line saying what to fix. Start-up prints it and exits with status 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The shortest CONNECTOR_GRAPH_CURSOR_SECRET accepted (characters). */
export const MIN_CURSOR_SECRET_LENGTH = 32;
export const DEFAULT_HTTP: HttpConfig = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1000 };

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';
export const SANDBOX_ORIGINS = ['https://studio.apollographql.com', 'https://sandbox.embed.apollographql.com'];

/** One setting of the gateway: how it is given, its default and what it means. */
export interface Setting {
  /** The command-line flag, without its dashes; flags win over environment variables. */
  readonly flag?: string;
  /** Environment variables, the first one set wins. */
  readonly env: readonly string[];
  /** The default as a person reads it (Markdown, as in the README's configuration table). */
  readonly default: string;
  /** What the setting does (Markdown, as in the README's configuration table). */
  readonly meaning: string;
}

/**
 * Every setting, in the order `--help` and the README's configuration table list them. This table is the one source:
 * `loadConfig` reads values only through it, `--help` prints it, and a test checks the README's table against it.
 * Add a row here (and its line in loadConfig) for every new flag or variable.
 */
export const SETTINGS = {
  backend: {
    flag: 'backend',
    env: ['CONNECTOR_GRAPH_BACKEND'],
    default: '`emulator`',
    meaning: '`emulator` (built-in, seeded) or `aws` (standard AWS configuration)',
  },
  host: {
    flag: 'host',
    env: ['CONNECTOR_GRAPH_HOST'],
    default: '`127.0.0.1`',
    meaning: 'address to listen on (use `0.0.0.0` to accept remote clients)',
  },
  port: {
    flag: 'port',
    env: ['CONNECTOR_GRAPH_PORT'],
    default: '`4000`',
    meaning: 'port (`0` = any free port; the ready log line gives the URL)',
  },
  logLevel: {
    flag: 'log-level',
    env: ['LOG_LEVEL'],
    default: '`info`',
    meaning: '`fatal` `error` `warn` `info` `debug` `trace` `silent`; JSON lines on stdout',
  },
  nodeEnv: {
    env: ['NODE_ENV'],
    default: 'unset',
    meaning: '`production` turns the landing page and introspection off by default and masks internal error messages',
  },
  introspection: {
    env: ['CONNECTOR_GRAPH_INTROSPECTION'],
    default: 'on, off in production',
    meaning: '`true` / `false`',
  },
  landingPage: {
    env: ['CONNECTOR_GRAPH_LANDING_PAGE'],
    default: '`sandbox`, `off` in production',
    meaning:
      'what a browser gets at `/graphql`: `sandbox` (Apollo Sandbox, loaded from Apollo\'s CDN: needs internet), `graphiql` (GraphiQL served from this project, works offline, no telemetry) or `off`; `true` / `false` still mean `sandbox` / `off` (see [Explorers](#explorers-sandbox-or-graphiql))',
  },
  sandboxTelemetry: {
    env: ['CONNECTOR_GRAPH_SANDBOX_TELEMETRY'],
    default: '`false`',
    meaning: "`true` lets the embedded Apollo Sandbox send Apollo its usage telemetry (it runs in the browser)",
  },
  corsOrigins: {
    env: ['CONNECTOR_GRAPH_CORS_ORIGINS'],
    default: 'none',
    meaning: 'comma-separated origins allowed to call from a browser, in addition to the Sandbox origins',
  },
  corsSandbox: {
    env: ['CONNECTOR_GRAPH_CORS_SANDBOX'],
    default: '`true`',
    meaning: '`false` drops the Apollo Studio / Sandbox origins (`https://studio.apollographql.com`, `https://sandbox.embed.apollographql.com`) from the allowed origins',
  },
  corsLocalhost: {
    env: ['CONNECTOR_GRAPH_CORS_LOCALHOST'],
    default: '`true` with the emulator, `false` with aws',
    meaning: 'also allow any `http://localhost:<port>` (and `127.0.0.1`, `[::1]`) origin, for frontends in development',
  },
  awsRegion: {
    env: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
    default: '`us-east-1` with the emulator; SDK chain with aws',
    meaning: 'region of every call (`AWS_REGION` wins)',
  },
  awsMaxAttempts: {
    env: ['AWS_MAX_ATTEMPTS'],
    default: 'SDK default (3)',
    meaning: 'attempts per AWS call, standard retry mode (throttling and 5xx are retried with backoff)',
  },
  awsConnectTimeoutMs: {
    env: ['CONNECTOR_GRAPH_AWS_CONNECT_TIMEOUT_MS'],
    default: '`3000`',
    meaning: 'TCP/TLS connect timeout per attempt',
  },
  awsTimeoutMs: {
    env: ['CONNECTOR_GRAPH_AWS_TIMEOUT_MS'],
    default: '`10000`',
    meaning: 'time for AWS to answer one attempt',
  },
  awsMaxSockets: {
    env: ['CONNECTOR_GRAPH_AWS_MAX_SOCKETS'],
    default: '`50`',
    meaning: 'keep-alive sockets per origin',
  },
  awsConcurrency: {
    env: ['CONNECTOR_GRAPH_AWS_CONCURRENCY'],
    default: '`10`',
    meaning: 'AWS calls one DataLoader batch runs at once',
  },
  inventoryMaxItems: {
    env: ['CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS'],
    default: '`1000`',
    meaning:
      'items one `integrations` field reads from one service, all its lists (applications, accounts, the region) together; the lists it cuts have their source marked `truncated`. The AWS calls it may make: per service, one first page per list plus `ceil(items / page size)` further pages',
  },
  maxRepresentations: {
    env: ['CONNECTOR_GRAPH_MAX_REPRESENTATIONS'],
    default: '`100`',
    meaning:
      "federation: entity representations one `_entities` request may carry (1 to 10000); more are refused with `VALIDATION_FAILED` before any AWS call, to keep a router's fan-out inside the AWS rate limits (see [Composing into a supergraph](#composing-into-a-supergraph))",
  },
  entityConcurrency: {
    env: ['CONNECTOR_GRAPH_ENTITY_CONCURRENCY'],
    default: '`10`',
    meaning: 'federation: entity references one `_entities` request resolves at once, across all entity types (1 to 100)',
  },
  maxAwsCalls: {
    env: ['CONNECTOR_GRAPH_MAX_AWS_CALLS'],
    default: "`200`",
    meaning:
      "the most AWS calls one operation may be estimated to make (1 to 100000); above it the operation is refused with `COST_LIMIT_EXCEEDED` before any AWS call (see [Cost and limits](#cost-and-limits))",
  },
  maxMutations: {
    env: ['CONNECTOR_GRAPH_MAX_MUTATIONS'],
    default: "`10`",
    meaning:
      "mutation fields one operation may run (1 to 1000)",
  },
  maxDepth: {
    env: ['CONNECTOR_GRAPH_MAX_DEPTH'],
    default: "`20`",
    meaning:
      "deepest field nesting one operation may have, through fragments (2 to 1000)",
  },
  awsRateLimits: {
    env: ['CONNECTOR_GRAPH_AWS_RATE_LIMITS'],
    default: "AWS's documented quotas, else `5/10`",
    meaning:
      "token buckets per AWS account, region and operation, as `Operation=rate[/burst]` pairs, comma-separated (e.g. `GetPlugin=10/20,ListPlugins=5`; `*` sets every other operation); see [Rate limits](#rate-limits)",
  },
  awsRateWaitMs: {
    env: ['CONNECTOR_GRAPH_AWS_RATE_WAIT_MS'],
    default: "`2000`",
    meaning:
      "how long a call waits for a token before it fails with `THROTTLED` (`throttledBy: \"gateway\"`) without calling AWS (0 to 60000)",
  },
  cacheTtlS: {
    env: ['CONNECTOR_GRAPH_CACHE_TTL_S'],
    default: "`15`",
    meaning:
      "seconds a read (Get/Describe/List page) is served from the cache, per AWS identity (0 turns the cache off; at most 3600); see [Cache](#cache)",
  },
  cacheMaxStaleS: {
    env: ['CONNECTOR_GRAPH_CACHE_MAX_STALE_S'],
    default: "`300`",
    meaning:
      "when AWS throttles or cannot be reached, a cached answer at most this old is served instead, marked `extensions.stale` (0 to 86400)",
  },
  responseCacheMiB: {
    env: ['CONNECTOR_GRAPH_RESPONSE_CACHE_MIB'],
    default: "`32`",
    meaning:
      "MiB of whole responses kept for repeated queries, each re-used only while every cached answer it was built from is still current (0 turns it off; at most 1024; in-process cache only, not with Redis); see [Cache](#cache)",
  },
  redisUrl: {
    env: ['CONNECTOR_GRAPH_REDIS_URL'],
    default: "unset (in-process)",
    meaning:
      "`redis://host:port`: the cache, single flight and rate-limit buckets live in Redis, shared by every replica; see [Several replicas: Redis](#several-replicas-redis)",
  },
  auth: {
    flag: 'auth',
    env: ['CONNECTOR_GRAPH_AUTH'],
    default: '`none` with the emulator; required with aws',
    meaning:
      '`jwt`: every GraphQL request needs `Authorization: Bearer <token>` and fields need their scopes; `none`: anyone who reaches the port may call (logs a warning at every start with `--backend aws`). See [Securing the graph](#securing-the-graph)',
  },
  jwtIssuer: {
    env: ['CONNECTOR_GRAPH_JWT_ISSUER'],
    default: "the emulator's dev issuer with the emulator; required with aws",
    meaning: 'the `iss` tokens must carry; the JWKS is found at `<issuer>/.well-known/openid-configuration`',
  },
  jwtJwksUrl: {
    env: ['CONNECTOR_GRAPH_JWT_JWKS_URL'],
    default: 'from OIDC discovery',
    meaning: "the issuer's JWKS URL, when it has no discovery document",
  },
  jwtAudience: {
    env: ['CONNECTOR_GRAPH_JWT_AUDIENCE'],
    default: '`connector-graph` with the emulator; required with aws',
    meaning: 'a value the token\'s `aud` must contain',
  },
  jwtAlgorithms: {
    env: ['CONNECTOR_GRAPH_JWT_ALGORITHMS'],
    default: '`RS256,PS256,ES256,EdDSA`',
    meaning: 'accepted signature algorithms, asymmetric only (`none` and `HS*` are refused)',
  },
  jwtClockTolerance: {
    env: ['CONNECTOR_GRAPH_JWT_CLOCK_TOLERANCE_S'],
    default: '`30`',
    meaning: 'seconds of clock skew allowed for `exp` and `nbf` (0 to 300)',
  },
  awsIdentity: {
    env: ['CONNECTOR_GRAPH_AWS_IDENTITY'],
    default: '`gateway`',
    meaning:
      "`gateway`: AWS calls signed with the gateway's credentials; `caller`: with the caller's own STS session (AssumeRoleWithWebIdentity with their token; needs `--auth jwt`)",
  },
  awsRoleArn: {
    env: ['CONNECTOR_GRAPH_AWS_ROLE_ARN'],
    default: 'none',
    meaning: 'the IAM role callers assume in `caller` mode',
  },
  awsSessionDuration: {
    env: ['CONNECTOR_GRAPH_AWS_SESSION_DURATION_S'],
    default: '`3600`',
    meaning: "`DurationSeconds` of a caller's STS session (900 to 43200); never used past the token's `exp`",
  },
  cursorSecret: {
    env: ['CONNECTOR_GRAPH_CURSOR_SECRET'],
    default: 'random per process',
    meaning:
      'key (at least 32 characters) that signs list cursors; any change to a cursor is refused with `VALIDATION_FAILED`. Replicas behind one endpoint must share one, or a cursor from one replica is refused by the next. Never logged',
  },
  headersTimeoutMs: {
    env: ['CONNECTOR_GRAPH_HEADERS_TIMEOUT_MS'],
    default: '`10000`',
    meaning: 'time a client has to send its request headers (1000 to 120000); then `408` and the connection is closed',
  },
  requestTimeoutMs: {
    env: ['CONNECTOR_GRAPH_REQUEST_TIMEOUT_MS'],
    default: '`30000`',
    meaning: 'time a client has to send its whole request, body included (1000 to 600000, at least the headers timeout); then `408` and the connection is closed',
  },
  maxConnections: {
    env: ['CONNECTOR_GRAPH_MAX_CONNECTIONS'],
    default: '`1000`',
    meaning: 'open client connections at most (1 to 100000); further ones are closed at once',
  },
  drainTimeoutMs: {
    env: ['CONNECTOR_GRAPH_DRAIN_TIMEOUT_MS'],
    default: '`10000`',
    meaning:
      'on SIGTERM / SIGINT the port closes at once; in-flight requests get this long to finish before their connections are closed (see [Operating it](#operating-it))',
  },
  metricsPort: {
    env: ['CONNECTOR_GRAPH_METRICS_PORT'],
    default: 'the GraphQL port',
    meaning: 'serve Prometheus `GET /metrics` on this port (same host) instead of beside `/graphql`',
  },
  otlpEndpoint: {
    env: ['OTEL_EXPORTER_OTLP_ENDPOINT'],
    default: 'unset: tracing off',
    meaning:
      'OpenTelemetry: base URL of an OTLP/HTTP collector (e.g. `http://127.0.0.1:4318`; spans go to `/v1/traces`); when set, every request is traced and the other standard `OTEL_*` variables apply (see [Operating it](#operating-it))',
  },
  otelProtocol: {
    env: ['OTEL_EXPORTER_OTLP_PROTOCOL'],
    default: '`http/protobuf`',
    meaning: 'OpenTelemetry: `http/protobuf` or `http/json`',
  },
  otelServiceName: {
    env: ['OTEL_SERVICE_NAME'],
    default: '`connector-graph`',
    meaning: 'OpenTelemetry: `service.name` of every span',
  },
  otelSampler: {
    env: ['OTEL_TRACES_SAMPLER'],
    default: '`parentbased_always_on`',
    meaning:
      'OpenTelemetry: which traces are kept, e.g. `parentbased_traceidratio` with `OTEL_TRACES_SAMPLER_ARG=0.1`; an incoming `traceparent` is continued',
  },
  sdkNodeVersionWarning: {
    env: ['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'],
    default: 'set by `npm start`',
    meaning:
      'the SDK\'s ten-line "SDK releases from 2027 need Node 22" warning becomes one info log line; the pinned SDK versions run on Node 20',
  },
} as const satisfies Record<string, Setting>;

export type SettingKey = keyof typeof SETTINGS;

/** How a setting is named in messages: `--port / CONNECTOR_GRAPH_PORT`. */
export function settingLabel(key: SettingKey): string {
  const setting: Setting = SETTINGS[key];
  return [...(setting.flag === undefined ? [] : [`--${setting.flag}`]), ...setting.env].join(' / ');
}

/** The `--help` text: every flag and variable with its default and meaning, from SETTINGS. */
export function helpText(): string {
  const plain = (markdown: string) => markdown.replace(/`/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  const lines = [
    'Usage: connector-graph [flags]     (npm start -- [flags], or node dist/main.js [flags])',
    '',
    'Serves the connector-graph GraphQL API. Flags win over environment variables; an invalid value stops',
    'start-up with exit status 2 and one line on stderr.',
    '',
    '  --help, -h  print this text and exit',
  ];
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const setting: Setting = SETTINGS[key];
    const names = [...(setting.flag === undefined ? [] : [`--${setting.flag}`]), ...setting.env].join(', ');
    lines.push('', `  ${names}${setting.default === '' ? '' : `  (default: ${plain(setting.default)})`}`, `      ${plain(setting.meaning)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** True when the command line asks for `--help` / `-h`. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/**
 * Reads the configuration from command-line flags (which win) and environment variables, through SETTINGS only.
 * Throws ConfigError naming the flag or variable to fix; never exits the process itself.
 */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config {
  const flagOptions: Record<string, { type: 'string' }> = {};
  for (const setting of Object.values(SETTINGS) as Setting[]) {
    if (setting.flag !== undefined) flagOptions[setting.flag] = { type: 'string' };
  }
  let flags: Record<string, string | boolean | undefined>;
  try {
    ({ values: flags } = parseArgs({ args: [...argv], options: flagOptions, strict: true, allowPositionals: false }));
  } catch (error) {
    const known = Object.keys(flagOptions).map((flag) => `--${flag}`).join(', ');
    throw new ConfigError(`${(error as Error).message}. Known flags: ${known} (--help lists them all).`);
  }
  /** The raw value of a setting: its flag, else the first of its variables that is set. */
  const raw = (key: SettingKey): string | undefined => {
    const setting: Setting = SETTINGS[key];
    const flag = setting.flag === undefined ? undefined : flags[setting.flag];
    if (typeof flag === 'string') return flag;
    for (const name of setting.env) if (env[name] !== undefined) return env[name];
    return undefined;
  };
  const label = settingLabel;

  const backend = oneOf(label('backend'), raw('backend') ?? 'emulator', ['emulator', 'aws'] as const);
  const production = raw('nodeEnv') === 'production';
  const host = nonEmpty(label('host'), raw('host') ?? DEFAULT_HOST);
  const port = integer(label('port'), raw('port'), DEFAULT_PORT, 0, 65535);
  const introspection = boolean(label('introspection'), raw('introspection'), !production);
  const landingPage = landingPageOf(label('landingPage'), raw('landingPage'), production ? 'off' : 'sandbox');
  const sandboxTelemetry = boolean(label('sandboxTelemetry'), raw('sandboxTelemetry'), false);
  const corsSandbox = boolean(label('corsSandbox'), raw('corsSandbox'), true);
  const corsOrigins = [...new Set([...(corsSandbox ? SANDBOX_ORIGINS : []), ...origins(label('corsOrigins'), raw('corsOrigins'))])];
  const corsLocalhost = boolean(label('corsLocalhost'), raw('corsLocalhost'), backend === 'emulator');
  const logLevel = oneOf(label('logLevel'), raw('logLevel') ?? 'info', LOG_LEVELS);

  const regionVar = raw('awsRegion');
  if (regionVar !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(regionVar)) {
    throw new ConfigError(`AWS_REGION "${regionVar}" is not an AWS region name (expected e.g. us-east-1).`);
  }
  const maxAttempts = raw('awsMaxAttempts');
  const aws: AwsConfig = {
    // The emulator keeps its seed data in us-east-1; in aws mode the SDK's chain decides when undefined.
    region: regionVar ?? (backend === 'emulator' ? 'us-east-1' : undefined),
    maxAttempts: maxAttempts === undefined ? undefined : integer(label('awsMaxAttempts'), maxAttempts, 3, 1, 10),
    connectionTimeoutMs: integer(label('awsConnectTimeoutMs'), raw('awsConnectTimeoutMs'), 3000, 1, 60_000),
    requestTimeoutMs: integer(label('awsTimeoutMs'), raw('awsTimeoutMs'), 10_000, 1, 300_000),
    maxSockets: integer(label('awsMaxSockets'), raw('awsMaxSockets'), 50, 1, 1000),
    concurrency: integer(label('awsConcurrency'), raw('awsConcurrency'), 10, 1, 100),
    inventoryMaxItems: integer(label('inventoryMaxItems'), raw('inventoryMaxItems'), 1000, 1, 100_000),
  };

  const federation: FederationConfig = {
    maxRepresentations: integer(label('maxRepresentations'), raw('maxRepresentations'), 100, 1, 10_000),
    entityConcurrency: integer(label('entityConcurrency'), raw('entityConcurrency'), 10, 1, 100),
  };

  const cost: CostConfig = {
    maxAwsCalls: integer(label('maxAwsCalls'), raw('maxAwsCalls'), 200, 1, 100_000),
    maxMutations: integer(label('maxMutations'), raw('maxMutations'), 10, 1, 1000),
    maxDepth: integer(label('maxDepth'), raw('maxDepth'), 20, 2, 1000),
  };

  let rateLimits: Record<string, Rate>;
  try {
    rateLimits = parseRateLimits(raw('awsRateLimits') ?? '');
  } catch (error) {
    throw new ConfigError(`${label('awsRateLimits')}: ${(error as Error).message}.`);
  }
  const redisUrl = raw('redisUrl');
  if (redisUrl !== undefined && redisUrl !== '' && !/^rediss?:\/\/\S+$/.test(redisUrl)) {
    throw new ConfigError(`${label('redisUrl')} is "${redisUrl}": give a URL like redis://127.0.0.1:6379.`);
  }
  const layers: LayersConfig = {
    rateLimits,
    rateWaitMs: integer(label('awsRateWaitMs'), raw('awsRateWaitMs'), 2000, 0, 60_000),
    cacheTtlS: integer(label('cacheTtlS'), raw('cacheTtlS'), 15, 0, 3600),
    cacheMaxStaleS: integer(label('cacheMaxStaleS'), raw('cacheMaxStaleS'), 300, 0, 86_400),
    responseCacheMiB: integer(label('responseCacheMiB'), raw('responseCacheMiB'), 32, 0, 1024),
    redisUrl: redisUrl === '' ? undefined : redisUrl,
  };
  const auth = loadAuthConfig(backend, raw);
  const headersTimeoutMs = integer(label('headersTimeoutMs'), raw('headersTimeoutMs'), DEFAULT_HTTP.headersTimeoutMs, 1000, 120_000);
  const http: HttpConfig = {
    headersTimeoutMs,
    requestTimeoutMs: integer(label('requestTimeoutMs'), raw('requestTimeoutMs'), Math.max(DEFAULT_HTTP.requestTimeoutMs, headersTimeoutMs), headersTimeoutMs, 600_000),
    maxConnections: integer(label('maxConnections'), raw('maxConnections'), DEFAULT_HTTP.maxConnections, 1, 100_000),
  };
  const cursorSecret = raw('cursorSecret');
  if (cursorSecret !== undefined && cursorSecret.length < MIN_CURSOR_SECRET_LENGTH) {
    // The value itself is never printed.
    throw new ConfigError(`${label('cursorSecret')} is too short: use at least ${MIN_CURSOR_SECRET_LENGTH} characters (e.g. openssl rand -base64 48).`);
  }

  const metricsPort = raw('metricsPort');
  const ops: OpsConfig = {
    drainTimeoutMs: integer(label('drainTimeoutMs'), raw('drainTimeoutMs'), 10_000, 0, 600_000),
    metricsPort: metricsPort === undefined || metricsPort === '' ? undefined : integer(label('metricsPort'), metricsPort, 0, 1, 65535),
    tracing: otlpUrl(label('otlpEndpoint'), raw('otlpEndpoint')) !== undefined,
  };
  const otelProtocol = raw('otelProtocol');
  if (otelProtocol !== undefined && otelProtocol !== '') oneOf(label('otelProtocol'), otelProtocol, ['http/protobuf', 'http/json'] as const);
  const otelSampler = raw('otelSampler');
  if (otelSampler !== undefined && otelSampler !== '') oneOf(label('otelSampler'), otelSampler, OTEL_SAMPLERS);
  if (raw('otelServiceName') === '') throw new ConfigError(`${label('otelServiceName')} is empty: give a name or unset it.`);

  return {
    backend,
    host,
    port,
    production,
    introspection,
    landingPage,
    sandboxTelemetry,
    corsOrigins,
    corsLocalhost,
    logLevel,
    aws,
    federation,
    cost,
    layers,
    auth,
    ops,
    http,
    cursorSecret,
  };
}

/** The samplers OTEL_TRACES_SAMPLER may name (the OpenTelemetry SDK's built-in ones). */
const OTEL_SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

function otlpUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new ConfigError(`${name} is "${value}": give the collector's http(s) URL, e.g. http://127.0.0.1:4318.`);
  }
  return value;
}

function loadAuthConfig(backend: Backend, raw: (key: SettingKey) => string | undefined): AuthConfig {
  const label = settingLabel;
  const value = (key: SettingKey): string | undefined => (raw(key) === '' ? undefined : raw(key));
  const given = value('auth');
  if (given === undefined && backend === 'aws') {
    throw new ConfigError(
      '--backend aws needs CONNECTOR_GRAPH_AUTH (or --auth): jwt to check callers\' tokens, or none to serve AWS data without authentication on purpose.',
    );
  }
  const mode = oneOf(label('auth'), given ?? 'none', ['none', 'jwt'] as const);
  const issuer = optionalUrl(label('jwtIssuer'), value('jwtIssuer'));
  const jwksUrl = optionalUrl(label('jwtJwksUrl'), value('jwtJwksUrl'));
  const audienceVar = value('jwtAudience');
  if (mode === 'jwt' && backend === 'aws') {
    if (issuer === undefined) {
      throw new ConfigError('--auth jwt needs CONNECTOR_GRAPH_JWT_ISSUER (the issuer URL every token must carry as iss).');
    }
    if (audienceVar === undefined) {
      throw new ConfigError('--auth jwt needs CONNECTOR_GRAPH_JWT_AUDIENCE (a value the tokens\' aud must contain).');
    }
  }
  const algorithms = (value('jwtAlgorithms') ?? DEFAULT_JWT_ALGORITHMS.join(','))
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
  const awsIdentity = oneOf(label('awsIdentity'), value('awsIdentity') ?? 'gateway', ['gateway', 'caller'] as const);
  const roleArn = value('awsRoleArn');
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
    clockToleranceSeconds: integer(label('jwtClockTolerance'), value('jwtClockTolerance'), 30, 0, 300),
    jwksCooldownMs: 30_000,
    tokenCacheSize: 10_000,
    awsIdentity,
    roleArn,
    sessionDurationSeconds: integer(label('awsSessionDuration'), value('awsSessionDuration'), 3600, 900, 43_200),
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

/** `sandbox`, `graphiql` or `off`; the former boolean values keep working (`true` = sandbox, `false` = off). */
function landingPageOf(name: string, value: string | undefined, fallback: LandingPage): LandingPage {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return 'sandbox';
  if (value === 'false' || value === '0') return 'off';
  return oneOf(name, value, LANDING_PAGES);
}

function origins(name: string, value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
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
