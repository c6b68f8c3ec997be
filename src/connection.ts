import { awsErrorToGraphQL, type AwsCall } from './errors.js';
import type { CursorCodec } from './pagination.js';

/**
 * AWS calls one connection page may make: with full AWS pages a page of ours takes at most two (resuming inside an
 * AWS page, then the next); a third allows for AWS answering short or empty pages. Past it the page ends early with
 * `hasNextPage` and a cursor that resumes there. The schema's `@cost(weight:)` on each list field is this number
 * (a test checks they agree): it is what the per-request budget charges for a page.
 */
export const LIST_PAGE_MAX_CALLS = 3;

/**
 * The most AWS calls an inventory scan of `lists` lists of one service makes under one ScanBound: each list's first
 * page, plus at most `ceil(maxItems / awsMaxResults)` further pages in all. What the per-request budget charges.
 */
export function scanMaxCalls(lists: number, maxItems: number, awsMaxResults: number): number {
  return lists === 0 ? 0 : lists + Math.ceil(maxItems / awsMaxResults);
}

/**
 * What one inventory scan may still read from one service, over all of that service's lists together (shared by the
 * concurrent scans of its applications or accounts): `maxItems` items in all, and, besides each list's first page,
 * `ceil(maxItems / awsMaxResults)` further pages in all. Bounds the calls by scanMaxCalls whatever AWS answers
 * (short pages included) and the items held by `maxItems`.
 */
export class ScanBound {
  private items: number;
  private pages: number;

  constructor(maxItems: number, awsMaxResults: number) {
    this.items = maxItems;
    this.pages = Math.ceil(maxItems / awsMaxResults);
  }

  /** Items that may still be read (0: the scan is full). */
  get itemsLeft(): number {
    return this.items;
  }

  /** Takes one further page (beyond a list's first); false when none is left. */
  takePage(): boolean {
    if (this.pages <= 0) return false;
    this.pages--;
    return true;
  }

  /** Takes up to `count` items; returns how many were granted. */
  takeItems(count: number): number {
    const granted = Math.min(count, this.items);
    this.items -= granted;
    return granted;
  }
}

/** One page of an AWS list operation. */
export interface AwsPage<S> {
  items: S[];
  nextToken: string | undefined;
}

/**
 * A position in an AWS list: the token that starts an AWS page (null for the first page) and how many items of that
 * page come before the position. Resuming asks AWS for that page again, with a page size covering the skipped items.
 */
export interface ListPosition {
  t: string | null;
  o: number;
}

function isListPosition(value: unknown): value is ListPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { t, o } = value as Record<string, unknown>;
  return (t === null || typeof t === 'string') && typeof o === 'number' && Number.isInteger(o) && o >= 0;
}

