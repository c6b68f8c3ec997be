import type { ActionConnector } from '../__generated__/resolvers-types.js';

/** ActionConnector fields computed by resolvers (the Integration view); never stored in a parent. */
type ComputedField = 'id' | 'awsService' | 'provider' | 'authKind' | 'normalizedStatus' | 'createdAt' | 'updatedAt';

/** An action connector as DescribeActionConnector returns it, plus the account it was read in. */
export type ActionConnectorDetail = Omit<ActionConnector, ComputedField>;

/** Fields DescribeActionConnector has and the ListActionConnectors summary lacks. */
export type ActionConnectorDetailOnlyField = 'description' | 'authenticationConfig' | 'enabledActions' | 'vpcConnectionArn';

/** The parent of every ActionConnector field (the codegen mapper): read in full or from a list summary. */
export type ActionConnectorModel =
  | (ActionConnectorDetail & { source: 'DescribeActionConnector'; region: string })
  | (Omit<ActionConnectorDetail, ActionConnectorDetailOnlyField> & { source: 'ListActionConnectors'; region: string });

export type FullActionConnector = Extract<ActionConnectorModel, { source: 'DescribeActionConnector' }>;
