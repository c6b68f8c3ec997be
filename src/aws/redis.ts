import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { CacheEntry, CacheStore, MemoryStore } from './cache.js';

/** Milliseconds any Redis command may take before the gateway stops waiting for it and uses its local fallback. */
export const REDIS_COMMAND_TIMEOUT_MS = 250;

/**
 * A Redis connection that never makes a request wait for Redis: no offline queue (a command while disconnected
 * fails at once), a short command timeout, reconnection every second in the background. Logs one warning when Redis
 * goes away and one line when it is back.
 */
export function connectRedis(url: string, logger: Logger): { redis: Redis; close(): void } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => 1000,
  });
  let down = false;
  let closing = false;
  const wentAway = (reason: string): void => {
    if (down || closing) return;
    down = true;
    logger.warn({ redis: { reason } }, 'Redis unreachable: cache and rate limits fall back to this process until it is back');
  };
  redis.on('error', (error: Error) => wentAway(error.message));
  redis.on('close', () => wentAway('connection closed'));
  redis.on('ready', () => {
    if (!down || closing) return;
    down = false;
    logger.info('Redis is back: cache and rate limits are shared again');
  });
  return {
    redis,
    close: () => {
      closing = true;
      redis.disconnect();
    },
  };
}

/** JSON that keeps Dates (SDK outputs hold them). */
function encode(entry: CacheEntry): string {
  return JSON.stringify(entry, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : value;
  });
}

function decode(text: string): CacheEntry {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1) {
      return new Date((value as { $date: number }).$date);
    }
    return value;
  }) as CacheEntry;
}

const FLIGHT_LOCK_MS = 5000;
const FLIGHT_WAIT_MS = 2000;
const FLIGHT_POLL_MS = 20;

/**
 * The cache in Redis, shared by every replica; while Redis is unreachable (or slower than
 * REDIS_COMMAND_TIMEOUT_MS) it reads and writes `local` instead, so a request never fails or hangs on Redis.
 */
export class RedisStore implements CacheStore {
  constructor(
    private readonly redis: Redis,
    private readonly local: MemoryStore,
  ) {}

  private get up(): boolean {
    return this.redis.status === 'ready';
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    if (!this.up) return this.local.get(key);
    try {
      const text = await this.redis.get(key);
      return text === null ? undefined : decode(text);
    } catch {
      return this.local.get(key);
    }
  }

  async set(key: string, entry: CacheEntry, keepS: number): Promise<void> {
    if (!this.up) return this.local.set(key, entry, keepS);
    try {
      await this.redis.set(key, encode(entry), 'PX', Math.max(1, Math.round(keepS * 1000)));
    } catch {
      await this.local.set(key, entry, keepS);
    }
  }

  async generation(tag: string): Promise<number> {
    if (!this.up) return this.local.generation(tag);
    try {
      return Number((await this.redis.get(`cg:g:${tag}`)) ?? 0);
    } catch {
      return this.local.generation(tag);
    }
  }

  async bump(tag: string): Promise<void> {
    await this.local.bump(tag);
    if (!this.up) return;
    try {
      await this.redis.incr(`cg:g:${tag}`);
    } catch {
      // The local generation moved; Redis entries of the old generation expire with their TTL.
    }
  }

  /** One load per key across replicas: a lock key in Redis; the others poll for the answer the winner stores. */
  flight(key: string, load: () => Promise<CacheEntry>): Promise<CacheEntry | undefined> {
    return this.local.flight(key, async () => {
      if (!this.up) return load();
      let locked: string | null;
      try {
        locked = await this.redis.set(`${key}|lock`, '1', 'PX', FLIGHT_LOCK_MS, 'NX');
      } catch {
        return load();
      }
      if (locked === 'OK') {
        try {
          return await load();
        } finally {
          this.redis.del(`${key}|lock`).catch(() => undefined);
        }
      }
      const started = Date.now();
      const deadline = started + FLIGHT_WAIT_MS;
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, FLIGHT_POLL_MS));
        const found = await this.get(key);
        // Only the winner's answer: an older entry under the key is what the caller already found too old.
        if (found !== undefined && found.t >= started - FLIGHT_POLL_MS) return found;
        if (!this.up) break;
      }
      return load();
    });
  }
}
