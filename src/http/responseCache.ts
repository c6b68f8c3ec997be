import type { IncomingMessage } from 'node:http';
import { cacheControlOf } from '../aws/callLayers.js';
import type { RequestScope } from '../requestScope.js';

/** A response kept for re-use, and what it was built from. */
interface KeptResponse {
  status: number;
  /** Apollo's response headers but Cache-Control (recomputed for each re-use). */
  headers: Array<[string, string]>;
  body: string;
  operationName: string | null;
  /** The cached answers it was built from (RequestScope.sources). */
  sources: Array<(now: number) => number | undefined>;
  /** Re-used until then at most (the cache TTL after it was built: a response that read nothing stays this long). */
  until: number;
  /** Whether the request had an authenticated caller (`private` in Cache-Control). */
  private: boolean;
  bytes: number;
  /** Its request key (see `requestKey`). */
  request: string;
}

/** What a re-used response says (the route writes it; the request log records it). */
export interface ReusedResponse {
  status: number;
  headers: Array<[string, string]>;
  body: string;
  operationName: string | null;
}

export interface ResponseCacheOptions {
  /** Bytes of kept responses (bodies and keys) at most; the oldest go first. */
  maxBytes: number;
  /** The per-call cache's TTL in seconds. */
  ttlS: number;
}

/**
 * Heap held beyond the body and key, about: by one kept response (its object, headers, map entries) and by one source
 * check (a closure, its call's key, tags and generations). Measured: 30,000 kept one-read responses of a 260-byte
 * body held 2.1 KB each (`node --expose-gc`, live heap after against before).
 */
const RESPONSE_BYTES = 1024;
const SOURCE_BYTES = 400;

/** Bodies above this size are longer to compare than to build again, and are not worth the memory. */
const MAX_REQUEST_CHARS = 64 * 1024;

/**
 * The max-age running the query again would give its response (as the cache layer sets RequestScope.maxAgeS): the
 * least time any source has left, the TTL when it read none; undefined once a source is no longer current.
 */
function maxAgeOf(kept: KeptResponse, now: number, ttlS: number): number | undefined {
  if (now >= kept.until) return undefined;
  let maxAgeS = ttlS;
  for (const source of kept.sources) {
    const leftS = source(now);
    if (leftS === undefined) return undefined;
    maxAgeS = Math.min(maxAgeS, leftS);
  }
  return maxAgeS;
}

/**
 * Whole responses to repeated queries, kept in this process and re-used without running the query again, but only
 * while running it again could not answer otherwise: a response is kept only when it is a cacheable query answer
 * (no errors, nothing stale, no write, every answer it read came from this process's cache) and it is re-used only
 * while every cached answer it was built from is still the cache's current answer for its call (same object, same
 * invalidation generation, still fresh). So `createPlugin`, the TTL and `Cache-Control: no-cache` act on it exactly
 * as on the per-call cache behind it, which it never outlives.
 *
 * Keys: the request (POST with a JSON body: the parsed body re-serialized, and the Accept header, which chooses the
 * response's content type), then the caller (the raw Authorization header and the AWS identity the request was
 * authenticated as). A request is looked up by its body first, so the caller is only authenticated early for a body
 * some earlier request was answered for; one caller's response is never another's.
 */
export class ResponseCache {
  private readonly kept = new Map<string, KeptResponse>();
  /** How many kept responses each request key has (the lookup before authentication). */
  private readonly requests = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly options: ResponseCacheOptions) {}

  /** The request's key, or undefined when its answer is never kept (not a POST with a JSON object body, a fresh read asked for, too long). */
  requestKey(req: IncomingMessage, scope: RequestScope | undefined): string | undefined {
    const body = (req as { body?: unknown }).body;
    if (req.method !== 'POST' || scope === undefined || scope.noCache || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    if (typeof (body as { query?: unknown }).query !== 'string' || Number(req.headers['content-length']) > MAX_REQUEST_CHARS) return undefined;
    const text = JSON.stringify(body);
    if (text.length > MAX_REQUEST_CHARS) return undefined;
    return `${req.headers.accept ?? ''}\n${text}`;
  }

  /** Whether some caller has a kept response for this request (then authenticating the caller first is worth it). */
  has(request: string): boolean {
    return this.requests.has(request);
  }

  /** The kept response for this request and caller, if running the query again would answer the same now. */
  reuse(request: string, caller: string): ReusedResponse | undefined {
    const key = `${caller}\n${request}`;
    const kept = this.kept.get(key);
    if (kept === undefined) return undefined;
    const maxAgeS = maxAgeOf(kept, Date.now(), this.options.ttlS);
    if (maxAgeS === undefined) {
      this.drop(key, kept);
      return undefined;
    }
    return {
      status: kept.status,
      headers: [...kept.headers, ['cache-control', cacheControlOf(maxAgeS, kept.private)]],
      body: kept.body,
      operationName: kept.operationName,
    };
  }

  /**
   * Keeps a response the gateway just sent, when it may be re-used: status 200, a complete body, Cache-Control
   * `max-age` (a query answered without errors or stale answers; see awsCachePlugin) and a repeatable scope.
   */
  keep(request: string, caller: string, scope: RequestScope, isPrivate: boolean, response: { status: number; headers: Iterable<[string, string]>; body: string }): void {
    if (response.status !== 200 || !scope.repeatable || scope.staleAges.length > 0) return;
    const headers: Array<[string, string]> = [];
    let cacheable = false;
    for (const [name, value] of response.headers) {
      if (name === 'cache-control') cacheable = value.startsWith('max-age=');
      else headers.push([name, value]);
    }
    if (!cacheable) return;
    const key = `${caller}\n${request}`;
    // What it holds in the heap, about: the body and key, its own objects, and each source check.
    const bytes = response.body.length + key.length + RESPONSE_BYTES + scope.sources.length * SOURCE_BYTES;
    if (bytes > this.options.maxBytes / 4) return;
    const previous = this.kept.get(key);
    if (previous !== undefined) this.drop(key, previous);
    while (this.bytes + bytes > this.options.maxBytes) {
      const oldest = this.kept.entries().next().value;
      if (oldest === undefined) break;
      this.drop(oldest[0], oldest[1]);
    }
    this.kept.set(key, {
      status: response.status,
      headers,
      body: response.body,
      operationName: scope.operationName ?? null,
      sources: [...scope.sources],
      until: Date.now() + this.options.ttlS * 1000,
      private: isPrivate,
      bytes,
      request,
    });
    this.bytes += bytes;
    this.requests.set(request, (this.requests.get(request) ?? 0) + 1);
  }

  /** Responses kept now, and their bytes (for tests and the bench). */
  get size(): { responses: number; bytes: number } {
    return { responses: this.kept.size, bytes: this.bytes };
  }

  private drop(key: string, kept: KeptResponse): void {
    this.kept.delete(key);
    this.bytes -= kept.bytes;
    const left = (this.requests.get(kept.request) ?? 1) - 1;
    if (left > 0) this.requests.set(kept.request, left);
    else this.requests.delete(kept.request);
  }
}
