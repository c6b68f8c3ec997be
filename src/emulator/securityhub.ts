import type { OperationHandler, OperationSpec } from './operation.js';
import { takePage, tokenProblemMessage } from './pagination.js';
import type { Cursor, ListScope } from './pagination.js';
import type { StoredConnectorV2 } from './shapes.js';
import {
  checkAll,
  checkEnum,
  checkIntegerParam,
  SECURITYHUB_CONNECTOR_STATUSES,
  SECURITYHUB_ENABLEMENT_STATUSES,
  SECURITYHUB_NON_EMPTY_STRING,
  SECURITYHUB_PROVIDER_NAMES,
  summarize,
} from './validation.js';
import type { FieldViolation } from './validation.js';
import { AwsError } from './wire.js';

/**
 * AWS Security Hub handlers (restJson1, PascalCase members, RFC 3339 timestamps). Shapes follow the newest model
 * (botocore / @aws-sdk/client-securityhub): Azure provider, EnablementStatus, Health.Issues.
 */

/** GetConnectorV2Response members, in model order; stored extras (tags) stay off the wire. */
export function getConnectorV2Output(connector: StoredConnectorV2): Record<string, unknown> {
  return {
    ConnectorArn: connector.ConnectorArn,
    ConnectorId: connector.ConnectorId,
    Name: connector.Name,
    Description: connector.Description,
    KmsKeyArn: connector.KmsKeyArn,
    CreatedAt: connector.CreatedAt,
    LastUpdatedAt: connector.LastUpdatedAt,
    Health: connector.Health,
    ProviderDetail: connector.ProviderDetail,
    EnablementStatus: connector.EnablementStatus,
    EnablementStatusReason: connector.EnablementStatusReason,
  };
}

/** GET /connectorsv2/{ConnectorId+}: the id is the connector's UUID or its full ARN (greedy label). */
export const getConnectorV2: OperationHandler = ({ params, region }, { store }) => {
  const connectorId = params['ConnectorId'] ?? '';
  const violations = checkAll([['ConnectorId', connectorId, SECURITYHUB_NON_EMPTY_STRING]]);
  if (violations.length > 0) {
    throw new AwsError('ValidationException', summarize(violations), { members: { Code: 'InvalidInput' } });
  }
  const connector = store.securityhub.getConnectorV2(region, connectorId);
  if (connector === undefined) {
    throw new AwsError('ResourceNotFoundException', `Connector ${connectorId} not found.`);
  }
  return { body: getConnectorV2Output(connector) };
};

/** ProviderName of a connector, from its ProviderDetail union member (undefined for a member newer than we know). */
export function providerName(connector: StoredConnectorV2): string | undefined {
  const member = Object.keys(connector.ProviderDetail)[0];
  switch (member) {
    case 'JiraCloud':
      return 'JIRA_CLOUD';
    case 'ServiceNow':
      return 'SERVICENOW';
    case 'Azure':
      return 'AZURE';
    default:
      return undefined;
  }
}

/** ConnectorSummary members (newest model), in model order. ProviderSummary.ConnectorStatus is the health status. */
export function connectorSummaryOutput(connector: StoredConnectorV2): Record<string, unknown> {
  return {
    ConnectorArn: connector.ConnectorArn,
    ConnectorId: connector.ConnectorId,
    Name: connector.Name,
    Description: connector.Description,
    ProviderSummary: {
      ProviderName: providerName(connector),
      ConnectorStatus: connector.Health.ConnectorStatus,
      ProviderConfiguration: connector.ProviderDetail,
    },
    CreatedAt: connector.CreatedAt,
    EnablementStatus: connector.EnablementStatus,
    EnablementStatusReason: connector.EnablementStatusReason,
  };
}

/** Page size when MaxResults is absent: the model documents no default, so the maximum (100). */
export const LIST_CONNECTORS_V2_DEFAULT_PAGE_SIZE = 100;

const FILTERS = [
  ['ProviderName', SECURITYHUB_PROVIDER_NAMES],
  ['ConnectorStatus', SECURITYHUB_CONNECTOR_STATUSES],
  ['EnablementStatus', SECURITYHUB_ENABLEMENT_STATUSES],
] as const;

/**
 * GET /connectorsv2?MaxResults=&NextToken=&ProviderName=&ConnectorStatus=&EnablementStatus=. Filters combine with
 * AND; ConnectorStatus filters on Health.ConnectorStatus. Any bad input or token is ValidationException
 * (Code InvalidInput).
 */
export const listConnectorsV2: OperationHandler = ({ params, region }, { store, pageTokens }) => {
  const violations: FieldViolation[] = [];
  let pageSize = LIST_CONNECTORS_V2_DEFAULT_PAGE_SIZE;
  const rawMax = params['MaxResults'];
  if (rawMax !== undefined) {
    const checked = checkIntegerParam('MaxResults', rawMax, { min: 1, max: 100 });
    if ('violation' in checked) violations.push(checked.violation);
    else pageSize = checked.value;
  }
  const filters: Record<string, string> = {};
  for (const [name, allowed] of FILTERS) {
    const value = params[name];
    if (value === undefined) continue;
    const violation = checkEnum(name, value, allowed);
    if (violation === undefined) filters[name] = value;
    else violations.push(violation);
  }
  if (violations.length > 0) throw invalidInput(summarize(violations));

  const scope: ListScope = { operation: 'ListConnectorsV2', region, owner: '', filters };
  let cursor: Cursor | undefined;
  const nextToken = params['NextToken'];
  if (nextToken !== undefined) {
    const read = pageTokens.read(nextToken, scope);
    if (!read.ok) throw invalidInput(tokenProblemMessage(read.problem, 'NextToken'));
    cursor = read.cursor;
  }
  const include = (c: StoredConnectorV2): boolean =>
    (filters['ProviderName'] === undefined || providerName(c) === filters['ProviderName']) &&
    (filters['ConnectorStatus'] === undefined || c.Health.ConnectorStatus === filters['ConnectorStatus']) &&
    (filters['EnablementStatus'] === undefined || c.EnablementStatus === filters['EnablementStatus']);
  const page = takePage(store.securityhub.listConnectorsV2(region), (c) => c.ConnectorId, include, cursor, pageSize);
  return {
    body: {
      NextToken: page.next === undefined ? undefined : pageTokens.issue(scope, page.next),
      Connectors: page.items.map(connectorSummaryOutput),
    },
  };
};

function invalidInput(message: string): AwsError {
  return new AwsError('ValidationException', message, { members: { Code: 'InvalidInput' } });
}

export const securityhubOperations: readonly OperationSpec[] = [
  {
    name: 'GetConnectorV2',
    service: 'securityhub',
    method: 'GET',
    path: '/connectorsv2/{ConnectorId+}',
    handler: getConnectorV2,
  },
  {
    name: 'ListConnectorsV2',
    service: 'securityhub',
    method: 'GET',
    path: '/connectorsv2',
    query: {
      NextToken: 'NextToken',
      MaxResults: 'MaxResults',
      ProviderName: 'ProviderName',
      ConnectorStatus: 'ConnectorStatus',
      EnablementStatus: 'EnablementStatus',
    },
    handler: listConnectorsV2,
  },
];
