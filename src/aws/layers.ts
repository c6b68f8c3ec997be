import { retryMiddleware, retryMiddlewareOptions } from '@smithy/core/retry';
import type {
  AwsCredentialIdentity,
  FinalizeHandler,
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  MetadataBearer,
  MiddlewareStack,
  Provider,
} from '@smithy/types';
import type { AccountIds } from './account.js';
import type { AwsService } from './clients.js';
import type { RetryQuotas } from './rateLimits.js';
import type { RequestScope } from '../requestScope.js';

/** One AWS call as the layers see it. */
export interface CallInfo {
  /** Whose credentials sign it (AwsClients.identity): answers are never shared across identities. */
  identity: string;
  service: AwsService;
  region: string;
  /** The operation, e.g. `GetPlugin`. */
  operation: string;
  input: Record<string, unknown>;
  /** identity, region, service, operation and input, as one string. */
  key: string;
  /** The GraphQL request the call is made for; undefined outside one (start-up, tests calling clients directly). */
  scope: RequestScope | undefined;
}

/** Reads may be answered from elsewhere than AWS; anything else always goes to AWS. */
export function isRead(operation: string): boolean {
  return /^(Get|Describe|List)[A-Z]/.test(operation);
}

/** JSON with object keys sorted, so equal inputs give equal keys. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A layer around whole calls (once per call, outside the SDK's retries): may answer without calling `next`. */
export type CallLayer = (call: CallInfo, next: () => Promise<unknown>) => Promise<unknown>;
/** One attempt of a call, with the AWS account it is made as (see AccountIds) and who it is made for; not the input. */
export interface AttemptInfo extends Omit<CallInfo, 'input' | 'key' | 'scope'> {
  account: string;
  /** Who the rate limits share a bucket fairly between (RequestScope.caller), `gateway` outside a request. */
  caller: string;
}
/** A layer around each attempt (inside the SDK's retries, before signing): e.g. a rate limit. */
export type AttemptLayer = (call: AttemptInfo) => Promise<void>;

export interface CallLayers {
  /** Outermost first. */
  call: CallLayer[];
  attempt: AttemptLayer[];
}

/** Who a call is made for, outside any request. */
const NO_CALLER = 'gateway';

/**
 * The request each call in flight is made for, by its command input: the one thing the SDK carries from `send` to
 * its middleware (the handler context is shared by every call of a command, see `cacheMiddleware` in clients.ts).
 */
const scopeOfInput = new WeakMap<object, RequestScope>();
const callerOf = (input: unknown): string =>
  (typeof input === 'object' && input !== null ? scopeOfInput.get(input)?.caller : undefined) ?? NO_CALLER;

/** An SDK command, as `send` sees one: its input and its operation schema (`[9, namespace, operation, ...]`). */
interface AnyCommand {
  input: object;
  schema?: unknown;
}

function operationOf(command: AnyCommand): string {
  const schema = command.schema;
  if (Array.isArray(schema) && typeof schema[2] === 'string') return schema[2];
  return command.constructor.name.replace(/Command$/, '');
}

/** What `callLayersFor` needs to know about a client. */
export interface CallTarget {
  identity: string;
  service: AwsService;
  region: string;
  layers: CallLayers | undefined;
}

/**
 * The client as the gateway uses it, made once per SDK client: given a request's scope (or none), the same SDK
 * client (its prototype) whose `send` first runs the call layers, before the SDK's own middleware, so an answer from
 * the request memo or the cross-request cache costs no SDK work:
 * - within one GraphQL request, the same read twice runs once (the request scope's memo);
 * - then `layers.call` (the cross-request cache and single flight) around the whole call;
 * - a call that reaches the SDK is counted in the request's AWS calls, and its input is tied to the request, so the
 *   SDK middleware (`registerAttemptLayers`) knows whose call each attempt is.
 */
