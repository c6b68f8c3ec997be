import type {
  ConnectorSummary as SdkConnectorSummary,
  GetConnectorV2Response,
  HealthCheck as SdkHealthCheck,
  ProviderDetail as SdkProviderDetail,
} from '@aws-sdk/client-securityhub';
import type { HealthCheck, ProviderDetail } from '../__generated__/resolvers-types.js';
import { required, unknownUnionMember } from '../aws/shapes.js';
import type { ConnectorV2Key } from './api.js';
import type { ConnectorV2Model, FullConnectorV2 } from './model.js';

/** GetConnectorV2's output (newest model: Azure, EnablementStatus, Health.Issues) as the GraphQL `ConnectorV2`. */
export function toConnectorV2(output: GetConnectorV2Response, key: ConnectorV2Key): FullConnectorV2 {
  return {
    source: 'GetConnectorV2',
    region: key.region,
    __typename: 'ConnectorV2',
    connectorArn: output.ConnectorArn ?? null,
    connectorId: output.ConnectorId ?? key.connectorId,
    name: output.Name ?? null,
    description: output.Description ?? null,
    kmsKeyArn: output.KmsKeyArn ?? null,
    createdAt: output.CreatedAt ?? null,
    lastUpdatedAt: output.LastUpdatedAt ?? null,
    health: output.Health === undefined ? null : toHealthCheck(output.Health),
    providerDetail: output.ProviderDetail === undefined ? null : toProviderDetail(output.ProviderDetail),
    enablementStatus: output.EnablementStatus ?? null,
    enablementStatusReason: output.EnablementStatusReason ?? null,
  };
}

/** A ListConnectorsV2 summary as a ConnectorV2 parent; missing fields load with GetConnectorV2 when selected. */
export function toConnectorV2FromSummary(summary: SdkConnectorSummary, region: string): ConnectorV2Model {
  const provider = summary.ProviderSummary;
  return {
    source: 'ListConnectorsV2',
    region,
    __typename: 'ConnectorV2',
    connectorArn: summary.ConnectorArn ?? null,
    connectorId: required(summary.ConnectorId, 'ConnectorSummary.ConnectorId'),
    name: summary.Name ?? null,
    description: summary.Description ?? null,
    createdAt: summary.CreatedAt ?? null,
    enablementStatus: summary.EnablementStatus ?? null,
    enablementStatusReason: summary.EnablementStatusReason ?? null,
    providerName: provider?.ProviderName ?? null,
    connectorStatus: provider?.ConnectorStatus ?? null,
    providerDetail: provider?.ProviderConfiguration === undefined ? undefined : toProviderDetail(provider.ProviderConfiguration),
  };
}

function toHealthCheck(health: SdkHealthCheck): HealthCheck {
  return {
    __typename: 'HealthCheck',
    connectorStatus: health.ConnectorStatus ?? null,
    message: health.Message ?? null,
    lastCheckedAt: health.LastCheckedAt ?? null,
    issues:
      health.Issues?.map((issue) => ({ __typename: 'HealthIssue', code: issue.Code ?? null, message: issue.Message ?? null })) ??
      null,
  };
}

export function toProviderDetail(detail: SdkProviderDetail): ProviderDetail {
  if (detail.JiraCloud !== undefined) {
    const jira = detail.JiraCloud;
    return {
      __typename: 'JiraCloudDetail',
      cloudId: jira.CloudId ?? null,
      projectKey: jira.ProjectKey ?? null,
      domain: jira.Domain ?? null,
      authUrl: jira.AuthUrl ?? null,
      authStatus: jira.AuthStatus ?? null,
    };
  }
  if (detail.ServiceNow !== undefined) {
    const serviceNow = detail.ServiceNow;
    return {
      __typename: 'ServiceNowDetail',
      instanceName: serviceNow.InstanceName ?? null,
      secretArn: serviceNow.SecretArn ?? null,
      authStatus: serviceNow.AuthStatus ?? null,
    };
  }
  if (detail.Azure !== undefined) {
    const azure = detail.Azure;
    return {
      __typename: 'AzureDetail',
      awsConfigConnectorArn: azure.AWSConfigConnectorArn ?? null,
      scopeConfiguration:
        azure.ScopeConfiguration === undefined
          ? null
          : {
              __typename: 'AzureScopeConfiguration',
              scopeType: azure.ScopeConfiguration.ScopeType ?? null,
              scopeValues: azure.ScopeConfiguration.ScopeValues ?? null,
            },
      azureRegions: azure.AzureRegions ?? null,
    };
  }
  return unknownUnionMember('ProviderDetailUnknown', detail);
}
