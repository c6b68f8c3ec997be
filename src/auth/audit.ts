import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context.js';
import { GatewayError } from '../errors.js';

/** The identifiers one audit line keeps from a mutation's input and result: never payloads, schemas or secrets. */
function pick(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const member = (value as Record<string, unknown>)[name];
  return typeof member === 'string' ? member : null;
}

/**
 * One audit log line (info, `audit: true`) per mutation field, after it resolves: the caller's `sub` (null with auth
 * off), the operation, its applicationId, the outcome (`OK` or the error code), the pluginId and the clientToken.
 * Nothing else of the input is logged, and input values only once the gateway has accepted the input: a mutation
 * refused with VALIDATION_FAILED logs null for them, so whatever a client pasted into a malformed field (a secret,
 * a payload) never reaches the log. Mutates the schema's Mutation resolvers in place; call once.
 */
export function auditMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (mutation === undefined || mutation === null) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, context: Context, info) => {
      const input = args.input;
      const line = (outcome: string, result: unknown): void => {
        const accepted = outcome !== 'VALIDATION_FAILED';
        context.logger.info(
          {
            audit: true,
            sub: context.caller?.subject ?? null,
            operation: field.name,
            applicationId: accepted ? pick(input, 'applicationId') : null,
            outcome,
            pluginId: pick(result, 'pluginId'),
            clientToken: pick(result, 'clientToken') ?? (accepted ? pick(input, 'clientToken') : null),
          },
          `audit: ${field.name} ${outcome}`,
        );
      };
      try {
        const result: unknown = await resolve(source, args, context, info);
        line('OK', result);
        return result;
      } catch (error) {
        const cause = unwrapResolverError(error);
        line(cause instanceof GatewayError ? cause.extensions.code : 'INTERNAL_SERVER_ERROR', undefined);
        throw error;
      }
    };
  }
}
