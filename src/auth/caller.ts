/** Who is calling: the verified claims of the request's bearer token that the layers use. */
export interface Caller {
  /** `sub`. */
  subject: string;
  /** `iss`. */
  issuer: string;
  /** From `scope` (space-separated) or `scp` (array of strings). */
  scopes: ReadonlySet<string>;
  /** `exp`, in milliseconds since the epoch. */
  expiresAt: number;
}

/** Scopes of a JWT payload: `scope` (space-separated string, RFC 8693) or `scp` (array or string, as Azure AD/Okta). */
export function scopesOf(payload: Record<string, unknown>): Set<string> {
  const scopes = new Set<string>();
  const add = (value: unknown): void => {
    const items: unknown[] = typeof value === 'string' ? value.split(' ') : Array.isArray(value) ? value : [];
    for (const item of items) if (typeof item === 'string' && item !== '') scopes.add(item);
  };
  add(payload.scope);
  add(payload.scp);
  return scopes;
}
