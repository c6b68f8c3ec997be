import type { IncomingMessage, ServerResponse } from 'node:http';

/** A readiness check: resolves when its part is ready, rejects (or throws) with the reason when not. */
export type ReadinessCheck = () => Promise<void> | void;

/** How long one readiness check may take before it counts as failed. */
const CHECK_TIMEOUT_MS = 2000;

export interface ReadinessReport {
  status: 'ready' | 'starting' | 'not ready' | 'draining';
  /** `ok`, or why the check failed. */
  checks: Record<string, string>;
}

/**
 * Liveness and readiness. `/health` answers 200 while the process serves HTTP at all. `/ready` answers 200 only when
 * the gateway is serving (schema built, Apollo started) and every registered check passes, and 503 while starting,
 * while draining after SIGTERM/SIGINT, or when a check fails. Layers that need a part to be reachable (AWS
 * credentials, Redis) register a check with `addCheck` where they are wired.
 */
export class Health {
  private state: 'starting' | 'serving' | 'draining' = 'starting';
  private readonly checks = new Map<string, ReadinessCheck>();

  /** Adds (or replaces) a named readiness check. */
  addCheck(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** The schema is built and Apollo Server has started. */
  markServing(): void {
    if (this.state === 'starting') this.state = 'serving';
  }

  /** Shutdown has begun: readiness fails from now on, so load balancers stop sending new requests. */
  markDraining(): void {
    this.state = 'draining';
  }

  get draining(): boolean {
    return this.state === 'draining';
  }

  /** Runs every check (side by side, each bounded) and reports. Never throws. */
  async readiness(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]): Promise<[string, string]> => [name, await runCheck(check)]),
    );
    const checks = Object.fromEntries(entries);
    if (this.state !== 'serving') return { status: this.state, checks };
    return { status: entries.every(([, result]) => result === 'ok') ? 'ready' : 'not ready', checks };
  }

  /** `GET /health` (plain node:http handler). */
  readonly liveHandler = (_req: IncomingMessage, res: ServerResponse): void => {
    sendJson(res, 200, { status: 'ok' });
  };

  /** `GET /ready` (plain node:http handler). */
  readonly readyHandler = (_req: IncomingMessage, res: ServerResponse): void => {
    void this.readiness().then((report) => sendJson(res, report.status === 'ready' ? 200 : 503, report));
  };
}

async function runCheck(check: ReadinessCheck): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.resolve().then(check),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return 'ok';
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
  } finally {
    clearTimeout(timer);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}