export interface PageInfo {
  __typename: 'PageInfo';
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection; `C` and `E` are the GraphQL names of the connection and edge types. */
export interface Connection<N, C extends string = string, E extends string = string> {
  __typename: C;
  edges: Array<{ __typename: E; cursor: string; node: N }>;
  nodes: N[];
  pageInfo: PageInfo;
}

/** One AWS list operation with its arguments bound: what both a connection page and a full scan read. */
export interface AwsListSource<S, N> {
  /** The operation's maxResults limit. */
  awsMaxResults: number;
  /** Which call a failure came from, for the error contract. */
  call: AwsCall;
  /** One AWS call: the page that starts at `nextToken`, at most `maxResults` items. */
  fetch: (nextToken: string | undefined, maxResults: number) => Promise<AwsPage<S>>;
  /** An AWS list item as the GraphQL parent. */
  toNode: (item: S) => N;
}

export interface PageAwsListOptions<S, N, C extends string, E extends string> extends AwsListSource<S, N> {
  /** GraphQL names of the connection and edge types. */
  typenames: { connection: C; edge: E };
  /** Identity of the list and its arguments (see listIdentity); cursors of other lists are refused. */
  list: string;
  /** Signs and checks the cursors (the request context's). */
  cursors: CursorCodec;
  after: string | null | undefined;
  /** Items wanted, already checked against the AWS page-size limit. */
  first: number;
  /** Bound on AWS calls for one page of ours (AWS may answer short or empty pages with a token). */
  maxCalls?: number;
}

/**
 * One page of a Relay connection over an AWS list: follows AWS tokens until `first` items are collected or the
 * list ends, asking AWS for no more items than the page needs (so `first` = the AWS limit costs one call). Every
 * edge gets a cursor that resumes right after it. A cursor that is malformed, or made for another list or other
 * arguments, is refused with VALIDATION_FAILED before any AWS call; AWS errors follow the error contract.
 */
export async function pageAwsList<S, N, C extends string, E extends string>(
  options: PageAwsListOptions<S, N, C, E>,
): Promise<Connection<N, C, E>> {
  const { list, first, awsMaxResults, call, toNode, typenames, cursors } = options;
  const start: ListPosition =
    options.after === null || options.after === undefined ? { t: null, o: 0 } : cursors.decode(options.after, list, isListPosition);
  const maxCalls = options.maxCalls ?? LIST_PAGE_MAX_CALLS;

  const edges: Array<{ __typename: E; cursor: string; node: N }> = [];
  let token = start.t ?? undefined;
  let skip = start.o;
  let end: ListPosition = start;
  let hasNextPage = false;
  for (let calls = 1; ; calls++) {
    let page: AwsPage<S>;
    try {
      page = await options.fetch(token, Math.min(awsMaxResults, skip + first - edges.length));
    } catch (error) {
      throw awsErrorToGraphQL(error, call);
    }
    const pageStart = token ?? null;
    let index = skip;
    for (; index < page.items.length && edges.length < first; index++) {
      const item = page.items[index] as S;
      end = { t: pageStart, o: index + 1 };
      edges.push({ __typename: typenames.edge, cursor: cursors.encode(list, end), node: toNode(item) });
    }
    const pageLeft = index < page.items.length;
    if (edges.length === first || pageLeft) {
      hasNextPage = pageLeft || page.nextToken !== undefined;
      if (!pageLeft && page.nextToken !== undefined) {
        // The page ended exactly where AWS's did: "after the last edge" is the start of AWS's next page, so the
        // next request resumes with AWS's token instead of re-reading this page to skip it.
        end = { t: page.nextToken, o: 0 };
        const last = edges[edges.length - 1];
        if (last !== undefined) last.cursor = cursors.encode(list, end);
      }
      break;
    }
    if (page.nextToken === undefined) break;
    token = page.nextToken;
    skip = 0;
    end = { t: token, o: 0 };
    if (calls >= maxCalls) {
      hasNextPage = true;
      break;
    }
  }
  return {
    __typename: typenames.connection,
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      // The furthest position read: the last edge's cursor, or past AWS pages that came back empty.
      endCursor: edges.length > 0 || hasNextPage ? cursors.encode(list, end) : null,
    },
  };
}

/**
 * Reads an AWS list from the start, following tokens with the largest page size, within `bound` (shared with the
 * other lists of the same scan), as GraphQL parents. `truncated` says the list may hold more than was read: the
 * bound's items or further pages ran out first (AWS answering short pages uses up pages), or, when the bound was
 * already full, nothing was read. AWS errors follow the error contract.
 */
export async function scanAwsList<S, N>(source: AwsListSource<S, N>, bound: ScanBound): Promise<{ items: N[]; truncated: boolean }> {
  const items: N[] = [];
  let token: string | undefined;
  for (let calls = 0; ; calls++) {
    if (bound.itemsLeft <= 0 || (calls > 0 && !bound.takePage())) return { items, truncated: true };
    let page: AwsPage<S>;
    try {
      page = await source.fetch(token, Math.min(source.awsMaxResults, bound.itemsLeft));
    } catch (error) {
      throw awsErrorToGraphQL(error, source.call);
    }
    const kept = bound.takeItems(page.items.length);
    items.push(...page.items.slice(0, kept).map(source.toNode));
    token = page.nextToken;
    if (kept < page.items.length) return { items, truncated: true };
    if (token === undefined) return { items, truncated: false };
  }
}
