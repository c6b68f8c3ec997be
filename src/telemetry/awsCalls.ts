import type { InitializeHandler, InitializeHandlerArguments, InitializeHandlerOutput, MetadataBearer, Pluggable } from '@smithy/types';
import type { AwsService } from '../aws/clients.js';
import { awsErrorToGraphQL } from '../errors.js';
import { awsCalls, awsDuration, awsInFlight, awsRetries } from './metrics.js';
import { currentRequest } from '../requestScope.js';

const SERVICE_BY_CLIENT: Readonly<Record<string, AwsService>> = {
  QBusinessClient: 'qbusiness',
  QuickSightClient: 'quicksight',
  SecurityHubClient: 'securityhub',
};

/**
 * SDK middleware (outermost, `initialize` step: it sees one call with all its retries) that counts every AWS call
 * into the Prometheus metrics and into the running request's log line. The outcome is `ok` or the error code the
 * GraphQL error contract gives the failure (src/errors.ts), so metrics and responses use the same words.
 */
export const awsCallTelemetry: Pluggable<object, MetadataBearer> = {
  applyToStack(stack) {
    stack.add(
      (next: InitializeHandler<object, MetadataBearer>, context) =>
        async (args: InitializeHandlerArguments<object>): Promise<InitializeHandlerOutput<MetadataBearer>> => {
          const service = SERVICE_BY_CLIENT[String(context.clientName)] ?? String(context.clientName);
          const operation = String(context.commandName).replace(/Command$/, '');
          const labels = { service, operation };
          const scope = currentRequest();
          if (scope !== undefined) {
            const key = `${service}.${operation}`;
            scope.awsCalls.set(key, (scope.awsCalls.get(key) ?? 0) + 1);
          }
          awsInFlight.inc({ service });
          const stopTimer = awsDuration.startTimer(labels);
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
            awsInFlight.dec({ service });
            awsCalls.inc({ ...labels, outcome });
            awsRetries.inc(labels, Math.max(0, (attempts ?? 1) - 1));
          }
        },
      { step: 'initialize', name: 'connectorGraphTelemetry', override: true },
    );
  },
};
