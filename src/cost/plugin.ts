import type { BaseContext } from '@apollo/server';
import {
  Kind,
  getVariableValues,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { GatewayError } from '../errors.js';
import type { RequestPlugin } from '../requestPlugins.js';
import { estimateOperation, type Estimate, type EstimateOptions } from './estimate.js';
import { checkDocumentShape, type ShapeProblem } from './shape.js';

/** What one request may cost (see the README's "Cost and limits"). */
export interface CostLimits {
  /** CONNECTOR_GRAPH_MAX_AWS_CALLS: the most AWS calls one operation may be estimated to make. */
  maxAwsCalls: number;
  /** CONNECTOR_GRAPH_MAX_MUTATIONS: mutation fields one operation may run. */
  maxMutations: number;
  /** CONNECTOR_GRAPH_MAX_DEPTH: deepest field nesting, through fragments. */
  maxDepth: number;
  /** Items `integrations` reads per service, all its lists together (CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS), which its price depends on. */
  inventoryMaxItems: number;
}

/** Named fragments one document may define: far above any real client's, far below what overflows validation. */
export const MAX_FRAGMENTS = 500;

/** The estimate of one validated operation of `document`, with the request's raw variables. */
export function estimateRequest(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>> | undefined,
  options: EstimateOptions,
): Estimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  return estimateOperation(schema, operation, fragments, coerced.coerced ?? rawVariables ?? {}, options);
}

/** The error every refusal answers with: HTTP 400, no AWS call made. */
function costError(message: string, cost: Record<string, number>): GatewayError {
  const error = new GatewayError(message, { code: 'COST_LIMIT_EXCEEDED', retryable: false });
  error.extensions.cost = cost;
  // Apollo Server reads the status from here and removes `http` from the response.
  error.extensions.http = { status: 400 };
  return error;
}

function shapeError(problem: ShapeProblem): GatewayError {
  return costError(problem.message, problem.measure === 'depth' ? { depth: problem.value, limit: problem.limit } : { fragments: problem.value, limit: problem.limit });
}

/**
 * The per-request budget, as an Apollo Server plugin:
 *
 * 1. Right after parsing and before validation, the document's shape is checked without recursion (depth through
 *    fragments, number of fragments). graphql-js validation recurses, and a hook cannot answer an error before it
 *    (a throw there is an HTTP 500), so a refused document is swapped for a tiny valid one that stands for the
 *    refusal, and step 2 answers it. Apollo's document cache keeps the stand-in, so a repeat is refused the same way.
 * 2. Once the operation is resolved, its AWS calls are estimated from the schema's `@cost`/`@listSize` directives
 *    and the variables (estimate.ts); above the limits it is refused with COST_LIMIT_EXCEEDED before execution,
 *    so it makes no AWS call.
 */
export function costPlugin(limits: CostLimits): RequestPlugin<BaseContext> {
  const refused = new WeakMap<DocumentNode, ShapeProblem>();
  // An operation without variables costs the same every time; Apollo's document cache hands back the same parsed
  // operation for the same text, so its estimate is kept with it.
  const constant = new WeakMap<OperationDefinitionNode, Estimate>();
  return {
    requestDidStart() {
      return {
        async parsingDidStart(requestContext) {
          return async (error) => {
            const document = requestContext.document;
            if (error !== undefined || document === undefined) return;
            const problem = checkDocumentShape(document, { maxDepth: limits.maxDepth, maxFragments: MAX_FRAGMENTS });
            if (problem === undefined) return;
            const standIn = parse('{ __typename }');
            refused.set(standIn, problem);
            (requestContext as { document?: DocumentNode }).document = standIn;
          };
        },
        async didResolveOperation(requestContext) {
          const { document, operation, schema, request } = requestContext;
          const problem = refused.get(document);
          if (problem !== undefined) throw shapeError(problem);
          // No operation (unknown operationName): Apollo answers that itself, and nothing runs.
          if (operation === undefined) return;
          let estimate = constant.get(operation);
          if (estimate === undefined) {
            estimate = estimateRequest(schema, document, operation, request.variables, limits);
            if ((operation.variableDefinitions?.length ?? 0) === 0) constant.set(operation, estimate);
          }
          if (estimate.mutationFields > limits.maxMutations) {
            throw costError(
              `The operation runs ${estimate.mutationFields} mutations; at most ${limits.maxMutations} are allowed per request (CONNECTOR_GRAPH_MAX_MUTATIONS).`,
              { mutations: estimate.mutationFields, limit: limits.maxMutations },
            );
          }
          if (estimate.awsCalls > limits.maxAwsCalls) {
            throw costError(
              `The operation could make up to ${estimate.awsCalls} AWS calls; at most ${limits.maxAwsCalls} are allowed per request (CONNECTOR_GRAPH_MAX_AWS_CALLS). Ask for fewer items or split it.`,
              { estimatedAwsCalls: estimate.awsCalls, limit: limits.maxAwsCalls },
            );
          }
        },
      };
    },
  };
}
