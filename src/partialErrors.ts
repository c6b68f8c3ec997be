import type { Context } from './context.js';
import type { RequestPlugin } from './requestPlugins.js';

/**
 * GraphQL lets a field either return data or fail. A cross-service list whose one service failed has both: the
 * items of the other services and that service's error. Resolvers put such errors in `context.partialErrors`
 * (already located on their field's path); this plugin appends them to the response's `errors`, after the errors
 * graphql-js produced, in the same formatted shape (message, locations, path, extensions).
 */
export function partialErrorsPlugin(): RequestPlugin<Context> {
  return {
    requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.partialErrors.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...contextValue.partialErrors.map((error) => error.toJSON())];
        },
      };
    },
  };
}
