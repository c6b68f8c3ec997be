import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { OperationName } from './operation.js';

/**
 * Pagination for the list operations: opaque, authenticated, expiring next tokens over the store's insertion order.
 *
 * Token format: `<payload>.<mac>`, both base64url.
 *   payload = JSON `{"v":1,"s":<scope hash>,"a":<id of the last item scanned>,"i":<items scanned>,"t":<issued at, ms>}`
 *   mac     = the first 16 bytes of HMAC-SHA256(key, payload), key = 32 random bytes per emulator instance.
 * The scope hash identifies the list: operation + region + owner (application or account) + filters, so a token
 * is refused by any other list, region or filter set. maxResults may change from page to page (as in AWS).
 *
 * Cursor contract: a page continues after the item whose id the token names (found again in the current list), so
 * items created after the first page appear at the end; if that item was deleted meanwhile, the page continues at
 * the scanned count instead.
 */

export interface ListScope {
  readonly operation: OperationName;
  readonly region: string;
  /** The application (ListPlugins), the account (ListActionConnectors) or '' (ListConnectorsV2). */
  readonly owner: string;
  /** Filter members as sent; absent filters are left out. */
  readonly filters?: Readonly<Record<string, string>>;
}

/** Where the next page starts. */
export interface Cursor {
  readonly after: string;
  readonly index: number;
}

/** Why a token was refused; each service maps this to its documented exception. */
export type TokenProblem = 'malformed' | 'expired' | 'foreign';

export type TokenResult = { readonly ok: true; readonly cursor: Cursor } | { readonly ok: false; readonly problem: TokenProblem };

/** The message for a refused token, the same wording for all three services. */
export function tokenProblemMessage(problem: TokenProblem, member: string): string {
  switch (problem) {
    case 'malformed':
      return `The ${member} is not valid. Pass the token exactly as a previous response returned it.`;
    case 'expired':
      return `The ${member} has expired. Start the listing again without a ${member}.`;
    case 'foreign':
      return `The ${member} was issued for a different list (other operation, resource, region or filters). Use it only with the request parameters that returned it.`;
  }
}

function scopeHash(scope: ListScope): string {
  const filters = Object.entries(scope.filters ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const identity = JSON.stringify([scope.operation, scope.region, scope.owner, filters]);
  return createHash('sha256').update(identity).digest('base64url').slice(0, 22);
}

export class PageTokens {
  readonly #key: Buffer;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(ttlMs: number, now: () => number = Date.now, key: Buffer = randomBytes(32)) {
    this.#ttlMs = ttlMs;
    this.#now = now;
    this.#key = key;
  }

  #mac(payload: string): Buffer {
    return createHmac('sha256', this.#key).update(payload).digest().subarray(0, 16);
  }

  issue(scope: ListScope, cursor: Cursor): string {
    const payload = Buffer.from(
      JSON.stringify({ v: 1, s: scopeHash(scope), a: cursor.after, i: cursor.index, t: this.#now() }),
    ).toString('base64url');
    return `${payload}.${this.#mac(payload).toString('base64url')}`;
  }

  read(token: string, scope: ListScope): TokenResult {
    const malformed: TokenResult = { ok: false, problem: 'malformed' };
    const m = /^([A-Za-z0-9_-]{1,4096})\.([A-Za-z0-9_-]{22})$/.exec(token);
    if (m === null) return malformed;
    const [, payload = '', mac = ''] = m;
    const expected = this.#mac(payload);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return malformed;
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return malformed;
    }
    if (typeof data !== 'object' || data === null) return malformed;
    const { v, s, a, i, t } = data as Record<string, unknown>;
    if (v !== 1 || typeof s !== 'string' || typeof a !== 'string' || typeof i !== 'number' || typeof t !== 'number') return malformed;
    if (s !== scopeHash(scope)) return { ok: false, problem: 'foreign' };
    if (this.#now() - t > this.#ttlMs) return { ok: false, problem: 'expired' };
    return { ok: true, cursor: { after: a, index: i } };
  }
}

/** One page of `all` (insertion order) starting at `cursor`, keeping the items `include` accepts. */
export function takePage<T>(
  all: readonly T[],
  idOf: (item: T) => string,
  include: (item: T) => boolean,
  cursor: Cursor | undefined,
  pageSize: number,
): { items: T[]; next: Cursor | undefined } {
  let start = 0;
  if (cursor !== undefined) {
    const found = all.findIndex((item) => idOf(item) === cursor.after);
    start = found >= 0 ? found + 1 : Math.min(Math.max(0, cursor.index), all.length);
  }
  const items: T[] = [];
  let i = start;
  for (; i < all.length && items.length < pageSize; i++) {
    const item = all[i] as T;
    if (include(item)) items.push(item);
  }
  let more = false;
  for (let j = i; j < all.length; j++) {
    if (include(all[j] as T)) {
      more = true;
      break;
    }
  }
  const last = all[i - 1];
  return { items, next: more && last !== undefined ? { after: idOf(last), index: i } : undefined };
}
