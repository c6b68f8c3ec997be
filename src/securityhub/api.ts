import { GetConnectorV2Command, type GetConnectorV2CommandOutput } from '@aws-sdk/client-securityhub';
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
