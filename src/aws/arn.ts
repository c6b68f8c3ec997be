/**
 * Parsing of the ARNs this graph accepts as entity keys. Other subgraphs usually hold ARNs rather than ids, and an
 * ARN carries the region (and account) the resource lives in, so a reference by ARN is resolved in that region.
 *
 *   Q Business plugin           arn:<partition>:qbusiness:<region>:<account>:application/<applicationId>/plugin/<pluginId>
 *   QuickSight action connector arn:<partition>:quicksight:<region>:<account>:action-connector/<actionConnectorId>
 *   Security Hub connector V2   arn:<partition>:securityhub:<region>:<account>:connectorv2/<connectorId>
 *
 * Every parser returns undefined for anything that is not exactly that shape; callers turn that into a
 * VALIDATION_FAILED error before any AWS call.
 */

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/** The fields every ARN carries. */
export interface ArnParts {
  partition: Partition;
  service: string;
  region: string;
  accountId: string;
  /** Everything after the account, e.g. `action-connector/my-id`. */
  resource: string;
}

export interface PluginArn extends ArnParts {
  applicationId: string;
  pluginId: string;
}

export interface ActionConnectorArn extends ArnParts {
  actionConnectorId: string;
}

export interface ConnectorV2Arn extends ArnParts {
  connectorId: string;
}

export const PLUGIN_ARN_FORMAT = 'arn:aws:qbusiness:<region>:<account>:application/<applicationId>/plugin/<pluginId>';
export const ACTION_CONNECTOR_ARN_FORMAT = 'arn:aws:quicksight:<region>:<account>:action-connector/<actionConnectorId>';
export const CONNECTOR_V2_ARN_FORMAT = 'arn:aws:securityhub:<region>:<account>:connectorv2/<connectorId>';

/**
 * AWS region names: `<area>-<direction>-<digit>` (`us-east-1`, `ap-southeast-7`, `us-gov-west-1`, `cn-north-1`).
 * Deliberately closed: the region picks which SDK client serves the call and clients are kept per region, so a
 * caller must not be able to make this process build an unbounded number of them with made-up region names.
 */
const REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-(?:central|north|south|east|west|northeast|northwest|southeast|southwest)-\d$/;

const ARN = /^arn:(aws|aws-cn|aws-us-gov):([a-z0-9-]+):([a-z0-9-]+):(\d{12}):(.+)$/;

/** Identifier characters the three services use in ARN resource parts (letters, digits, `_`, `-`). */
const ID = '[A-Za-z0-9_-]+';
const PLUGIN_RESOURCE = new RegExp(`^application/(${ID})/plugin/(${ID})$`);
const ACTION_CONNECTOR_RESOURCE = new RegExp(`^action-connector/(${ID})$`);
const CONNECTOR_V2_RESOURCE = new RegExp(`^connectorv2/(${ID})$`);

/** The partition a region belongs to. */
function partitionOf(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function isRegion(value: string): boolean {
  return REGION.test(value);
}

/** Splits an ARN of one of the three partitions; undefined unless the region is a region name of that partition. */
export function parseArn(value: string): ArnParts | undefined {
  const [, partition, service, region, accountId, resource] = ARN.exec(value) ?? [];
  if (partition === undefined || service === undefined || region === undefined || accountId === undefined || resource === undefined) {
    return undefined;
  }
  if (!isRegion(region)) return undefined;
  const regionPartition = partitionOf(region);
  if (regionPartition !== partition) return undefined;
  return { partition: regionPartition, service, region, accountId, resource };
}

export function parsePluginArn(value: string): PluginArn | undefined {
  const arn = parseArn(value);
  if (arn?.service !== 'qbusiness') return undefined;
  const match = PLUGIN_RESOURCE.exec(arn.resource);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { ...arn, applicationId: match[1], pluginId: match[2] };
}

export function parseActionConnectorArn(value: string): ActionConnectorArn | undefined {
  const arn = parseArn(value);
  if (arn?.service !== 'quicksight') return undefined;
  const match = ACTION_CONNECTOR_RESOURCE.exec(arn.resource);
  if (match?.[1] === undefined) return undefined;
  return { ...arn, actionConnectorId: match[1] };
}

export function parseConnectorV2Arn(value: string): ConnectorV2Arn | undefined {
  const arn = parseArn(value);
  if (arn?.service !== 'securityhub') return undefined;
  const match = CONNECTOR_V2_RESOURCE.exec(arn.resource);
  if (match?.[1] === undefined) return undefined;
  return { ...arn, connectorId: match[1] };
}
