/**
 * Client tokens of idempotent create operations (AWS semantics):
 * - the same token with the same parameters returns the first response again and creates nothing;
 * - the same token with different parameters is a ConflictException.
 * Tokens are scoped (e.g. region + application) and kept for the life of the emulator; only successful creates
 * record a token, so a request that failed can be retried with its token.
 */

/** A canonical text of a JSON-like value: object keys sorted, `undefined` members left out. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== 'object' || Array.isArray(member)) return member;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(member).sort()) sorted[key] = (member as Record<string, unknown>)[key];
    return sorted;
  });
}

export interface RecordedCreate<R> {
  readonly fingerprint: string;
  readonly response: R;
}

export class ClientTokens<R> {
  readonly #entries = new Map<string, RecordedCreate<R>>();

  static #key(scope: readonly string[], token: string): string {
    return JSON.stringify([...scope, token]);
  }

  get(scope: readonly string[], token: string): RecordedCreate<R> | undefined {
    const found = this.#entries.get(ClientTokens.#key(scope, token));
    return found === undefined ? undefined : structuredClone(found);
  }

  record(scope: readonly string[], token: string, parameters: unknown, response: R): void {
    this.#entries.set(ClientTokens.#key(scope, token), structuredClone({ fingerprint: fingerprint(parameters), response }));
  }

  get size(): number {
    return this.#entries.size;
  }
}
