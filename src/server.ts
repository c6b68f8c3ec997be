import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { createAuth } from './auth/index.js';
import type { AwsClients } from './aws/clients.js';
import { awsCachePlugin } from './aws/callLayers.js';
import { AUTH_OFF, DEFAULT_HTTP, type Config } from './config.js';
import type { Context } from './context.js';
import { costPlugin } from './cost/plugin.js';
import { createFormatError } from './errors.js';
import { corsOptions } from './frontend/cors.js';
import { createExplorer } from './frontend/explorer.js';
import { landingPagePlugin } from './frontend/landingPage.js';
import { hardenFormatError } from './http/errorMessages.js';
import { createGraphQLRoute, isPath, type Middleware } from './http/graphqlRoute.js';
import { ResponseCache } from './http/responseCache.js';
import { createRequestErrorHandler, notFound } from './http/requestErrors.js';
import { applyHttpLimits, httpServerOptions } from './http/limits.js';
import { createLoaders } from './loaders.js';
import { createCursorCodec } from './pagination.js';
import { partialErrorsPlugin } from './partialErrors.js';
import type { Logger } from './logger.js';
import { createSchema } from './schema.js';
import { Health } from './telemetry/health.js';
import { metricsHandler } from './telemetry/metrics.js';
import { logReusedResponse, requestLogPlugin } from './telemetry/requestLog.js';
import { requestPlugins } from './requestPlugins.js';
import { requestScope, scopeOf } from './requestScope.js';

export interface GatewayOptions {
  config: Pick<
    Config,
    'production' | 'introspection' | 'landingPage' | 'sandboxTelemetry' | 'corsOrigins' | 'corsLocalhost' | 'aws' | 'federation' | 'cost' | 'layers'
  > &
    /** Who may call; default: auth off (`none`). */
    Partial<Pick<Config, 'auth'>> &
    Partial<Pick<Config, 'ops' | 'http' | 'cursorSecret'>>;
  logger: Logger;
  /** The SDK clients every AWS call goes through (pointed at AWS or at the emulator). */
  clients: AwsClients;
}

export interface Gateway {
  readonly apollo: ApolloServer<Context>;
  readonly httpServer: Server;
  /** Liveness and readiness (`/health`, `/ready`); register readiness checks of other parts with `addCheck`. */
  readonly health: Health;
  /** Opens the port. Resolves with the GraphQL endpoint URL. */
  listen(port: number, host: string): Promise<string>;
  /**
   * Fails readiness, closes the port, lets in-flight requests finish (up to `ops.drainTimeoutMs`, then closes their
   * connections). Does not close the AWS clients (their owner does).
   */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Apollo's cache of parsed and validated documents, by size of their JSON (Apollo's own measure). Its default, 30 MiB,
 * holds about 120 MiB of heap: a parsed document keeps its tokens, about four times its JSON (8.8 KB for a 2.2 KB
 * one), so a caller sending ever-new query texts grew the gateway's live heap by that much. 8 MiB keeps several
 * thousand distinct operations, more than a frontend has, in about 32 MiB.
 */
export const DOCUMENT_STORE_BYTES = 8 * 1024 * 1024;

/**
 * Builds the whole gateway (schema, Apollo Server, HTTP app) without opening a port; `listen` opens it.
 * Routes: POST/GET /graphql (GET with Accept: text/html shows the landing page when enabled), GET /health, GET /ready,
 * GET /metrics (unless `ops.metricsPort` moves it to its own port).
 */