export function callLayersFor<C extends object>(client: C, target: CallTarget): (scope: RequestScope | undefined) => C {
  const { identity, service, region, layers } = target;
  const sdkSend = (client as unknown as { send: (command: AnyCommand, ...rest: unknown[]) => Promise<unknown> }).send.bind(client);
  const innermostFirst = [...(layers?.call ?? [])].reverse();
  const send = (scope: RequestScope | undefined, command: AnyCommand, rest: unknown[]): Promise<unknown> => {
    const operation = operationOf(command);
    const toAws = (): Promise<unknown> => {
      if (scope !== undefined) {
        // Without a cache layer in front, nothing vouches for this answer later (see RequestScope.sources).
        if (innermostFirst.length === 0) scope.repeatable = false;
        const counted = `${service}.${operation}`;
        scope.awsCalls.set(counted, (scope.awsCalls.get(counted) ?? 0) + 1);
        scopeOfInput.set(command.input, scope);
      }
      return sdkSend(command, ...rest);
    };
    const read = isRead(operation);
    if (innermostFirst.length === 0 && !(read && scope !== undefined)) return toAws();
    const input = command.input as Record<string, unknown>;
    const call: CallInfo = { identity, service, region, operation, input, key: `${identity}|${region}|${service}|${operation}|${stableJson(input)}`, scope };
    let chain = toAws;
    for (const layer of innermostFirst) {
      const inner = chain;
      chain = () => layer(call, inner);
    }
    if (scope === undefined || !read) return chain();
    let pending = scope.reads.get(call.key);
    if (pending === undefined) {
      pending = chain();
      scope.reads.set(call.key, pending);
    }
    return pending;
  };
  return (scope) => {
    const layered = Object.create(client) as { send: (command: AnyCommand, ...rest: unknown[]) => Promise<unknown> };
    layered.send = (command, ...rest) => send(scope, command, rest);
    return layered as unknown as C;
  };
}

type AnyStack = MiddlewareStack<object, object>;

/**
 * Registers, on one SDK client (once, where clients are built, before its first call), what runs inside the SDK for
 * each call: the SDK's own retry middleware with the retry quota of the call's caller (RetryQuotas), and
 * `layers.attempt` (rate limits) before each attempt is signed, so SDK retries take their own tokens.
 */
export function registerAttemptLayers(
  client: { middlewareStack: unknown; config: unknown },
  target: { identity: string; service: AwsService; region: string },
  layers: CallLayers | undefined,
  accounts: AccountIds,
  quotas: RetryQuotas,
): void {
  const stack = client.middlewareStack as AnyStack;
  const { identity, service, region } = target;
  const config = client.config as { maxAttempts: Provider<number>; logger?: HandlerExecutionContext['logger'] };
  const retryMiddlewareFor = (caller: string) =>
    retryMiddleware({ maxAttempts: config.maxAttempts, retryStrategy: () => Promise.resolve(quotas.strategyFor(caller)), ...(config.logger === undefined ? {} : { logger: config.logger }) });
  // The SDK's retry middleware, built per call around the caller's strategy: one caller's throttling storm uses up
  // its own retry quota, not everyone's.
  const retry: FinalizeRequestMiddleware<object, MetadataBearer> =
    (next, context) =>
    (args): ReturnType<FinalizeHandler<object, MetadataBearer>> =>
      retryMiddlewareFor(callerOf(args.input))(next, context)(args);
  stack.add(retry as FinalizeRequestMiddleware<object, object>, { ...retryMiddlewareOptions, override: true });
  if (layers === undefined || layers.attempt.length === 0) return;
  // The factories run once per command and client (the clients cache their resolved stacks); the handlers per attempt.
  const attemptMiddleware: FinalizeRequestMiddleware<object, object> = (next, context) => {
    const operation = String(context.commandName).replace(/Command$/, '');
    return async (args) => {
      // The credentials the SDK resolved for this call (before signing), for their account.
      const credentials = (context as HandlerExecutionContext).__smithy_context?.selectedHttpAuthScheme?.identity as AwsCredentialIdentity | undefined;
      const known = accounts.of(identity, credentials);
      const call: AttemptInfo = { identity, service, region, operation, account: typeof known === 'string' ? known : await known, caller: callerOf(args.input) };
      for (const layer of layers.attempt) await layer(call);
      return next(args);
    };
  };
  stack.addRelativeTo(attemptMiddleware, {
    relation: 'before',
    toMiddleware: 'httpSigningMiddleware',
    name: 'connectorGraphAttemptLayers',
    override: true,
  });
}
