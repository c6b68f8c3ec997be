import type { OperationName } from './operation.js';
import type { ServiceName } from './wire.js';
import { modeledStatus } from './wire.js';

/**
 * Fault injection, per operation, for tests and demos.
 *
 * Selection contract: for each request the registry walks the operation's faults in the order they were added and
 * applies the first one that fires. A fault fires when its `match` fits the request's input members, its `times`
 * is not used up and, for a throttle fault, the request exceeds the rate. A throttle fault whose bucket still has
 * a token lets the request through (it takes the token) and the walk continues with the next fault. Firing uses
 * up one of `times`; a fault whose `times` reach zero is removed.
 */
export interface Fault {
  /** Wait this long before answering (also before an injected error or a dropped connection). */
  latencyMs?: number;
  /**
   * Answer with this AWS error. `status` defaults to the status the service documents for `type`, and is
   * required for a type the service does not model. `body` members are merged into the service-shaped error body.
   */
  error?: { type: string; status?: number; message?: string; body?: Record<string, unknown> };
  /** Requests beyond this rate (token bucket per fault, burst = rate) get ThrottlingException 429. */
  throttleAbovePerSecond?: number;
  /** Destroy the socket without answering ("response lost"). */
  dropConnection?: boolean;
  /** With `dropConnection`: run the real handler first (so a create is committed), then drop. */
  afterHandling?: boolean;
  /** Apply to the next N firing requests only; default: until removed. */
  times?: number;
  /** Only requests whose input members (AWS member names) equal these values. */
  match?: Record<string, string>;
}

/** What the server must do for a request that a fault fired on. */
export interface FiredFault {
  readonly fault: Fault;
  /** True when the fault fired because the request exceeded `throttleAbovePerSecond`. */
  readonly throttled: boolean;
}

interface ActiveFault {
  readonly id: number;
  readonly operation: OperationName;
  readonly fault: Fault;
  remaining: number;
  bucket?: { tokens: number; updatedAt: number };
}

/** Throws a TypeError naming the first problem; used for faults from code and from the HTTP control API. */
export function validateFault(operation: string, service: ServiceName, fault: unknown): Fault {
  const where = `Fault for ${operation}`;
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) throw new TypeError(`${where}: must be an object`);
  const f = fault as Record<string, unknown>;
  const known = ['latencyMs', 'error', 'throttleAbovePerSecond', 'dropConnection', 'afterHandling', 'times', 'match'];
  for (const key of Object.keys(f)) {
    if (!known.includes(key)) throw new TypeError(`${where}: unknown member '${key}' (expected one of ${known.join(', ')})`);
  }
  const nonNegative = (key: string): void => {
    const v = f[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
      throw new TypeError(`${where}: ${key} must be a finite number >= 0`);
    }
  };
  nonNegative('latencyMs');
  const rate = f['throttleAbovePerSecond'];
  if (rate !== undefined && (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0)) {
    throw new TypeError(`${where}: throttleAbovePerSecond must be a number > 0`);
  }
  const times = f['times'];
  if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1)) {
    throw new TypeError(`${where}: times must be an integer >= 1`);
  }
  for (const key of ['dropConnection', 'afterHandling']) {
    if (f[key] !== undefined && typeof f[key] !== 'boolean') throw new TypeError(`${where}: ${key} must be a boolean`);
  }
  const match = f['match'];
  if (match !== undefined) {
    if (typeof match !== 'object' || match === null || Array.isArray(match)) throw new TypeError(`${where}: match must be an object`);
    for (const [key, value] of Object.entries(match)) {
      if (typeof value !== 'string') throw new TypeError(`${where}: match.${key} must be a string`);
    }
  }
  const error = f['error'];
  if (error !== undefined) {
    if (typeof error !== 'object' || error === null || Array.isArray(error)) throw new TypeError(`${where}: error must be an object`);
    const e = error as Record<string, unknown>;
    const type = e['type'];
    if (typeof type !== 'string' || !/^[A-Za-z][\w.]*$/.test(type)) throw new TypeError(`${where}: error.type must be an error shape name`);
    const status = e['status'];
    if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 300 || status > 599)) {
      throw new TypeError(`${where}: error.status must be an integer HTTP status in 300..599`);
    }
    if (status === undefined && modeledStatus(service, type) === undefined) {
      throw new TypeError(`${where}: ${service} does not model '${type}', so error.status is required`);
    }
    if (e['message'] !== undefined && typeof e['message'] !== 'string') throw new TypeError(`${where}: error.message must be a string`);
    const body = e['body'];
    if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
      throw new TypeError(`${where}: error.body must be an object`);
    }
  }
  if (f['afterHandling'] === true && f['dropConnection'] !== true) {
    throw new TypeError(`${where}: afterHandling only applies together with dropConnection: true`);
  }
  return structuredClone(f) as Fault;
}

/** Burst size of a throttle bucket: one second's worth of requests, at least one request. */
function bucketCapacity(ratePerSecond: number): number {
  return Math.max(1, ratePerSecond);
}

export class FaultRegistry {
  #nextId = 1;
  #active: ActiveFault[] = [];
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** Adds a validated fault; returns its id. */
  add(operation: OperationName, fault: Fault): number {
    const id = this.#nextId++;
    const active: ActiveFault = { id, operation, fault, remaining: fault.times ?? Number.POSITIVE_INFINITY };
    if (fault.throttleAbovePerSecond !== undefined) {
      active.bucket = { tokens: bucketCapacity(fault.throttleAbovePerSecond), updatedAt: this.#now() };
    }
    this.#active.push(active);
    return id;
  }

  remove(id: number): boolean {
    const before = this.#active.length;
    this.#active = this.#active.filter((f) => f.id !== id);
    return this.#active.length !== before;
  }

  clear(operation?: OperationName): void {
    this.#active = operation === undefined ? [] : this.#active.filter((f) => f.operation !== operation);
  }

  list(): { id: number; operation: OperationName; fault: Fault; remaining: number | null }[] {
    return this.#active.map((f) => ({
      id: f.id,
      operation: f.operation,
      fault: structuredClone(f.fault),
      remaining: Number.isFinite(f.remaining) ? f.remaining : null,
    }));
  }

  /** Picks the fault that fires for this request (see the contract above), or undefined. */
  select(operation: OperationName, params: Readonly<Record<string, string>>): FiredFault | undefined {
    for (const active of this.#active) {
      if (active.operation !== operation || active.remaining <= 0) continue;
      const match = active.fault.match;
      if (match !== undefined && !Object.entries(match).every(([key, value]) => params[key] === value)) continue;
      let throttled = false;
      if (active.bucket !== undefined) {
        const rate = active.fault.throttleAbovePerSecond ?? 0;
        const now = this.#now();
        active.bucket.tokens = Math.min(bucketCapacity(rate), active.bucket.tokens + ((now - active.bucket.updatedAt) / 1000) * rate);
        active.bucket.updatedAt = now;
        if (active.bucket.tokens >= 1) {
          active.bucket.tokens -= 1;
          continue; // within the rate: this fault does not fire
        }
        throttled = true;
      }
      active.remaining -= 1;
      if (active.remaining <= 0) this.remove(active.id);
      return { fault: active.fault, throttled };
    }
    return undefined;
  }
}
