import { describe, expect, it } from 'vitest';
import { isRegion, parseActionConnectorArn, parseArn, parseConnectorV2Arn, parsePluginArn } from '../../src/aws/arn.js';

const APP = '89b445ee-84b7-4845-adb0-cbfffb70a4af';
const PLUGIN = 'b1516d17-c76e-44be-b7da-c1b24c4d22cf';

describe('ARN parsing', () => {
  it('reads a Q Business plugin ARN', () => {
    expect(parsePluginArn(`arn:aws:qbusiness:eu-west-1:123456789012:application/${APP}/plugin/${PLUGIN}`)).toEqual({
      partition: 'aws',
      service: 'qbusiness',
      region: 'eu-west-1',
      accountId: '123456789012',
      resource: `application/${APP}/plugin/${PLUGIN}`,
      applicationId: APP,
      pluginId: PLUGIN,
    });
  });

  it('reads a QuickSight action connector ARN, account included', () => {
    expect(parseActionConnectorArn('arn:aws:quicksight:us-west-2:210987654321:action-connector/jira_cloud-1')).toMatchObject({
      region: 'us-west-2',
      accountId: '210987654321',
      actionConnectorId: 'jira_cloud-1',
    });
  });

  it('reads a Security Hub connector V2 ARN', () => {
    expect(parseConnectorV2Arn('arn:aws:securityhub:ap-southeast-2:123456789012:connectorv2/6f20382f-d907-46b0-a9ef-79b995f25e82')).toMatchObject({
      region: 'ap-southeast-2',
      connectorId: '6f20382f-d907-46b0-a9ef-79b995f25e82',
    });
  });

  it('accepts the aws-cn and aws-us-gov partitions with their own regions only', () => {
    expect(parseConnectorV2Arn('arn:aws-cn:securityhub:cn-north-1:123456789012:connectorv2/abc')?.partition).toBe('aws-cn');
    expect(parseConnectorV2Arn('arn:aws-us-gov:securityhub:us-gov-west-1:123456789012:connectorv2/abc')?.partition).toBe('aws-us-gov');
    expect(parseConnectorV2Arn('arn:aws:securityhub:cn-north-1:123456789012:connectorv2/abc')).toBeUndefined();
    expect(parseConnectorV2Arn('arn:aws-cn:securityhub:us-east-1:123456789012:connectorv2/abc')).toBeUndefined();
    expect(parseConnectorV2Arn('arn:aws-iso:securityhub:us-iso-east-1:123456789012:connectorv2/abc')).toBeUndefined();
  });

  it.each([
    ['another service', `arn:aws:quicksight:us-east-1:123456789012:application/${APP}/plugin/${PLUGIN}`],
    ['another resource type', `arn:aws:qbusiness:us-east-1:123456789012:application/${APP}`],
    ['an extra path segment', `arn:aws:qbusiness:us-east-1:123456789012:application/${APP}/plugin/${PLUGIN}/x`],
    ['a short account', `arn:aws:qbusiness:us-east-1:12345:application/${APP}/plugin/${PLUGIN}`],
    ['no region', `arn:aws:qbusiness::123456789012:application/${APP}/plugin/${PLUGIN}`],
    ['a made-up region', `arn:aws:qbusiness:xx-evil-1:123456789012:application/${APP}/plugin/${PLUGIN}`],
    ['a plain id', PLUGIN],
    ['an empty string', ''],
  ])('refuses %s as a plugin ARN', (_what, value) => {
    expect(parsePluginArn(value)).toBeUndefined();
  });

  it('refuses ARNs of the wrong resource for each entity', () => {
    expect(parseActionConnectorArn('arn:aws:quicksight:us-east-1:123456789012:dashboard/abc')).toBeUndefined();
    expect(parseConnectorV2Arn('arn:aws:securityhub:us-east-1:123456789012:connector/abc')).toBeUndefined();
    expect(parseArn('arn:aws:s3:::bucket')).toBeUndefined();
  });

  it('knows region names and nothing that merely looks like one', () => {
    for (const region of ['us-east-1', 'eu-central-2', 'ap-southeast-7', 'us-gov-west-1', 'cn-northwest-1', 'il-central-1', 'mx-central-1']) {
      expect(isRegion(region), region).toBe(true);
    }
    for (const region of ['us-east', 'US-EAST-1', 'us-east-12', 'aa-east-1', 'us-up-1', 'us-east-1 ']) expect(isRegion(region), region).toBe(false);
  });
});
