import { locatedError, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import pLimit from 'p-limit';
import type {
  AwsService,
  ErrorCode,
  IntegrationProvider,
  QueryintegrationsArgs,
} from '../__generated__/resolvers-types.js';
import { ScanBound, type PageInfo } from '../connection.js';
import { typeAccessError } from '../auth/index.js';
import type { Context } from '../context.js';
import { GatewayError, validationError } from '../errors.js';
import { RULES as QBUSINESS_RULES } from '../qbusiness/validation.js';
import { RULES as QUICKSIGHT_RULES } from '../quicksight/validation.js';
import { FieldErrorCollector, type StringRule } from '../validation.js';
import { listIdentity, pageSize } from '../pagination.js';
import { PLUGINS_PAGE_MAX, scanPlugins } from '../qbusiness/lists.js';
import type { PluginModel } from '../qbusiness/model.js';
import { ACTION_CONNECTORS_PAGE_MAX, scanActionConnectors } from '../quicksight/lists.js';
import type { ActionConnectorModel } from '../quicksight/model.js';
import { CONNECTORS_V2_PAGE_MAX, scanConnectorsV2 } from '../securityhub/lists.js';
import type { ConnectorV2Model } from '../securityhub/model.js';
import {
  connectorProviderFor,
  providerOfActionConnectorType,
  providerOfConnectorProvider,
  providerOfPluginType,
  providerOfProviderDetail,
} from './normalize.js';

export type IntegrationModel = PluginModel | ActionConnectorModel | ConnectorV2Model;

const SERVICES: readonly AwsService[] = ['QBUSINESS', 'QUICKSIGHT', 'SECURITYHUB'];
/** The page size each service's lists are scanned with (their maxResults limits). */
export const INVENTORY_PAGE_SIZES: Readonly<Record<AwsService, number>> = {
  QBUSINESS: PLUGINS_PAGE_MAX,
  QUICKSIGHT: ACTION_CONNECTORS_PAGE_MAX,
  SECURITYHUB: CONNECTORS_V2_PAGE_MAX,
};
/** Applications or accounts one query may name: each costs at least one AWS call. */
export const MAX_SCOPES = 20;
const DEFAULT_PAGE_SIZE = 25;
export const INTEGRATIONS_PAGE_MAX = 100;

/** Sort key and keyset cursor position: service order, name (case-folded), id, scope. */
type SortKey = [number, string, string, string];

function isSortKey(value: unknown): value is SortKey {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'number' &&
    value.slice(1).every((part) => typeof part === 'string')
  );
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

interface Entry {
  key: SortKey;
  provider: IntegrationProvider;
  node: IntegrationModel;
}

function entryOf(node: IntegrationModel, scope: string): Entry {
  switch (node.__typename) {
    case 'Plugin':
      return { key: [0, (node.displayName ?? '').toLowerCase(), node.pluginId, scope], provider: providerOfPluginType(node.type), node };
    case 'ActionConnector':
      return {
        key: [1, node.name.toLowerCase(), node.actionConnectorId, scope],
        provider: providerOfActionConnectorType(node.type),
        node,
      };
    case 'ConnectorV2': {
      const provider =
        node.source === 'ListConnectorsV2' && node.providerName !== null
          ? providerOfConnectorProvider(node.providerName)
          : providerOfProviderDetail(node.providerDetail ?? null);
      return { key: [2, (node.name ?? '').toLowerCase(), node.connectorId, scope], provider, node };
    }
  }
}

interface SourceResult {
  __typename: 'IntegrationSource';
  awsService: AwsService;
  scope: string;
  ok: boolean;
  errorCode: ErrorCode | null;
  truncated: boolean;
}

export interface IntegrationConnectionModel {
  __typename: 'IntegrationConnection';
  edges: Array<{ __typename: 'IntegrationEdge'; cursor: string; node: IntegrationModel }>;
  nodes: IntegrationModel[];
  pageInfo: PageInfo;
  sources: SourceResult[];
}

/** The distinct ids of `ids`, each checked with `rule` (as the AWS list call's URL path segment). */
function checkScopes(
  path: string,
  ids: readonly string[] | null | undefined,
  rule: StringRule,
  check: FieldErrorCollector,
): string[] {
  const given = ids ?? [];
  const unique = [...new Set(given)].sort();
  if (unique.length > MAX_SCOPES) {
    check.add(path, `may name at most ${MAX_SCOPES} (got ${unique.length})`);
    return unique;
  }
  given.forEach((id, i) => check.pathSegment(`${path}[${i}]`, id, rule));
  return unique;
}

/**
 * The `integrations` query. Reads every selected AWS list concurrently (each in full, within its service's ScanBound:
 * CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS items for all of the service's applications or accounts together),
 * keeps the integrations of `provider`, orders them by service, name, id and scope, and returns the page after the
 * `after` key. A cursor is that key, so pages stay stable when items elsewhere are added or removed. A list that
 * fails is reported in `sources` and as a partial error on this field; the other lists' items still come back.
 */
export async function integrationsPage(
  args: Partial<QueryintegrationsArgs>,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<IntegrationConnectionModel> {
  const check = new FieldErrorCollector();
  if (args.provider === 'UNRECOGNIZED') check.add('provider', 'UNRECOGNIZED is an output-only value');
  const applicationIds = checkScopes('applicationIds', args.applicationIds, QBUSINESS_RULES.applicationId, check);
  const awsAccountIds = checkScopes('awsAccountIds', args.awsAccountIds, QUICKSIGHT_RULES.awsAccountId, check);
  if (check.errors.length > 0) throw validationError(check.errors);
  const first = pageSize(args.first, DEFAULT_PAGE_SIZE, INTEGRATIONS_PAGE_MAX);
  const services = SERVICES.filter((service) => args.services == null || args.services.includes(service));
  const provider = args.provider ?? undefined;
  const { region, limits } = context;
  const list = listIdentity('integrations', { region, provider, services, applicationIds, awsAccountIds });
  const after = args.after == null ? undefined : context.cursors.decode(args.after, list, isSortKey);

  // A service whose entity type the caller may not read (its @requiresScopes) is a failed source, without a call.
  const readIf = <T>(typeName: string, read: () => Promise<T>): (() => Promise<T>) => {
    const refused = typeAccessError(info.schema.getType(typeName), context.caller);
    return refused === undefined ? read : () => Promise.reject(refused);
  };
  // One bound per service over all its lists: CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS items in all (see ScanBound).
  const bound = (service: AwsService) => new ScanBound(limits.inventoryMaxItems, INVENTORY_PAGE_SIZES[service]);
  const [qbusinessBound, quicksightBound, securityhubBound] = [bound('QBUSINESS'), bound('QUICKSIGHT'), bound('SECURITYHUB')];
  // One task per AWS list; Security Hub is skipped when the provider is one it has no connectors for.
  const tasks: Array<{ awsService: AwsService; scope: string; read: () => Promise<{ items: IntegrationModel[]; truncated: boolean }> }> = [];
  if (services.includes('QBUSINESS')) {
    for (const applicationId of applicationIds) {
      tasks.push({ awsService: 'QBUSINESS', scope: applicationId, read: readIf('Plugin', () => scanPlugins(context, applicationId, qbusinessBound)) });
    }
  }
  if (services.includes('QUICKSIGHT')) {
    for (const awsAccountId of awsAccountIds) {
      tasks.push({
        awsService: 'QUICKSIGHT',
        scope: awsAccountId,
        read: readIf('ActionConnector', () => scanActionConnectors(context, awsAccountId, quicksightBound)),
      });
    }
  }
  const securityHubProvider = provider === undefined ? undefined : connectorProviderFor(provider);
  if (services.includes('SECURITYHUB') && (provider === undefined || securityHubProvider !== undefined)) {
    tasks.push({
      awsService: 'SECURITYHUB',
      scope: region,
      read: readIf('ConnectorV2', () =>
        scanConnectorsV2(context, securityHubProvider === undefined ? {} : { providerName: securityHubProvider }, securityhubBound),
      ),
    });
  }

  const limit = pLimit(limits.concurrency);
  const results = await Promise.all(
    tasks.map((task) =>
      limit(async () => {
        try {
          const { items, truncated } = await task.read();
          return { task, items, truncated, error: undefined };
        } catch (error) {
          return { task, items: [], truncated: false, error };
        }
      }),
    ),
  );

  const sources: SourceResult[] = [];
  const entries: Entry[] = [];
  for (const { task, items, truncated, error } of results) {
    if (error !== undefined) {
      // A GatewayError already follows the contract; anything else is a gateway bug, reported as such.
      const contractError =
        error instanceof GatewayError
          ? error
          : new GatewayError(error instanceof Error ? error.message : String(error), { code: 'INTERNAL_SERVER_ERROR', retryable: false });
      context.partialErrors.push(locatedError(contractError, info.fieldNodes, responsePathAsArray(info.path)));
      if (!(error instanceof GatewayError)) context.logger.error({ err: error }, 'internal error while listing integrations');
      sources.push({ __typename: 'IntegrationSource', awsService: task.awsService, scope: task.scope, ok: false, errorCode: contractError.extensions.code, truncated: false });
      continue;
    }
    sources.push({ __typename: 'IntegrationSource', awsService: task.awsService, scope: task.scope, ok: true, errorCode: null, truncated });
    for (const item of items) {
      const entry = entryOf(item, task.scope);
      if (provider === undefined || entry.provider === provider) entries.push(entry);
    }
  }

  entries.sort((a, b) => compareKeys(a.key, b.key));
  const remaining = after === undefined ? entries : entries.filter((entry) => compareKeys(entry.key, after) > 0);
  const page = remaining.slice(0, first);
  const edges = page.map((entry) => ({
    __typename: 'IntegrationEdge' as const,
    cursor: context.cursors.encode(list, entry.key),
    node: entry.node,
  }));
  return {
    __typename: 'IntegrationConnection',
    edges,
    nodes: page.map((entry) => entry.node),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: remaining.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    sources,
  };
}
