import type {
  CreatePluginCommandInput,
  CreatePluginCommandOutput,
  GetPluginCommandOutput,
  Plugin as PluginSummary,
} from '@aws-sdk/client-qbusiness';
import type { AwsClients } from '../aws/clients.js';
import { loadSdk } from '../aws/sdk.js';

/** Identifies one plugin: everything that changes GetPlugin's answer. */
export interface PluginKey {
  region: string;
  applicationId: string;
  pluginId: string;
}

/** Amazon Q Business GetPlugin: one AWS call. */
export async function getPlugin(clients: AwsClients, key: PluginKey): Promise<GetPluginCommandOutput> {
  const { GetPluginCommand } = await loadSdk.qbusiness();
  const client = await clients.qbusiness(key.region);
  return client.send(new GetPluginCommand({ applicationId: key.applicationId, pluginId: key.pluginId }));
}

/** Amazon Q Business CreatePlugin: one AWS call (the SDK retries it; safe because the request carries a client token). */
export async function createPlugin(
  clients: AwsClients,
  region: string,
  request: CreatePluginCommandInput & { clientToken: string },
): Promise<CreatePluginCommandOutput> {
  const { CreatePluginCommand } = await loadSdk.qbusiness();
  const client = await clients.qbusiness(region);
  return client.send(new CreatePluginCommand(request));
}

/** Amazon Q Business ListPlugins: one page (one AWS call). */
export async function listPlugins(
  clients: AwsClients,
  region: string,
  request: { applicationId: string; maxResults: number; nextToken: string | undefined },
): Promise<{ items: PluginSummary[]; nextToken: string | undefined }> {
  const { ListPluginsCommand } = await loadSdk.qbusiness();
  const client = await clients.qbusiness(region);
  const output = await client.send(new ListPluginsCommand(request));
  return { items: output.plugins ?? [], nextToken: output.nextToken };
}
