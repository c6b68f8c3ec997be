import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';

/** The request hooks the gateway's own plugins use (a plugin using another hook must be added here, or TypeScript refuses it). */
export type RequestHooks<TContext extends BaseContext> = Pick<GraphQLRequestListener<TContext>, 'parsingDidStart' | 'didResolveOperation' | 'willSendResponse'>;

/**
 * One of the gateway's per-request concerns as an Apollo plugin would have it (the budget, the cache headers, the
 * request log, partial errors), minus the promise Apollo's types ask for: most have nothing to wait for.
 */
export interface RequestPlugin<TContext extends BaseContext> {
  requestDidStart(requestContext: GraphQLRequestContext<TContext>): RequestHooks<TContext> | undefined;
}

type EndHook = (error?: Error) => Promise<void>;

/**
 * The gateway's request plugins as one Apollo plugin: Apollo dispatches every hook of every plugin through promises
 * (`Promise.all` over all listeners, hook or not), for every request; with one listener, that cost is paid once.
 * The plugins' hooks run in the given order; a hook that throws stops the ones after it, as it stops the request.
 */
export function requestPlugins<TContext extends BaseContext>(plugins: readonly RequestPlugin<TContext>[]): ApolloServerPlugin<TContext> {
  return {
    requestDidStart(requestContext) {
      const listeners: RequestHooks<TContext>[] = [];
      for (const plugin of plugins) {
        const listener = plugin.requestDidStart(requestContext);
        if (listener !== undefined) listeners.push(listener);
      }
      const parsing = listeners.filter((listener) => listener.parsingDidStart !== undefined);
      const resolved = listeners.filter((listener) => listener.didResolveOperation !== undefined);
      const sending = listeners.filter((listener) => listener.willSendResponse !== undefined);
      const hooks: RequestHooks<TContext> = {};
      if (parsing.length > 0) {
        hooks.parsingDidStart = async (context) => {
          const ends: EndHook[] = [];
          for (const listener of parsing) {
            const end = await listener.parsingDidStart?.(context);
            if (end !== undefined) ends.push(end);
          }
          return async (error) => {
            for (const end of ends) await end(error);
          };
        };
      }
      if (resolved.length > 0) {
        hooks.didResolveOperation = async (context) => {
          for (const listener of resolved) await listener.didResolveOperation?.(context);
        };
      }
      if (sending.length > 0) {
        hooks.willSendResponse = async (context) => {
          for (const listener of sending) await listener.willSendResponse?.(context);
        };
      }
      return Promise.resolve(hooks);
    },
  };
}