export async function createServer(options: GatewayOptions): Promise<Gateway> {
  const { config, logger, clients } = options;
  const app = express();
  const httpLimits = config.http ?? DEFAULT_HTTP;
  // /graphql is served by its own lean handler (built below, once Apollo has started; the port opens after that in
  // `listen`); Express serves the rest.
  const httpServer = createHttpServer(httpServerOptions(httpLimits), (req: IncomingMessage, res: ServerResponse) => {
    if (isPath(req.url, GRAPHQL_PATH)) graphqlRoute(req, res);
    else app(req, res);
  });
  applyHttpLimits(httpServer, httpLimits);
  const authConfig = config.auth ?? AUTH_OFF;
  const auth = createAuth({ config: authConfig, logger, clients });
  const cursors = createCursorCodec(config.cursorSecret);
  const explorer = createExplorer({ endpoint: GRAPHQL_PATH });
  const health = new Health();

  const apollo = new ApolloServer<Context>({
    schema: createSchema({ logger, federation: config.federation, authorization: authConfig.mode === 'jwt' }),
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_BYTES }),
    introspection: config.introspection,
    // main.ts owns shutdown (gateway, then clients and emulator); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: hardenFormatError(createFormatError({ production: config.production, logger }), {
      hideSuggestions: config.production || !config.introspection,
    }),
    hideSchemaDetailsFromClientErrors: config.production || !config.introspection,
    logger: {
      debug: (message) => logger.debug(message),
      info: (message) => logger.info(message),
      warn: (message) => logger.warn(message),
      error: (message) => logger.error(message),
    },
    plugins: [
      // The response's Cache-Control is written by awsCachePlugin from what the query read (see src/aws/callLayers.ts).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.ops?.drainTimeoutMs ?? 10_000 }),
      // The gateway's own per-request concerns, dispatched by Apollo as one plugin (see src/requestPlugins.ts), in
      // this order: partial errors join the response before the log line and Cache-Control look at its errors.
      requestPlugins<Context>([
        costPlugin({ ...config.cost, inventoryMaxItems: config.aws.inventoryMaxItems }),
        partialErrorsPlugin(),
        requestLogPlugin(logger),
        awsCachePlugin({ ttlS: config.layers.cacheTtlS }),
      ]),
      landingPagePlugin({ ...config, explorer }),
    ],
  });
  await apollo.start();
  health.markServing();

  app.disable('x-powered-by');
  if (config.landingPage === 'graphiql') app.use((req, res, next) => (explorer.handle(req, res) ? undefined : next()));
  app.get('/health', health.liveHandler);
  app.get('/ready', health.readyHandler);
  if (config.ops?.metricsPort === undefined) app.get('/metrics', metricsHandler);
  const requestErrors = createRequestErrorHandler(logger);
  const graphqlRoute = createGraphQLRoute({
    apollo,
    before: [cors<IncomingMessage>(corsOptions(config)) as Middleware, express.json({ limit: '1mb' }) as Middleware, requestScope],
    context: async (req): Promise<Context> => {
      const identified = await auth.identify(req.headers.authorization);
      const { caller } = identified;
      const scope = scopeOf(req);
      if (scope === undefined) throw new Error('the request scope middleware did not run before the GraphQL context');
      // With authentication, the fair share and retry quota follow the subject, not the address.
      if (caller !== undefined) scope.caller = `subject:${caller.issuer}|${caller.subject}`;
      const clients = identified.clients.forRequest(scope);
      return {
        scope,
        loaders: createLoaders({ clients, concurrency: config.aws.concurrency }),
        clients,
        caller,
        region: clients.defaultRegion,
        logger,
        cursors,
        limits: { concurrency: config.aws.concurrency, inventoryMaxItems: config.aws.inventoryMaxItems },
        partialErrors: [],
      };
    },
    onError: requestErrors,
    // Whole responses to repeated queries, re-used while the per-call cache still holds every answer they were built
    // from: only with that cache on and in this process (with Redis, answers are shared with replicas this process
    // cannot vouch for).
    ...(config.layers.responseCacheMiB > 0 && config.layers.cacheTtlS > 0 && config.layers.redisUrl === undefined
      ? {
          reuse: {
            cache: new ResponseCache({ maxBytes: config.layers.responseCacheMiB * 1024 * 1024, ttlS: config.layers.cacheTtlS }),
            scope: scopeOf,
            // Who: the exact credentials presented and the AWS identity they were given (a caller's own in `caller` mode).
            caller: (req: IncomingMessage, context: Context) => ({ key: `${req.headers.authorization ?? ''}\n${context.clients.identity}`, isPrivate: context.caller !== undefined }),
            reused: (context: Context, response: { operationName: string | null }, startedAt: bigint) => logReusedResponse(logger, context, response.operationName, startedAt),
          },
        }
      : {}),
  });
  app.use(notFound);
  app.use(requestErrors);

  return {
    apollo,
    httpServer,
    health,
    listen: (port, host) =>
      new Promise<string>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}${GRAPHQL_PATH}`);
        });
      }),
    stop: async () => {
      health.markDraining();
      await apollo.stop();
      auth.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
