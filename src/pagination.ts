import { createHash } from 'node:crypto';
import { validationError } from './errors.js';

/**
 * Opaque cursors for Relay-style connections. A cursor is base64url JSON holding the identity of the list it
 * belongs to (a hash of the list's name and every argument but `first`/`after`) and a position the list
 * understands. A cursor decoded by another list, or by the same list with other arguments, is refused with
 * VALIDATION_FAILED; so is anything that does not decode. Cursors carry no secrets: an AWS token inside one is
 * opaque to us too and AWS validates it.
 */
export interface CursorOf<P> {
  /** The list identity the cursor was made for. */
  list: string;
  position: P;
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

export function encodeCursor<P>(list: string, position: P): string {
  return Buffer.from(JSON.stringify({ v: 1, l: list, p: position }), 'utf8').toString('base64url');
}

/**
 * Decodes `after` for the list `list`; `isPosition` checks the position's shape.
 * Throws VALIDATION_FAILED (path `after`) for a malformed cursor or one made for another list or other arguments.
 */
export function decodeCursor<P>(after: string, list: string, isPosition: (value: unknown) => value is P): P {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || parsed.v !== 1 || !('l' in parsed) || !('p' in parsed)) {
    throw validationError([{ path: 'after', message: 'is not a cursor of this API: pass an endCursor or edge cursor unchanged' }]);
  }
  if (parsed.l !== list) {
    throw validationError([
      { path: 'after', message: 'belongs to another list or to other arguments: page with the arguments that produced it' },
    ]);
  }
  if (!isPosition(parsed.p)) {
    throw validationError([{ path: 'after', message: 'is not a cursor of this API: pass an endCursor or edge cursor unchanged' }]);
  }
  return parsed.p;
}

/** `first`, checked against the AWS page-size bounds of the list (VALIDATION_FAILED outside them). */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw validationError([{ path: 'first', message: `must be from 1 to ${max} (got ${first})` }]);
  }
  return first;
}
