import type { ActionConnector, ActionConnectorSummary } from '@aws-sdk/client-quicksight';
import type { AwsClients } from '../aws/clients.js';
import { loadSdk } from '../aws/sdk.js';

/** Identifies one action connector: everything that changes DescribeActionConnector's answer. */
export interface ActionConnectorKey {
  region: string;
  awsAccountId: string;
  actionConnectorId: string;
}

/**
 * Amazon QuickSight DescribeActionConnector: one AWS call. Resolves with the `ActionConnector` structure
 * (undefined if AWS answered without one).
 */
export async function describeActionConnector(
  clients: AwsClients,
  key: ActionConnectorKey,
): Promise<ActionConnector | undefined> {
  const { DescribeActionConnectorCommand } = await loadSdk.quicksight();
  const client = await clients.quicksight(key.region);
  const output = await client.send(new DescribeActionConnectorCommand({ AwsAccountId: key.awsAccountId, ActionConnectorId: key.actionConnectorId }));
  return output.ActionConnector;
}

/** Amazon QuickSight ListActionConnectors: one page (one AWS call). */
export async function listActionConnectors(
  clients: AwsClients,
  region: string,
  request: { awsAccountId: string; maxResults: number; nextToken: string | undefined },
): Promise<{ items: ActionConnectorSummary[]; nextToken: string | undefined }> {
  const { ListActionConnectorsCommand } = await loadSdk.quicksight();
  const client = await clients.quicksight(region);
  const output = await client.send(
    new ListActionConnectorsCommand({
      AwsAccountId: request.awsAccountId,
      MaxResults: request.maxResults,
      NextToken: request.nextToken,
    }),
  );
  return { items: output.ActionConnectorSummaries ?? [], nextToken: output.NextToken };
}
