import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault, FiredFault } from './faults.js';
import { FaultRegistry, validateFault } from './faults.js';
import { createSeededStore, SEED, seedRoles } from './fixtures/index.js';
import { Iam, resourceArn, StsError, stsErrorXml, type TrustedIssuer } from './iam.js';
import { ClientTokens } from './idempotency.js';
import { createDevIssuer, DEV_TOKEN_AUDIENCE, OIDC_PREFIX, type DevIssuer, type DevTokenRequest } from './oidc.js';
import type { CreatePluginResult, EmulatorSettings, OperationContext, OperationName, OperationSpec } from './operation.js';
import { OPERATIONS } from './operations.js';
import { PageTokens } from './pagination.js';
import { Router } from './router.js';
import type { EmulatorStore } from './store.js';
import type { JsonValue, ServiceName } from './wire.js';
import {
  ACCESS_DENIED_ERROR,
  AwsError,
  errorBody,
  INTERNAL_ERROR,
  modeledStatus,
  parseCredentialScope,
  THROTTLING_ERROR,
  TIMESTAMP_FORMAT,
  toJson,
} from './wire.js';

/**
 * The emulator's HTTP server: routing, SigV4 scope, fault injection, the call counter and the `/_emulator/`
 * control API. Per request, in this order:
 *   route (unknown -> 404 UnknownOperationException) -> record the call -> unsigned? (AccessDeniedException)
 *   -> fault (latency, throttle, drop, error) -> handler (validation, lookup) -> response.
 * Every response carries a fresh `x-amzn-requestid` and `content-type: application/json`; sockets are kept alive.
 */

export interface EmulatorOptions {
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Port to bind; default 0 (an ephemeral port). */
  port?: number;
  /** Called once per request (AWS and control API) after it is answered; default: no logging. */
  log?: (entry: EmulatorLogEntry) => void;
  /**
   * CreatePlugin answers ServiceQuotaExceededException (402) when the application (in that region) already holds
   * this many plugins, seeded ones included (the seed has 77 in application A and 50 in B); default 200.
   */
  pluginQuotaPerApplication?: number;
  /**
   * A plugin made by CreatePlugin reads as buildStatus CREATE_IN_PROGRESS for this long, then READY (computed on
   * each read; no timers); default 2000 ms. 0 makes it READY on the first read after the create.
   */
  buildDelayMs?: number;
  /** How long a list operation's next token stays valid after it was issued; default 15 minutes (900000 ms). */
  nextTokenTtlMs?: number;
  /**
   * AWS calls the call log keeps (the newest); older ones are dropped but still counted, so a long-running emulator
   * (`npm start`'s default mode) uses bounded memory. Default 10000.
   */
  callLogSize?: number;
  /**
   * OIDC issuers STS AssumeRoleWithWebIdentity trusts (as IAM OIDC identity providers), besides the emulator's own
   * development issuer (audience `connector-graph`).
   */
  trustedIssuers?: readonly TrustedIssuer[];
}

export const DEFAULT_CALL_LOG_SIZE = 10_000;

export const DEFAULT_PLUGIN_QUOTA_PER_APPLICATION = 200;
export const DEFAULT_BUILD_DELAY_MS = 2000;
export const DEFAULT_NEXT_TOKEN_TTL_MS = 15 * 60 * 1000;

function resolveSettings(options: EmulatorOptions): EmulatorSettings {
  const number = (name: keyof EmulatorOptions, fallback: number, integer: boolean): number => {
    const value = options[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
      throw new TypeError(`EmulatorOptions.${name} must be a finite ${integer ? 'integer' : 'number'} >= 0`);
    }
    return value;
  };
  return {
    pluginQuotaPerApplication: number('pluginQuotaPerApplication', DEFAULT_PLUGIN_QUOTA_PER_APPLICATION, true),
    buildDelayMs: number('buildDelayMs', DEFAULT_BUILD_DELAY_MS, false),
    nextTokenTtlMs: number('nextTokenTtlMs', DEFAULT_NEXT_TOKEN_TTL_MS, false),
  };
}

/** One log line. Never contains request or response bodies. */
export interface EmulatorLogEntry {
  time: string;
  method: string;
  /** The path without the query string. */
  path: string;
  /** The AWS operation, or null for the control API and unknown routes. */
  operation: OperationName | null;
  /** The HTTP status sent; 0 when the connection was dropped by a fault. */
  status: number;
  ms: number;
  requestId: string;
}

