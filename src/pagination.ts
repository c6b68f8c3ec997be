import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { validationError } from './errors.js';

/**
 * Opaque, signed cursors for Relay-style connections. A cursor is `<payload>.<signature>`: the payload is base64url
 * JSON holding the identity of the list it belongs to (a hash of the list's name and every argument but
 * `first`/`after`) and a position the list understands (it may hold an AWS token); the signature is an HMAC-SHA256
 * of the payload with the gateway's cursor secret. A cursor whose signature does not match (any change, a forged
 * AWS token or position, a cursor of another deployment) is refused with VALIDATION_FAILED before it is even
 * parsed, so nothing from it reaches AWS; so is one made for another list or other arguments.
 *
 * The secret is CONNECTOR_GRAPH_CURSOR_SECRET, else random per process: replicas behind one endpoint must share one,
 * or a cursor from one replica is refused by the next.
 */
export interface CursorCodec {
  encode<P>(list: string, position: P): string;
  /**
   * Decodes `after` for the list `list`; `isPosition` checks the position's shape. Throws VALIDATION_FAILED (path
   * `after`) for a cursor that is unsigned, altered, malformed or made for another list or other arguments.
   */
  decode<P>(after: string, list: string, isPosition: (value: unknown) => value is P): P;
}

const NOT_A_CURSOR = 'is not a cursor of this API: pass an endCursor or edge cursor unchanged';

export function createCursorCodec(secret: string | undefined): CursorCodec {
  const key = secret === undefined ? randomBytes(32) : Buffer.from(secret, 'utf8');
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest();
  return {
    encode(list, position) {
      const payload = Buffer.from(JSON.stringify({ v: 2, l: list, p: position }), 'utf8').toString('base64url');
      return `${payload}.${sign(payload).toString('base64url')}`;
    },
    decode(after, list, isPosition) {
      const dot = after.indexOf('.');
      const payload = after.slice(0, dot);
      const signature = Buffer.from(after.slice(dot + 1), 'base64url');
      const expected = sign(payload);
      // base64url decoding ignores stray characters: compare the canonical form too, so no other spelling passes.
      if (
        dot < 0 ||
        signature.length !== expected.length ||
        !timingSafeEqual(signature, expected) ||
        signature.toString('base64url') !== after.slice(dot + 1)
      ) {
        throw validationError([{ path: 'after', message: NOT_A_CURSOR }]);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        parsed = undefined;
      }
      if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || parsed.v !== 2 || !('l' in parsed) || !('p' in parsed)) {
        throw validationError([{ path: 'after', message: NOT_A_CURSOR }]);
      }
      if (parsed.l !== list) {
        throw validationError([
          { path: 'after', message: 'belongs to another list or to other arguments: page with the arguments that produced it' },
        ]);
      }
      if (!isPosition(parsed.p)) throw validationError([{ path: 'after', message: NOT_A_CURSOR }]);
      return parsed.p;
    },
  };
}

/** Identity of a list: its name plus the arguments that select its items. Order of object keys does not matter. */
export function listIdentity(name: string, args: Record<string, unknown>): string {
  const canonical = JSON.stringify([name, sortKeys(args)]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== undefined && inner !== null)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}

/** `first`, checked against the AWS page-size bounds of the list (VALIDATION_FAILED outside them). */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw validationError([{ path: 'first', message: `must be from 1 to ${max} (got ${first})` }]);
  }
  return first;
}
