import type { Logger } from '../logger.js';

/** A started OpenTelemetry SDK; `shutdown` flushes the spans still buffered. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * The semantic conventions name the AWS request id `aws.request_id`; the official aws-sdk instrumentation writes
 * `aws.request.id`. Spans carry both.
 */
export const AWS_REQUEST_ID_ATTRIBUTE = 'aws.request_id';

/**
 * Starts OpenTelemetry tracing; main calls it only when OTEL_EXPORTER_OTLP_ENDPOINT is set (`config.ops.tracing`),
 * so with tracing off no OpenTelemetry SDK module is even loaded (only `@opentelemetry/api`, a no-op then). The SDK
 * reads the standard OTEL_* variables itself: OTEL_SERVICE_NAME (default here: connector-graph), OTEL_EXPORTER_OTLP_PROTOCOL (http/protobuf or http/json),
 * OTEL_TRACES_SAMPLER, OTEL_RESOURCE_ATTRIBUTES, OTEL_PROPAGATORS (W3C trace context by default).
 *
 * Call it before the modules it instruments (node:http, graphql, the AWS SDK) are loaded: main.ts imports the
 * server only after this resolved. The instrumentations hook `require`, which is how Node loads graphql 16 and the
 * SDK's clients (CommonJS builds), also under ESM and tsx.
 */
export async function startTracing(env: NodeJS.ProcessEnv, logger: Logger): Promise<Tracing> {
  env.OTEL_SERVICE_NAME ||= 'connector-graph';
  // Traces only, unless asked for: metrics are Prometheus' (/metrics) and logs go to stdout. The SDK would otherwise
  // also export OTLP metrics and logs to the same endpoint.
  env.OTEL_METRICS_EXPORTER ||= 'none';
  env.OTEL_LOGS_EXPORTER ||= 'none';
  const [{ NodeSDK }, { HttpInstrumentation }, { GraphQLInstrumentation }, { AwsInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-aws-sdk'),
  ]);
  const sdk = new NodeSDK({
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes are not requests worth a trace.
        ignoreIncomingRequestHook: (request) => /^\/(health|ready|metrics)(\?|$)/.test(request.url ?? ''),
      }),
      // Parse, validate and execute spans; the document's literal values are replaced by `*` (allowValues: false).
      new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false }),
      new AwsInstrumentation({
        suppressInternalInstrumentation: false,
        responseHook: (span, { response }) => {
          if (response.requestId) span.setAttribute(AWS_REQUEST_ID_ATTRIBUTE, response.requestId);
        },
      }),
    ],
  });
  sdk.start();
  logger.info({ endpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME }, 'tracing on');
  return { shutdown: () => sdk.shutdown() };
}