/**
 * One routed AWS request, recorded when received (before auth and faults). `status` is the final HTTP status:
 * 0 while the request is in flight and when a fault dropped the connection.
 */
export interface CallRecord {
  operation: OperationName;
  params: Record<string, string>;
  /** From the SigV4 credential scope; '' for an unsigned request. */
  region: string;
  /** The SigV4 access key (an STS session's `ASIA...` key in caller mode); '' for an unsigned request. */
  accessKeyId: string;
  status: number;
  requestId: string;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:39123 */
  readonly url: string;
  /** 123456789012 */
  readonly accountId: string;
  readonly calls: {
    /** Calls since the last reset (every call, including those dropped from the log). */
    count(operation?: OperationName): number;
    /** The newest calls, oldest first: at most `callLogSize`. */
    list(): readonly CallRecord[];
    reset(): void;
  };
  readonly faults: {
    /** Validates and adds a fault (throws TypeError when invalid); returns a function that removes it. */
    add(operation: OperationName, fault: Fault): () => void;
    clear(operation?: OperationName): void;
  };
  /** The development OIDC issuer's URL (`<url>/oidc`): discovery, JWKS, tokens (see oidc.ts). */
  readonly issuer: string;
  /** Signs a development token with the issuer's key (what `npm run token` asks for over HTTP). */
  issueToken(request: DevTokenRequest): Promise<string>;
  /** Roles, trusted issuers and STS sessions (see iam.ts); `iam.stsCalls` counts AssumeRoleWithWebIdentity answers, `iam.callerIdentityCalls` GetCallerIdentity answers. */
  readonly iam: Iam;
  /** The live in-memory resources (seeded), per region. */
  readonly store: EmulatorStore;
  /** Closes the server, destroys every open (keep-alive) socket and cancels pending fault latencies. */
  close(): Promise<void>;
}

/** The newest `size` calls in a ring, and a count per operation of every call since the last reset. */
class CallLog {
  private ring: CallRecord[] = [];
  private next = 0;
  private readonly perOperation = new Map<OperationName, number>();
  private total = 0;

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new TypeError('EmulatorOptions.callLogSize must be an integer >= 1');
  }

  add(record: CallRecord): void {
    if (this.ring.length < this.size) this.ring.push(record);
    else this.ring[this.next] = record;
    this.next = (this.next + 1) % this.size;
    this.total++;
    this.perOperation.set(record.operation, (this.perOperation.get(record.operation) ?? 0) + 1);
  }

  count(operation?: OperationName): number {
    return operation === undefined ? this.total : (this.perOperation.get(operation) ?? 0);
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.perOperation);
  }

  /** Oldest first. */
  list(): CallRecord[] {
    return this.ring.length < this.size ? [...this.ring] : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
  }

  reset(): void {
    this.ring = [];
    this.next = 0;
    this.total = 0;
    this.perOperation.clear();
  }
}

const CONTROL_PREFIX = '/_emulator';

/** Whether a peer address is this machine's loopback (127.0.0.0/8, ::1, or either IPv4-mapped). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === '::1';
}
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Path prefixes of each service, so an unknown route on a service's path gets that service's error body. */
const SERVICE_PREFIXES: readonly (readonly [string, ServiceName])[] = [
  ['/applications', 'qbusiness'],
  ['/pluginTypes', 'qbusiness'],
  ['/pluginTypeMetadata', 'qbusiness'],
  ['/accounts', 'quicksight'],
  ['/connectorsv2', 'securityhub'],
];

function isServiceName(name: string): name is ServiceName {
  return name === 'qbusiness' || name === 'quicksight' || name === 'securityhub';
}

