import { ConfigError, helpText, loadConfig, wantsHelp } from './config.js';
import { createLogger } from './logger.js';
import { startTracing } from './telemetry/tracing.js';

/** `npm start`: read the configuration, connect the backend, serve the graph, stop cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  if (wantsHelp(process.argv.slice(2))) {
    process.stdout.write(helpText());
    return;
  }
  const config = loadConfig(process.argv.slice(2), process.env);
  const logger = createLogger(config.logLevel);
  quietSdkNodeVersionWarning(logger);
  // Tracing first: its instrumentations patch node:http, graphql and the AWS SDK as they load, so everything that
  // loads them is imported only afterwards.
  const tracing = config.ops.tracing ? await startTracing(process.env, logger) : undefined;
  const [{ connectBackend }, { createServer }, { startMetricsServer }] = await Promise.all([
    import('./backend.js'),
    import('./server.js'),
    import('./telemetry/metrics.js'),
  ]);
  const backend = await connectBackend(config, logger);
  const gateway = await createServer({ config, logger, clients: backend.clients });
  for (const [name, check] of Object.entries(backend.readinessChecks)) gateway.health.addCheck(name, check);
  const url = await gateway.listen(config.port, config.host);
  const metrics = config.ops.metricsPort === undefined ? undefined : await startMetricsServer(config.ops.metricsPort, config.host);
  logger.info(
    {
      url,
      pid: process.pid,
      ...(metrics === undefined ? {} : { metrics: metrics.url }),
      backend: config.backend,
      region: backend.clients.defaultRegion,
      ...(backend.emulator === undefined ? {} : { emulator: backend.emulator.url }),
      landingPage: config.landingPage,
      introspection: config.introspection,
      tracing: tracing !== undefined,
    },
    `connector-graph ready at ${url}`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, drainTimeoutMs: config.ops.drainTimeoutMs }, 'stopping: draining in-flight requests');
    // Apollo's drain closes the connections still open after drainTimeoutMs; this is the last resort if closing hangs.
    setTimeout(() => {
      logger.error('did not stop in time; exiting');
      process.exit(1);
    }, config.ops.drainTimeoutMs + 5000).unref();
    gateway
      .stop()
      .then(() => metrics?.close())
      .then(() => tracing?.shutdown())
      .then(() => backend.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'error while stopping');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/**
 * The AWS SDK prints a ten-line warning on Node < 22 (SDK releases from 2027 will need Node 22; the versions pinned
 * here run on Node 20). Say it once, as one log line, unless the operator set the SDK's own switch.
 */
function quietSdkNodeVersionWarning(logger: ReturnType<typeof createLogger>): void {
  if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED !== undefined) return;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    logger.info(
      { node: process.version },
      'AWS SDK releases from 2027 need Node 22; the pinned SDK versions run on this Node',
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`connector-graph: invalid configuration: ${error.message}\n`);
    process.exit(2);
  }
  const address = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? ' (the port is in use: pick another with --port)' : '';
  process.stderr.write(`connector-graph: failed to start${address}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
