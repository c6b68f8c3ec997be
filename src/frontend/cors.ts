import type { CorsOptions } from 'cors';

/** Any port on the loopback names a local frontend dev server uses (http only). */
export const LOCAL_FRONTEND_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d{1,5}$/;

/**
 * CORS for /graphql: the configured origins (Sandbox's plus CONNECTOR_GRAPH_CORS_ORIGINS), and with `localhost`
 * (the emulator's default) any http://localhost:<port> so local frontends work without configuration.
 */
export function corsOptions(options: { corsOrigins: readonly string[]; corsLocalhost: boolean }): CorsOptions {
  return { origin: [...options.corsOrigins, ...(options.corsLocalhost ? [LOCAL_FRONTEND_ORIGIN] : [])] };
}
