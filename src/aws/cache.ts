import { GatewayError } from '../errors.js';
import { cacheLookups } from '../telemetry/metrics.js';
import type { AwsService } from './clients.js';
import { isRead, type CallInfo, type CallLayer } from './layers.js';
import { loadSdk } from './sdk.js';

/** One cached answer: the SDK output, or the RESOURCE_NOT_FOUND AWS gave; `t` = when it was read (ms). */
export interface CacheEntry {
  t: number;
  v?: unknown;
  notFound?: { message: string; requestId: string | undefined };
}

/** Where cached answers live: this process (MemoryStore) or Redis (redis.ts). Never throws: a failing store is a miss. */
export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  /** Keeps the entry for `keepS` seconds. */
  set(key: string, entry: CacheEntry, keepS: number): Promise<void>;
  /** The current generation of a tag (0 when never bumped); keys include it, so bumping invalidates them all. */
  generation(tag: string): Promise<number>;
  bump(tag: string): Promise<void>;
  /**
   * Single flight across requests (and, in Redis, across replicas): runs `load` unless an identical load is under
   * way, in which case it waits for that one's answer and returns undefined if none came.
   */
  flight(key: string, load: () => Promise<CacheEntry>): Promise<CacheEntry | undefined>;
  /**
   * Synchronous reads of what the store holds now, for the response cache's checks (src/http/responseCache.ts); only
   * a store in this process has them (Redis answers are not this process's to vouch for).
   */
  readonly inProcess?: {
    /**
     * Which `set` of `key` the store holds now (a number no other `set` gets), undefined once it is gone or expired;
     * with `entry`, only if what it holds is that very entry.
     */
    version(key: string, entry?: CacheEntry): number | undefined;
    generation(tag: string): number;
  };
}

/** In-process store: a Map with expiry times, bounded by `maxEntries` (the oldest entries go first). */
export class MemoryStore implements CacheStore {
  private readonly entries = new Map<string, { entry: CacheEntry; until: number; version: number }>();
  private versions = 0;
  private readonly generations = new Map<string, number>();
  private readonly flights = new Map<string, Promise<CacheEntry>>();

  constructor(private readonly maxEntries = 10_000) {}

  readonly inProcess = {
    version: (key: string, entry?: CacheEntry): number | undefined => {
      const found = this.entries.get(key);
      if (found === undefined || found.until <= Date.now() || (entry !== undefined && found.entry !== entry)) return undefined;
      return found.version;
    },
    generation: (tag: string): number => this.generations.get(tag) ?? 0,
  };

  get(key: string): Promise<CacheEntry | undefined> {
    const found = this.entries.get(key);
    if (found === undefined) return Promise.resolve(undefined);
    if (found.until <= Date.now()) {
      this.entries.delete(key);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(found.entry);
  }

  set(key: string, entry: CacheEntry, keepS: number): Promise<void> {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { entry, until: Date.now() + keepS * 1000, version: ++this.versions });
    return Promise.resolve();
  }

  generation(tag: string): Promise<number> {
    return Promise.resolve(this.generations.get(tag) ?? 0);
  }

  bump(tag: string): Promise<void> {
    this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1);
    return Promise.resolve();
  }

  async flight(key: string, load: () => Promise<CacheEntry>): Promise<CacheEntry | undefined> {
    let pending = this.flights.get(key);
    if (pending === undefined) {
      pending = load().finally(() => this.flights.delete(key));
      this.flights.set(key, pending);
    }
    return pending;
  }
}

/** Seconds a RESOURCE_NOT_FOUND answer is remembered (at most the TTL). */
export const NOT_FOUND_TTL_S = 5;

type NotFoundConstructor = new (options: { message: string; $metadata: { httpStatusCode: number; requestId?: string } }) => Error;

/** The service's own ResourceNotFoundException (a remembered one may come from another replica, through Redis). */
async function notFoundError(service: AwsService, notFound: NonNullable<CacheEntry['notFound']>): Promise<Error> {
  const Exception = (await loadSdk[service]()).ResourceNotFoundException as unknown as NotFoundConstructor;
  return new Exception({
    message: notFound.message,
    $metadata: { httpStatusCode: 404, ...(notFound.requestId === undefined ? {} : { requestId: notFound.requestId }) },
  });
}

/** AWS throttled the call, failed on its side, could not be reached, or the gateway's own bucket was empty. */
function isOutage(error: unknown): boolean {
  if (error instanceof GatewayError) return error.extensions.code === 'THROTTLED';
  if (!(error instanceof Error)) return false;
  const meta = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const status = meta?.httpStatusCode;
  if (error.name === 'ThrottlingException' || status === 429 || (status !== undefined && status >= 500)) return true;
  const code = (error as NodeJS.ErrnoException).code;
  return ['TimeoutError', 'RequestTimeout', 'AbortError'].includes(error.name) || (code !== undefined && /^E[A-Z]+$/.test(code));
}

/**
 * What a write changes, as cache tags: CreatePlugin adds a plugin to its application, so that application's
 * ListPlugins pages and its GetPlugin answers (a remembered RESOURCE_NOT_FOUND for the new id included) are dropped.
 */
