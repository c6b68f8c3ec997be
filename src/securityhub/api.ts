import {
  GetConnectorV2Command,
  ListConnectorsV2Command,
  type ConnectorProviderName,
  type ConnectorStatus,
  type ConnectorSummary,
  type EnablementStatus,
  type GetConnectorV2CommandOutput,
} from '@aws-sdk/client-securityhub';
import type { AwsClients } from '../aws/clients.js';

/** Identifies one connector V2: everything that changes GetConnectorV2's answer. */
export interface ConnectorV2Key {
  region: string;
  /** The connector's UUID (AWS also accepts its ARN: the path label is greedy). */
  connectorId: string;
}

/** AWS Security Hub GetConnectorV2: one AWS call. */
export function getConnectorV2(clients: AwsClients, key: ConnectorV2Key): Promise<GetConnectorV2CommandOutput> {
  return clients.securityhub(key.region).send(new GetConnectorV2Command({ ConnectorId: key.connectorId }));
}

/** The ListConnectorsV2 filters (AWS applies them). */
export interface ConnectorV2ListFilter {
  providerName?: ConnectorProviderName;
  connectorStatus?: ConnectorStatus;
  enablementStatus?: EnablementStatus;
}

/** AWS Security Hub ListConnectorsV2: one page (one AWS call). The SDK has no paginator for it; callers page. */
export async function listConnectorsV2(
  clients: AwsClients,
  region: string,
  request: { filter: ConnectorV2ListFilter; maxResults: number; nextToken: string | undefined },
): Promise<{ items: ConnectorSummary[]; nextToken: string | undefined }> {
  const output = await clients.securityhub(region).send(
    new ListConnectorsV2Command({
      ProviderName: request.filter.providerName,
      ConnectorStatus: request.filter.connectorStatus,
      EnablementStatus: request.filter.enablementStatus,
      MaxResults: request.maxResults,
      NextToken: request.nextToken,
    }),
  );
  return { items: output.Connectors ?? [], nextToken: output.NextToken };
}
