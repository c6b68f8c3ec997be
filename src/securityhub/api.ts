import type {
  ConnectorProviderName,
  ConnectorStatus,
  ConnectorSummary,
  EnablementStatus,
  GetConnectorV2CommandOutput,
} from '@aws-sdk/client-securityhub';
import type { AwsClients } from '../aws/clients.js';
import { loadSdk } from '../aws/sdk.js';

/** Identifies one connector V2: everything that changes GetConnectorV2's answer. */
export interface ConnectorV2Key {
  region: string;
  /** The connector's UUID (AWS also accepts its ARN: the path label is greedy). */
  connectorId: string;
}

/** AWS Security Hub GetConnectorV2: one AWS call. */
export async function getConnectorV2(clients: AwsClients, key: ConnectorV2Key): Promise<GetConnectorV2CommandOutput> {
  const { GetConnectorV2Command } = await loadSdk.securityhub();
  const client = await clients.securityhub(key.region);
  return client.send(new GetConnectorV2Command({ ConnectorId: key.connectorId }));
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
  const { ListConnectorsV2Command } = await loadSdk.securityhub();
  const client = await clients.securityhub(region);
  const output = await client.send(
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
