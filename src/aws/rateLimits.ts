import { StandardRetryStrategy } from '@smithy/core/retry';
import type { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GatewayError } from '../errors.js';
import { rateLimitRefusals, rateLimitWaits } from '../telemetry/metrics.js';
import type { AttemptInfo, AttemptLayer } from './layers.js';
import { DEFAULT_RATE, DOCUMENTED_RATES, type Rate } from './rates.js';

export interface RateLimitOptions {
  /** Overrides by operation name; `*` replaces DEFAULT_RATE. */
  overrides: Readonly<Record<string, Rate>>;
  /** How long a call may wait for a token before it fails with THROTTLED. */
  waitMs: number;
  /** When set, the buckets live in Redis (shared by every replica); a local bucket at `localShare` stands in while Redis is away. */
  redis?: Redis;
  /** Share of each rate a replica uses on its own while Redis is unreachable. */
  localShare?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** THROTTLED for a call the gateway refused; `waitedMs` is how long this call actually waited for a token (whole ms). */
function throttled(call: AttemptInfo, waitedMs: number): GatewayError {
  rateLimitRefusals.inc({ service: call.service, operation: call.operation });
  const error = new GatewayError(
    `The gateway's own rate limit for ${call.service} ${call.operation} in ${call.region} is used up; AWS was not called. Retry later.`,
    { code: 'THROTTLED', retryable: true },
  );
  error.extensions.throttledBy = 'gateway';
  error.extensions.waitedMs = Math.max(0, Math.round(waitedMs));
  return error;
}

/**
 * One rate-limiter-flexible limiter: in memory, or in Redis with a memory limiter at `localShare` of its points
 * standing in while Redis is unreachable (rejectIfRedisNotReady: a request never waits for Redis).
 */
function limiter(points: number, duration: number, keyPrefix: string, redis: Redis | undefined, localShare: number): RateLimiterAbstract {
  if (redis === undefined) return new RateLimiterMemory({ points, duration, keyPrefix });
  return new RateLimiterRedis({
    storeClient: redis,
    points,
    duration,
    keyPrefix: `cg:rl:${keyPrefix}`,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ points: Math.max(1, Math.floor(points * localShare)), duration, keyPrefix: `local:${keyPrefix}` }),
  });
}

/** A bucket with a burst, as rate-limiter-flexible builds one: `rate` per second plus up to `burst - rate` more. */
function bucket(rate: Rate, prefix: string, redis: Redis | undefined, localShare: number): RateLimiterAbstract | BurstyRateLimiter {
  // Below one call per second the base bucket holds one token per 1/rate seconds.
  const [points, duration] = rate.rate >= 1 ? [Math.floor(rate.rate), 1] : [1, Math.ceil(1 / rate.rate)];
  const extra = rate.burst - points;
  const base = limiter(points, duration, `${prefix}:rate`, redis, localShare);
  if (extra <= 0) return base;
  return new BurstyRateLimiter(base, limiter(extra, Math.max(1, Math.ceil(extra / rate.rate)), `${prefix}:burst`, redis, localShare));
}

/** How long ago a caller counts as active on a bucket, for its fair share. */
const ACTIVE_WINDOW_MS = 5000;

/**
 * Marks a caller active on a bucket and counts the callers active in the last ACTIVE_WINDOW_MS, in one atomic step on
 * Redis's clock (so replicas with skewed clocks agree): a sorted set of callers scored by when each was last seen.
 */