/** Default messages for injected errors, so a demo reads like the real service. */
function defaultFaultMessage(type: string): string {
  switch (type) {
    case 'ThrottlingException':
      return 'Rate exceeded';
    case 'InternalServerException':
    case 'InternalFailureException':
      return 'An internal error occurred. Try again later.';
    case 'AccessDeniedException':
      return 'You do not have sufficient access to perform this action.';
    default:
      return `${type} injected by the emulator.`;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Writes one JSON response unless the socket is already gone. Never throws. */
function send(res: ServerResponse, status: number, body: JsonValue | undefined, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded || res.headersSent) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  const log = options.log;
  const settings = resolveSettings(options);
  const accountId = SEED.accountId;
  const store = createSeededStore();
  const now = (): number => Date.now();
  const context: OperationContext = {
    store,
    accountId,
    settings,
    now,
    pageTokens: new PageTokens(settings.nextTokenTtlMs, now),
    pluginClientTokens: new ClientTokens<CreatePluginResult>(),
  };
  const router = new Router(OPERATIONS);
  const iam = new Iam(accountId, seedRoles(), now);
  for (const trusted of options.trustedIssuers ?? []) iam.trust(trusted);
  const specsByName = new Map<OperationName, OperationSpec>(OPERATIONS.map((spec) => [spec.name, spec]));
  const registry = new FaultRegistry();
  const callLog = new CallLog(options.callLogSize ?? DEFAULT_CALL_LOG_SIZE);
  const pendingSleeps = new Set<() => void>();
  let closing = false;

  /** A delay that close() cuts short, so close never waits for an injected latency. */
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        pendingSleeps.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      pendingSleeps.add(done);
    });

  const addFault = (operation: OperationName, fault: unknown): number => {
    const spec = specsByName.get(operation);
    if (spec === undefined) throw new TypeError(`Unknown operation '${String(operation)}'`);
    return registry.add(operation, validateFault(operation, spec.service, fault));
  };

  const sendAwsError = (
    res: ServerResponse,
    service: ServiceName | undefined,
    error: AwsError,
    requestId: string,
  ): number => {
    const status = error.status ?? (service === undefined ? undefined : modeledStatus(service, error.type)) ?? 500;
    const body =
      service === undefined ? { message: error.message, ...error.members } : errorBody(service, error.type, error.message, requestId, error.members);
    send(res, status, toJson(body, service === undefined ? 'epoch-seconds' : TIMESTAMP_FORMAT[service]), {
      'x-amzn-errortype': error.type,
    });
    return status;
  };

  /** The error a fired fault answers with, with the required members its service expects filled in. */
  const faultError = (spec: OperationSpec, fired: FiredFault, params: Readonly<Record<string, string>>): AwsError => {
    const error = fired.fault.error ?? (fired.throttled ? { type: THROTTLING_ERROR[spec.service] } : undefined);
    if (error === undefined) throw new Error('faultError called for a fault without an error');
    const defaults: Record<string, unknown> = {};
    if (spec.service === 'qbusiness') {
      if (error.type === 'ValidationException') defaults['reason'] = 'FIELD_VALIDATION_FAILED';
      if (['ResourceNotFoundException', 'ConflictException', 'ServiceQuotaExceededException'].includes(error.type) && spec.resource) {
        defaults['resourceId'] = params[spec.resource.idParam] ?? spec.resource.idParam;
        defaults['resourceType'] = spec.resource.type;
      }
    }
    return new AwsError(error.type, error.message ?? defaultFaultMessage(error.type), {
      ...(error.status === undefined ? {} : { status: error.status }),
      members: { ...defaults, ...error.body },
    });
  };

  /** Answers one AWS request; returns the status sent (0 when dropped). */
  const handleAws = async (
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    spec: OperationSpec,
    params: Record<string, string>,
    rawBody: Buffer,
  ): Promise<number> => {
    const scope = parseCredentialScope(req.headers.authorization);
    const record: CallRecord = {
      operation: spec.name,
      params: { ...params },
      region: scope?.region ?? '',
      accessKeyId: scope?.accessKeyId ?? '',
      status: 0,
      requestId,
    };
    callLog.add(record);
    const finish = (status: number): number => {
      record.status = status;
      return status;
    };

    if (scope === undefined) {
      const message =
        req.headers.authorization === undefined
          ? 'Request is not signed: the Authorization header with an AWS Signature Version 4 signature is missing.'
          : 'Request is not signed with AWS Signature Version 4: the Authorization header has no AWS4-HMAC-SHA256 credential scope.';
      return finish(sendAwsError(res, spec.service, new AwsError(ACCESS_DENIED_ERROR, message), requestId));
    }

    // An STS session's key acts as its role, within the role's policy; long-term keys act as the account.
    const session = iam.session(scope.accessKeyId);
    if (session !== undefined) {
      const denied = iam.authorize(session, `${spec.service}:${spec.name}`, resourceArn(spec.name, spec.service, params, scope.region, accountId));
      if (denied !== undefined) return finish(sendAwsError(res, spec.service, new AwsError(ACCESS_DENIED_ERROR, denied), requestId));
    }

    const fired = registry.select(spec.name, params);
    if (fired !== undefined) {
      if (fired.fault.latencyMs !== undefined && fired.fault.latencyMs > 0) await sleep(fired.fault.latencyMs);
      if (closing) return finish(0);
      if (fired.throttled || fired.fault.error !== undefined) {
        return finish(sendAwsError(res, spec.service, faultError(spec, fired, params), requestId));
      }
      if (fired.fault.dropConnection === true && fired.fault.afterHandling !== true) {
        req.socket.destroy();
        return finish(0);
      }
    }

    let body: unknown = undefined;
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        const error = new AwsError('SerializationException', 'The request body is not valid JSON.', { status: 400 });
        return finish(sendAwsError(res, spec.service, error, requestId));
      }
    }

    let status: number;
    try {
      const output = await spec.handler({ params, body, region: scope.region, requestId }, context);
      status = output.status ?? 200;
      if (fired?.fault.dropConnection === true) {
        req.socket.destroy();
        return finish(0);
      }
      send(res, status, toJson(output.body, TIMESTAMP_FORMAT[spec.service]));
    } catch (thrown) {
      if (fired?.fault.dropConnection === true) {
        req.socket.destroy();
        return finish(0);
      }
      const error =
        thrown instanceof AwsError
          ? thrown
          : new AwsError(INTERNAL_ERROR[spec.service], 'An internal error occurred in the emulator.', { status: 500 });
      if (!(thrown instanceof AwsError)) console.error('emulator: handler failed', spec.name, thrown);
      status = sendAwsError(res, spec.service, error, requestId);
    }
    return finish(status);
  };

  /** STS (awsQuery: form POST to `/`, XML answers): AssumeRoleWithWebIdentity and GetCallerIdentity. Returns the status sent. */
  const handleSts = async (req: IncomingMessage, rawBody: Buffer, res: ServerResponse, requestId: string): Promise<number> => {
    const form = new URLSearchParams(rawBody.toString('utf8'));
    const reply = (status: number, xml: string): number => {
      if (!res.headersSent) {
        res.writeHead(status, { 'content-type': 'text/xml', 'content-length': String(Buffer.byteLength(xml)), 'x-amzn-requestid': requestId });
        res.end(xml);
      }
      return status;
    };
    const action = form.get('Action');
    if (action !== 'AssumeRoleWithWebIdentity' && action !== 'GetCallerIdentity') {
      return reply(400, stsErrorXml(new StsError('InvalidAction', `Could not find operation ${action ?? ''} for version 2011-06-15`, 400), requestId));
    }
    try {
      if (action === 'GetCallerIdentity') return reply(200, iam.getCallerIdentity(parseCredentialScope(req.headers.authorization)?.accessKeyId ?? '', requestId));
      return reply(200, await iam.assumeRoleWithWebIdentity(form, requestId));
    } catch (error) {
      const stsError = error instanceof StsError ? error : new StsError('InternalFailure', 'An internal error occurred in the emulator.', 500);
      return reply(stsError.status, stsErrorXml(stsError, requestId));
    }
  };

  /** The `/_emulator/` control API (never counted as a call). Returns the status sent. */
  const handleControl = (method: string, pathname: string, query: string, rawBody: Buffer, res: ServerResponse): number => {
    const reply = (status: number, body: JsonValue): number => {
      send(res, status, body);
      return status;
    };
    const route = pathname.slice(CONTROL_PREFIX.length);
    if (route === '/health' && method === 'GET') {
      return reply(200, {
        status: 'ok',
        accountId,
        regions: store.regions(),
        operations: OPERATIONS.map((spec) => spec.name),
      });
    }
    if (route === '/calls' && method === 'GET') {
      return reply(200, {
        calls: callLog.list().map((c) => ({ ...c, params: { ...c.params } })),
        total: callLog.count(),
        counts: callLog.counts(),
      });
    }
    if (route === '/calls' && method === 'DELETE') {
      const cleared = callLog.count();
      callLog.reset();
      return reply(200, { cleared });
    }
    if (route === '/faults' && method === 'GET') {
      return reply(200, { faults: toJson(registry.list(), 'epoch-seconds') ?? [] });
    }
    if (route === '/faults' && method === 'POST') {
      let input: unknown;
      try {
        input = JSON.parse(rawBody.toString('utf8'));
      } catch {
        return reply(400, { message: 'Body must be JSON: {"operation": "GetPlugin", "fault": {...}}' });
      }
      if (typeof input !== 'object' || input === null) return reply(400, { message: 'Body must be a JSON object' });
      const operation = (input as Record<string, unknown>)['operation'];
      const fault = (input as Record<string, unknown>)['fault'];
      const spec = OPERATIONS.find((s) => s.name === operation);
      if (spec === undefined) {
        return reply(400, { message: `operation must be one of ${OPERATIONS.map((s) => s.name).join(', ')}` });
      }
      try {
        const id = addFault(spec.name, fault);
        return reply(201, { id, operation: spec.name });
      } catch (error) {
        return reply(400, { message: error instanceof Error ? error.message : String(error) });
      }
    }
    if (route === '/faults' && method === 'DELETE') {
      const operation = new URLSearchParams(query).get('operation');
      if (operation === null) {
        registry.clear();
        return reply(200, { cleared: 'all' });
      }
      const spec = OPERATIONS.find((s) => s.name === operation);
      if (spec === undefined) return reply(400, { message: `Unknown operation '${operation}'` });
      registry.clear(spec.name);
      return reply(200, { cleared: spec.name });
    }
    const faultId = /^\/faults\/(\d+)$/.exec(route);
    if (faultId !== null && method === 'DELETE') {
      return registry.remove(Number(faultId[1])) ? reply(200, { removed: Number(faultId[1]) }) : reply(404, { message: 'No such fault' });
    }
    return reply(404, {
      message: `No control route ${method} ${pathname}. Routes: GET /_emulator/health, GET|DELETE /_emulator/calls, ` +
        'GET|POST|DELETE /_emulator/faults, DELETE /_emulator/faults/{id}',
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const requestId = randomUUID();
    res.setHeader('x-amzn-requestid', requestId);
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const pathname = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const query = q === -1 ? '' : rawUrl.slice(q + 1);
    let operation: OperationName | null = null;
    let status = 0;
    try {
      const rawBody = await readBody(req);
      if (pathname.startsWith(`${OIDC_PREFIX}/`)) {
        const answer = await oidc.issuer?.handle(method, pathname, rawBody);
        status = answer?.status ?? 404;
        send(res, status, (answer?.body ?? { error: 'not_found' }) as JsonValue);
        return;
      }
      if (method === 'POST' && pathname === '/' && String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
        status = await handleSts(req, rawBody, res, requestId);
        return;
      }
      // The control API (faults, call log) exists for loopback clients only; to anyone else it is an unknown route.
      if ((pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`)) && isLoopbackAddress(req.socket.remoteAddress)) {
        status = handleControl(method, pathname, query, rawBody, res);
        return;
      }
      const route = router.match(method, pathname, query);
      if (route.kind === 'unknown') {
        const scopeService = parseCredentialScope(req.headers.authorization)?.service;
        const service =
          scopeService !== undefined && isServiceName(scopeService)
            ? scopeService
            : SERVICE_PREFIXES.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1];
        const error = new AwsError('UnknownOperationException', `No operation matches ${method} ${pathname}.`, { status: 404 });
        status = sendAwsError(res, service, error, requestId);
        return;
      }
      operation = route.spec.name;
      status = await handleAws(req, res, requestId, route.spec, route.params, rawBody);
    } catch (error) {
      // Reading the body failed (client went away or body too large): nothing sensible to answer.
      if (!res.headersSent) req.socket.destroy();
      if (!closing) console.error('emulator: request failed', error);
    } finally {
      log?.({
        time: new Date().toISOString(),
        method,
        path: pathname,
        operation,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        requestId,
      });
    }
  };

  /** Set once the port (hence the issuer URL) is known. */
  const oidc: { issuer?: DevIssuer } = {};
  const server = createServer((req, res) => {
    void handle(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  const url = `http://${urlHost}:${address.port}`;
  const issuer = await createDevIssuer(url);
  oidc.issuer = issuer;
  iam.trust({ issuer: issuer.issuer, audience: DEV_TOKEN_AUDIENCE });

  let closed: Promise<void> | undefined;
  return {
    url,
    accountId,
    calls: {
      count: (operation?: OperationName) => callLog.count(operation),
      list: () => callLog.list().map((c) => Object.freeze({ ...c, params: { ...c.params } })),
      reset: () => callLog.reset(),
    },
    faults: {
      add: (operation: OperationName, fault: Fault) => {
        const id = addFault(operation, fault);
        return () => {
          registry.remove(id);
        };
      },
      clear: (operation?: OperationName) => registry.clear(operation),
    },
    issuer: issuer.issuer,
    issueToken: (request) => issuer.issue(request),
    iam,
    store,
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        closing = true;
        for (const done of [...pendingSleeps]) done();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