function tagsOf(call: CallInfo): string[] {
  const applicationId = call.input.applicationId;
  if (call.service === 'qbusiness' && typeof applicationId === 'string') return [`${call.identity}|${call.region}|qbusiness|${applicationId}`];
  return [];
}

/**
 * One RequestScope.sources check: seconds the answer stored as `version` of `key` stays fresh at `at`, or undefined
 * once the store holds another (or none) or a tag was bumped. Made out here, from plain values, so the closure holds
 * nothing of the request (a closure made inside the layer would keep its whole scope alive with the kept response).
 */
function sourceCheck(local: NonNullable<CacheStore['inProcess']>, key: string, version: number, tags: string[], generations: number[], until: number) {
  return (at: number): number | undefined =>
    at < until && local.version(key) === version && tags.every((tag, i) => local.generation(tag) === generations[i])
      ? Math.max(0, Math.round((until - at) / 1000))
      : undefined;
}

type LookupResult = 'hit' | 'miss' | 'bypass' | 'stale';

export interface CacheOptions {
  store: CacheStore;
  ttlS: number;
  maxStaleS: number;
}

/**
 * The cross-request cache, as a call layer. Reads (Get/Describe/List) are kept for `ttlS` seconds under the call's
 * key (identity, region, service, operation, input; see layers.ts), and for `maxStaleS` more as a fallback: when AWS
 * throttles, fails or cannot be reached, an answer at most `maxStaleS` old is served and the request scope records
 * its age (the response says `extensions.stale`). Identical misses share one AWS call (single flight). Errors are not
 * kept, except RESOURCE_NOT_FOUND for NOT_FOUND_TTL_S. A request with `Cache-Control: no-cache` skips the cached
 * answer (but refreshes it). Writes drop what they change (tagsOf).
 */
export function createCacheLayer(options: CacheOptions): CallLayer {
  const { store, ttlS, maxStaleS } = options;
  return async (call, next) => {
    const tags = tagsOf(call);
    if (!isRead(call.operation)) {
      if (call.scope !== undefined) call.scope.repeatable = false;
      const output = await next();
      await Promise.all(tags.map((tag) => store.bump(tag)));
      return output;
    }
    const generations = await Promise.all(tags.map((tag) => store.generation(tag)));
    const key = `cg:c:${call.key}|${generations.join('.')}`;
    const scope = call.scope;
    const now = Date.now();
    const cached = await store.get(key);
    const ttlOf = (entry: CacheEntry): number => (entry.notFound === undefined ? ttlS : Math.min(ttlS, NOT_FOUND_TTL_S));
    const answer = async (entry: CacheEntry): Promise<unknown> => {
      const leftS = Math.max(0, Math.round((entry.t + ttlOf(entry) * 1000 - Date.now()) / 1000));
      if (scope !== undefined) {
        scope.maxAgeS = Math.min(scope.maxAgeS ?? leftS, leftS);
        const local = store.inProcess;
        const version = local?.version(key, entry);
        if (local === undefined || version === undefined) scope.repeatable = false;
        else {
          // While this entry is still the one a new read of this call would get (same tag generations, the same
          // `set` in the store, fresh), a response built from it is what running the query again would build. The
          // check holds the key and the version, not the entry: a kept response never keeps an answer alive.
          scope.sources.push(sourceCheck(local, key, version, tags, generations, entry.t + ttlOf(entry) * 1000));
        }
      }
      if (entry.notFound !== undefined) throw await notFoundError(call.service, entry.notFound);
      return entry.v;
    };
    const count = (result: LookupResult) => cacheLookups.inc({ service: call.service, operation: call.operation, result });
    if (cached !== undefined && scope?.noCache !== true && now - cached.t < ttlOf(cached) * 1000) {
      count('hit');
      return answer(cached);
    }
    count(scope?.noCache === true ? 'bypass' : 'miss');

    let failure: unknown;
    const load = async (): Promise<CacheEntry> => {
      try {
        const entry: CacheEntry = { t: Date.now(), v: await next() };
        await store.set(key, entry, ttlS + maxStaleS);
        return entry;
      } catch (error) {
        if (error instanceof Error && error.name === 'ResourceNotFoundException') {
          const requestId = (error as { $metadata?: { requestId?: string } }).$metadata?.requestId;
          const entry: CacheEntry = { t: Date.now(), notFound: { message: error.message, requestId } };
          await store.set(key, entry, Math.min(ttlS, NOT_FOUND_TTL_S));
          return entry;
        }
        failure = error;
        throw error;
      }
    };
    try {
      const entry = scope?.noCache === true ? await load() : await store.flight(key, load);
      // A flight in another replica ended without an answer: call AWS ourselves.
      return await answer(entry ?? (await load()));
    } catch (error) {
      const reason = failure ?? error;
      if (cached !== undefined && cached.notFound === undefined && isOutage(reason) && now - cached.t <= maxStaleS * 1000) {
        count('stale');
        if (scope !== undefined) {
          scope.staleAges.push(Math.floor((now - cached.t) / 1000));
          scope.maxAgeS = 0;
          scope.repeatable = false;
        }
        return cached.v;
      }
      throw error;
    }
  };
}
