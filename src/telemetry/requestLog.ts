import type { Logger } from '../logger.js';
import { graphqlDuration, graphqlInFlight, graphqlRequests } from './metrics.js';
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
          // The operation Apollo resolved; none when the document did not parse or named no known operation.
          const operationType = operation?.operation ?? 'unknown';
          graphqlInFlight.dec();
          const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = body?.errors ?? [];
          const hasData = body?.data !== undefined && body.data !== null;
          const outcome = errors.length === 0 ? 'ok' : hasData ? 'partial' : 'error';
          graphqlRequests.inc({ operation_type: operationType, outcome });
          graphqlDuration.observe({ operation_type: operationType }, seconds);
          if (!logger.isLevelEnabled('info')) return;
          const subject = (contextValue as { caller?: { subject?: unknown } }).caller?.subject;
          const line: RequestLogLine = {
            requestId: scope?.requestId,
            operationName: operationName ?? null,
            operationType,
            outcome,
            durationMs: Math.round(seconds * 1e6) / 1e3,
            awsCalls: Object.fromEntries(scope?.awsCalls ?? []),
            errorCodes: errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')),
            ...(typeof subject === 'string' ? { subject } : {}),
          };
          logger.info(line, 'graphql request');
        },
      };
    },
  };
}
