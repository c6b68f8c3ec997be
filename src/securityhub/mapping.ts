import type {
  GetConnectorV2Response,
  HealthCheck as SdkHealthCheck,
  ProviderDetail as SdkProviderDetail,
} from '@aws-sdk/client-securityhub';
import type { ConnectorV2, HealthCheck, ProviderDetail } from '../__generated__/resolvers-types.js';
import { unknownUnionMember } from '../aws/shapes.js';
import type { ConnectorV2Key } from './api.js';

/** GetConnectorV2's output (newest model: Azure, EnablementStatus, Health.Issues) as the GraphQL `ConnectorV2`. */
export function toConnectorV2(output: GetConnectorV2Response, key: ConnectorV2Key): ConnectorV2 {
  return {
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
