import type { Server } from 'node:http';
import type { HttpConfig } from '../config.js';

/**
 * Bounds what slow or numerous clients can hold: node:http answers 408 and closes the connection when the headers
 * (headersTimeout) or the whole request (requestTimeout) take too long, and closes connections beyond
 * maxConnections at once. Node checks both timeouts every `connectionsCheckingInterval` (default 30 s), which would
 * let a slow client linger up to that much longer than configured; the interval is set at creation (see
 * `httpServerOptions`).
 */
export function applyHttpLimits(server: Server, limits: HttpConfig): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.maxConnections = limits.maxConnections;
}

/** Options for `http.createServer`: check the timeouts often enough that they hold to about a second. */
export function httpServerOptions(limits: HttpConfig): { connectionsCheckingInterval: number } {
  return { connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs) };
}
