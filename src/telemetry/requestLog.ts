import { trace } from '@opentelemetry/api';
import type { Logger } from '../logger.js';
import { graphqlDuration, graphqlInFlight, graphqlRequests, responseCacheReuses } from './metrics.js';
import type { RequestPlugin } from '../requestPlugins.js';
import type { RequestScope } from '../requestScope.js';

/** The fields of one request's log line. Never the document, its literals or the variables. */
export interface RequestLogLine {
  requestId: string | undefined;
  operationName: string | null;
  /** `query`, `mutation`, or `unknown` when the document did not parse or name a known operation. */
  operationType: string;
  /** `ok`, `partial` (data and errors) or `error` (no data). */
  outcome: 'ok' | 'partial' | 'error';
  durationMs: number;
  /** AWS calls by `service.Operation`, retries not counted. */
  awsCalls: Record<string, number>;
  /** `extensions.code` of every error in the response, in order. */
  errorCodes: string[];
  /** The authenticated caller's subject, when authentication is on. */
  subject?: string;
  /** True when the answer was a kept response sent again without running the query (see the README's Cache). */
  reusedResponse?: boolean;
}

interface Answered {
  scope: RequestScope | undefined;
  subject: unknown;
  operationName: string | null;
  operationType: string;
  errors: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
  hasData: boolean;
  startedAt: bigint;
  /** Set when the response was a kept one sent again (src/http/responseCache.ts) rather than run. */
  reused?: boolean;
}

/** The metrics and the log line of one answered operation. */
function record(logger: Logger, answered: Answered): void {
  const { scope, errors, operationType } = answered;
  const seconds = Number(process.hrtime.bigint() - answered.startedAt) / 1e9;
  const outcome = errors.length === 0 ? 'ok' : answered.hasData ? 'partial' : 'error';
  graphqlRequests.inc({ operation_type: operationType, outcome });
  graphqlDuration.observe({ operation_type: operationType }, seconds);
  if (!logger.isLevelEnabled('info')) return;
  const line: RequestLogLine = {
    requestId: scope?.requestId,
    operationName: answered.operationName,
    operationType,
    outcome,
    durationMs: Math.round(seconds * 1e6) / 1e3,
    awsCalls: Object.fromEntries(scope?.awsCalls ?? []),
    errorCodes: errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')),
    ...(typeof answered.subject === 'string' ? { subject: answered.subject } : {}),
    ...(answered.reused === true ? { reusedResponse: true } : {}),
  };
  logger.info(line, 'graphql request');
}

/**
 * One JSON log line at `info` per GraphQL operation (message `graphql request`), and the GraphQL request metrics.
 * The AWS calls and request id come from the request's scope (src/requestScope.ts), filled by the call layers.
 */
export function requestLogPlugin(logger: Logger): RequestPlugin<object> {
  return {
    requestDidStart({ contextValue }) {
      const startedAt = process.hrtime.bigint();
      const scope = (contextValue as { scope?: RequestScope }).scope;
      graphqlInFlight.inc();
      return {
        async willSendResponse({ response, operationName, operation }) {
          graphqlInFlight.dec();
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (scope !== undefined) scope.operationName = operationName ?? null;
          record(logger, {
            scope,
            subject: (contextValue as { caller?: { subject?: unknown } }).caller?.subject,
            operationName: operationName ?? null,
            // The operation Apollo resolved; none when the document did not parse or named no known operation.
            operationType: operation?.operation ?? 'unknown',
            errors: body?.errors ?? [],
            hasData: body?.data !== undefined && body.data !== null,
            startedAt,
          });
        },
      };
    },
  };
}

/** Set on the HTTP server span of a request answered with a kept response (no GraphQL or AWS spans follow). */
export const REUSED_SPAN_ATTRIBUTE = 'connector_graph.response_reused';

/** The same line and metrics for a kept response sent again: a query, answered without errors or AWS calls. */
export function logReusedResponse(logger: Logger, context: { scope: RequestScope; caller?: { subject?: unknown } | undefined }, operationName: string | null, startedAt: bigint): void {
  responseCacheReuses.inc();
  // With tracing on, the request's HTTP span is its whole trace: say why (no-op without tracing).
  trace.getActiveSpan()?.setAttribute(REUSED_SPAN_ATTRIBUTE, true);
  record(logger, { scope: context.scope, subject: context.caller?.subject, operationName, operationType: 'query', errors: [], hasData: true, startedAt, reused: true });
}
