import type { InitializeHandler, InitializeHandlerArguments, InitializeHandlerOutput, MetadataBearer, Pluggable } from '@smithy/types';
import type { AwsService } from '../aws/clients.js';
import { awsErrorToGraphQL } from '../errors.js';
import { awsCalls, awsDuration, awsInFlight, awsRetries } from './metrics.js';

const SERVICE_BY_CLIENT: Readonly<Record<string, AwsService>> = {
  QBusinessClient: 'qbusiness',
  QuickSightClient: 'quicksight',
  SecurityHubClient: 'securityhub',
};

/**
 * SDK middleware (outermost, `initialize` step: it sees one call with all its retries) that counts every AWS call
 * into the Prometheus metrics (a request's own count, for its log line, is kept in front of the SDK: see
 * callLayersFor). The outcome is `ok` or the error code the GraphQL error contract gives the failure
 * (src/errors.ts), so metrics and responses use the same words.
 */
export const awsCallTelemetry: Pluggable<object, MetadataBearer> = {
  applyToStack(stack) {
    stack.add(
      (next: InitializeHandler<object, MetadataBearer>, context) => {
        // Resolved once per command and client (the clients cache their middleware stacks).
        const service = SERVICE_BY_CLIENT[String(context.clientName)] ?? String(context.clientName);
        const operation = String(context.commandName).replace(/Command$/, '');
        const series = {
          inFlight: awsInFlight.labels({ service }),
          duration: awsDuration.labels({ service, operation }),
          retries: awsRetries.labels({ service, operation }),
        };
        return async (args: InitializeHandlerArguments<object>): Promise<InitializeHandlerOutput<MetadataBearer>> => {
          series.inFlight.inc();
          const stopTimer = series.duration.startTimer();
          let outcome = 'ok';
          let attempts: number | undefined;
          try {
            const result = await next(args);
            attempts = result.output.$metadata.attempts;
            return result;
          } catch (error) {
            attempts = (error as Partial<MetadataBearer>).$metadata?.attempts;
            outcome = awsErrorToGraphQL(error, { service: service as AwsService, operation, region: '' }).extensions.code;
            throw error;
          } finally {
            stopTimer();
            series.inFlight.dec();
            awsCalls.inc({ service, operation, outcome });
            series.retries.inc(Math.max(0, (attempts ?? 1) - 1));
          }
        };
      },
      { step: 'initialize', name: 'connectorGraphTelemetry', override: true },
    );
  },
};