const ACTIVE_CALLERS_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('PEXPIRE', KEYS[1], window)
return redis.call('ZCARD', KEYS[1])`;

/** The callers active on each bucket: in this process, or in Redis (shared by every replica) with this process's count standing in while Redis is away. */
class ActiveCallers {
  private readonly local = new Map<string, Map<string, number>>();

  constructor(private readonly redis: Redis | undefined) {}

  /** Notes `caller` as active on `bucket` now; returns how many callers are active on it (at least 1). */
  async touch(bucket: string, caller: string, now: number): Promise<number> {
    const seen = this.local.get(bucket) ?? new Map<string, number>();
    this.local.set(bucket, seen);
    seen.set(caller, now);
    for (const [other, at] of seen) if (now - at > ACTIVE_WINDOW_MS) seen.delete(other);
    const redis = this.redis;
    if (redis?.status !== 'ready') return seen.size;
    try {
      const count = await redis.eval(ACTIVE_CALLERS_LUA, 1, `cg:active:${bucket}`, caller, String(ACTIVE_WINDOW_MS));
      return Math.max(1, Number(count));
    } catch {
      return seen.size;
    }
  }
}

/**
 * Token buckets per (AWS account, region, operation), as AWS's quotas are: shared by every identity of this gateway
 * that acts as one account (so several callers of one account stay within its quota together), separate for
 * identities in different accounts (see AccountIds for where the account comes from), in memory or in Redis.
 * A call waits for a token up to `waitMs`, then fails with THROTTLED (`throttledBy: "gateway"`), and AWS is not
 * called. Fairness: while n callers use a bucket, each may take at most 1/n of its rate (at least one call per
 * second); alone, a caller has all of it. With Redis the active callers and each caller's share live in Redis too, so
 * the shares hold across replicas; while Redis is away each replica falls back to its own, like the buckets.
 */
export function createRateLimitLayer(options: RateLimitOptions): AttemptLayer {
  const localShare = options.localShare ?? 0.5;
  const rateOf = (operation: string): Rate => options.overrides[operation] ?? options.overrides['*'] ?? DOCUMENTED_RATES[operation] ?? DEFAULT_RATE;
  const active = new ActiveCallers(options.redis);
  const buckets = new Map<string, { shared: RateLimiterAbstract | BurstyRateLimiter; perCaller: RateLimiterAbstract; rate: Rate }>();
  const bucketFor = (key: string, operation: string) => {
    let entry = buckets.get(key);
    if (entry === undefined) {
      const rate = rateOf(operation);
      const burst = Math.max(1, Math.floor(rate.burst));
      entry = {
        rate,
        shared: bucket(rate, key, options.redis, localShare),
        // Each caller's own burst-sized bucket (the local stand-in keeps all of it: the shared stand-in is already smaller).
        perCaller: limiter(burst, Math.max(1, Math.ceil(rate.burst / rate.rate)), `caller:${key}`, options.redis, 1),
      };
      buckets.set(key, entry);
    }
    return entry;
  };

  /** Takes one token, waiting while the limiter says a token comes before the deadline; notes in `wait` that it waited. */
  const take = async (
    limiter: RateLimiterAbstract | BurstyRateLimiter,
    key: string,
    points: number,
    deadline: number,
    wait: { waited: boolean },
  ): Promise<boolean> => {
    for (;;) {
      try {
        await limiter.consume(key, points);
        return true;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const ms = Math.max(1, rejection.msBeforeNext);
        if (Date.now() + ms > deadline) return false;
        wait.waited = true;
        await sleep(ms);
      }
    }
  };

  return async (call) => {
    const key = `${call.account}|${call.region}|${call.operation}`;
    const entry = bucketFor(key, call.operation);
    const caller = call.caller;
    const now = Date.now();
    const callers = await active.touch(key, caller, now);
    const deadline = now + options.waitMs;
    // The caller's share: with n active callers each call costs n of the caller's own burst-sized bucket.
    const share = Math.min(callers, Math.max(1, Math.floor(entry.rate.burst)));
    const wait = { waited: false };
    if (!(await take(entry.perCaller, caller, share, deadline, wait))) throw throttled(call, Date.now() - now);
    if (!(await take(entry.shared, 'bucket', 1, deadline, wait))) {
      await entry.perCaller.reward(caller, share);
      throw throttled(call, Date.now() - now);
    }
    // Counted once per call that went out late (refusals are counted by `throttled`).
    if (wait.waited) rateLimitWaits.inc({ service: call.service, operation: call.operation });
  };
}

/**
 * The SDK's standard retry strategy, one per caller, so each caller has its own retry quota: a caller whose calls
 * are throttled again and again uses up its own retry tokens, not everyone's. The SDK's retry middleware is given
 * the strategy of each call's caller (see registerAttemptLayers). At most `maxCallers` quotas are kept (the least
 * recently used is dropped and starts afresh when that caller returns).
 */
export class RetryQuotas {
  private readonly strategies = new Map<string, StandardRetryStrategy>();

  constructor(
    private readonly maxAttempts: number,
    private readonly maxCallers = 1000,
  ) {}

  strategyFor(caller: string): StandardRetryStrategy {
    let strategy = this.strategies.get(caller);
    if (strategy === undefined) {
      strategy = new StandardRetryStrategy(this.maxAttempts);
      if (this.strategies.size >= this.maxCallers) {
        const oldest = this.strategies.keys().next().value;
        if (oldest !== undefined) this.strategies.delete(oldest);
      }
    } else {
      this.strategies.delete(caller);
    }
    this.strategies.set(caller, strategy);
    return strategy;
  }
}
