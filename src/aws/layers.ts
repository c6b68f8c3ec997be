import type { AwsCredentialIdentity, FinalizeRequestMiddleware, HandlerExecutionContext, InitializeMiddleware, MiddlewareStack } from '@smithy/types';
import type { AccountIds } from './account.js';
import type { AwsService } from './clients.js';
import { currentRequest } from '../requestScope.js';

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
/** One attempt of a call, with the AWS account it is made as (see AccountIds); the input is not needed here. */
export interface AttemptInfo extends Omit<CallInfo, 'input' | 'key'> {
  account: string;
}
/** A layer around each attempt (inside the SDK's retries, before signing): e.g. a rate limit. */
export type AttemptLayer = (call: AttemptInfo) => Promise<void>;

export interface CallLayers {
  /** Outermost first. */
  call: CallLayer[];
  attempt: AttemptLayer[];
}

type AnyStack = MiddlewareStack<object, object>;

/**
 * Registers the per-call layers on one SDK client (called once per client, where clients are built):
 * - within one GraphQL request, the same read twice runs once (the request scope's memo);
 * - then `layers.call` (the cross-request cache and single flight) around the whole call;
 * - `layers.attempt` (rate limits) before each attempt is signed, so SDK retries take their own tokens.
 */
export function registerCallLayers(
  client: { middlewareStack: unknown },
  identity: string,
  service: AwsService,
  region: string,
  layers: CallLayers,
  accounts: AccountIds,
): void {
  const stack = client.middlewareStack as AnyStack;
  const operationOf = (commandName: unknown): string => String(commandName).replace(/Command$/, '');
  const innermostFirst = [...layers.call].reverse();
  // The factories run once per command and client (the clients cache their resolved stacks); the handlers per call.
  const callMiddleware: InitializeMiddleware<object, object> = (next, context) => {
    const operation = operationOf(context.commandName);
    return async (args) => {
      const input = (args.input ?? {}) as Record<string, unknown>;
      const call: CallInfo = { identity, service, region, operation, input, key: `${identity}|${region}|${service}|${operation}|${stableJson(input)}` };
      const run = async (): Promise<unknown> => {
        let chain = async (): Promise<unknown> => (await next(args)).output;
        for (const layer of innermostFirst) {
          const inner = chain;
          chain = () => layer(call, inner);
        }
        return chain();
      };
      const scope = currentRequest();
      if (scope === undefined || !isRead(call.operation)) return { output: (await run()) as object, response: undefined };
      let pending = scope.reads.get(call.key);
      if (pending === undefined) {
        pending = run();
        scope.reads.set(call.key, pending);
      }
      return { output: (await pending) as object, response: undefined };
    };
  };
  stack.add(callMiddleware, { step: 'initialize', name: 'connectorGraphCallLayers', override: true });
  if (layers.attempt.length > 0) {
    const attemptMiddleware: FinalizeRequestMiddleware<object, object> = (next, context) => {
      const operation = operationOf(context.commandName);
      return async (args) => {
        // The credentials the SDK resolved for this call (before signing), for their account.
        const credentials = (context as HandlerExecutionContext).__smithy_context?.selectedHttpAuthScheme?.identity as AwsCredentialIdentity | undefined;
        const known = accounts.of(identity, credentials);
        const call: AttemptInfo = { identity, service, region, operation, account: typeof known === 'string' ? known : await known };
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
}
