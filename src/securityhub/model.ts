import type { ConnectorStatus, ConnectorV2, ProviderDetail } from '../__generated__/resolvers-types.js';

/** ConnectorV2 fields computed by resolvers (the Integration view); never stored in a parent. */
type ComputedField = 'id' | 'arn' | 'awsService' | 'provider' | 'authKind' | 'normalizedStatus' | 'updatedAt';

/** A connector V2 as GetConnectorV2 returns it. */
export type ConnectorV2Detail = Omit<ConnectorV2, ComputedField>;

/** Fields GetConnectorV2 has and the ListConnectorsV2 summary lacks. */
export type ConnectorV2DetailOnlyField = 'kmsKeyArn' | 'lastUpdatedAt' | 'health' | 'providerDetail';

/**
 * The parent of every ConnectorV2 field (the codegen mapper): read in full or from a list summary. A summary
 * carries the provider name and health status of its ProviderSummary, and the provider configuration when AWS
 * includes it (newest model); otherwise `providerDetail` is read with GetConnectorV2.
 */
export type ConnectorV2Model =
  | (ConnectorV2Detail & { source: 'GetConnectorV2'; region: string })
  | (Omit<ConnectorV2Detail, ConnectorV2DetailOnlyField> & {
      source: 'ListConnectorsV2';
      region: string;
      providerName: string | null;
      connectorStatus: ConnectorStatus | null;
      providerDetail: ProviderDetail | undefined;
    });

export type FullConnectorV2 = Extract<ConnectorV2Model, { source: 'GetConnectorV2' }>;
