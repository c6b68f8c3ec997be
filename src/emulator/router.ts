import type { OperationSpec } from './operation.js';

/**
 * Maps method + path to an operation using the models' URI templates (restJson1 @http traits).
 *
 * Label rules (as AWS matches them): a `{name}` label takes exactly one path segment, percent-decoded; a greedy
 * `{name+}` label takes the rest of the path, slashes included, each segment percent-decoded and joined with `/`.
 * An empty label still matches, so the handler answers with its validation error rather than a routing 404.
 */

type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'label'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string };

interface CompiledRoute {
  readonly spec: OperationSpec;
  readonly segments: readonly Segment[];
}

export type RouteResult =
  | { readonly kind: 'matched'; readonly spec: OperationSpec; readonly params: Record<string, string> }
  /** No operation has this method and path (restJson1 services answer UnknownOperationException). */
  | { readonly kind: 'unknown' };

function compile(spec: OperationSpec): CompiledRoute {
  const parts = spec.path.split('/').slice(1);
  const segments = parts.map((part, index): Segment => {
    const label = /^\{(\w+)(\+?)\}$/.exec(part);
    if (label === null) return { kind: 'literal', text: part };
    const name = label[1] ?? '';
    if (label[2] === '+') {
      if (index !== parts.length - 1) throw new Error(`Greedy label must be last in ${spec.path}`);
      return { kind: 'greedy', name };
    }
    return { kind: 'label', name };
  });
  return { spec, segments };
}

/** Percent-decodes one segment; a malformed escape is kept as sent so validation can report it. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === undefined) return undefined;
    if (segment.kind === 'greedy') {
      const rest = parts.slice(i);
      if (rest.length === 0) return undefined;
      params[segment.name] = rest.map(decodeSegment).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.kind === 'literal') {
      if (part !== segment.text) return undefined;
    } else {
      params[segment.name] = decodeSegment(part);
    }
  }
  return parts.length === segments.length ? params : undefined;
}

export class Router {
  readonly #routes: readonly CompiledRoute[];

  constructor(specs: readonly OperationSpec[]) {
    this.#routes = specs.map(compile);
  }

  /** `pathname` is the raw (still percent-encoded) path; `query` is the raw query string without `?`. */
  match(method: string, pathname: string, query: string): RouteResult {
    const parts = pathname.split('/').slice(1);
    for (const route of this.#routes) {
      if (route.spec.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (params === undefined) continue;
      const search = new URLSearchParams(query);
      for (const [wireName, member] of Object.entries(route.spec.query ?? {})) {
        const value = search.get(wireName);
        if (value !== null) params[member] = value;
      }
      return { kind: 'matched', spec: route.spec, params };
    }
    return { kind: 'unknown' };
  }
}
