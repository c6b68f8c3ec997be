import {
  CreatePluginCommand,
  GetPluginCommand,
  ListPluginsCommand,
  type CreatePluginCommandInput,
  type CreatePluginCommandOutput,
  type GetPluginCommandOutput,
  type Plugin as PluginSummary,
} from '@aws-sdk/client-qbusiness';
import type { AwsClients } from '../aws/clients.js';

/** Identifies one plugin: everything that changes GetPlugin's answer. */
export interface PluginKey {
  region: string;
  applicationId: string;
  pluginId: string;
}

/** Amazon Q Business GetPlugin: one AWS call. */
export function getPlugin(clients: AwsClients, key: PluginKey): Promise<GetPluginCommandOutput> {
  return clients
    .qbusiness(key.region)
    .send(new GetPluginCommand({ applicationId: key.applicationId, pluginId: key.pluginId }));
}

/** Amazon Q Business CreatePlugin: one AWS call (the SDK retries it; safe because the request carries a client token). */
export function createPlugin(
  clients: AwsClients,
  region: string,
  request: CreatePluginCommandInput & { clientToken: string },
): Promise<CreatePluginCommandOutput> {
  return clients.qbusiness(region).send(new CreatePluginCommand(request));
}

/** Amazon Q Business ListPlugins: one page (one AWS call). */
export async function listPlugins(
  clients: AwsClients,
  region: string,
  request: { applicationId: string; maxResults: number; nextToken: string | undefined },
): Promise<{ items: PluginSummary[]; nextToken: string | undefined }> {
  const output = await clients.qbusiness(region).send(new ListPluginsCommand(request));
  return { items: output.plugins ?? [], nextToken: output.nextToken };
}
