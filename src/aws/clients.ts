import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { QBusinessClient } from '@aws-sdk/client-qbusiness';
import { QuickSightClient } from '@aws-sdk/client-quicksight';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AwsConfig } from '../config.js';
import { awsCallTelemetry } from '../telemetry/awsCalls.js';

/** The AWS services this gateway reads, by their ARN namespace. */
export type AwsService = 'qbusiness' | 'quicksight' | 'securityhub';

export interface AwsClientsOptions extends Omit<AwsConfig, 'region' | 'concurrency' | 'inventoryMaxItems'> {
  /** Region used when a call names none. */
  region: string;
  /**
   * One endpoint for every service (the emulator). Leave undefined for AWS: the SDK then applies the
   * standard AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL overrides itself.
   */
  endpoint?: string;
  /** Fixed credentials (the emulator). Undefined = the SDK's default credential chain. */
  credentials?: AwsCredentialIdentity;
}

interface ClientByService {
  qbusiness: QBusinessClient;
  quicksight: QuickSightClient;
  securityhub: SecurityHubClient;
}

/**
 * The only place SDK clients are built: one client per service and region, created on first use and reused
 * for the life of the process. All of them speak HTTP/1.1 through keep-alive agents (the Q Business client would
 * default to HTTP/2, which HTTP/1.1 endpoints such as the emulator or a proxy refuse), with connection and request
 * timeouts and the SDK's standard retry policy.
 */
export class AwsClients {
  readonly defaultRegion: string;
  private readonly clients = new Map<string, ClientByService[AwsService]>();
  private readonly httpAgent: HttpAgent;
  private readonly httpsAgent: HttpsAgent;

  constructor(private readonly options: AwsClientsOptions) {
    this.defaultRegion = options.region;
    this.httpAgent = new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets });
    this.httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets });
  }

  qbusiness(region: string = this.defaultRegion): QBusinessClient {
    return this.get('qbusiness', region, (config) => new QBusinessClient(config));
  }

  quicksight(region: string = this.defaultRegion): QuickSightClient {
    return this.get('quicksight', region, (config) => new QuickSightClient(config));
  }

  securityhub(region: string = this.defaultRegion): SecurityHubClient {
    return this.get('securityhub', region, (config) => new SecurityHubClient(config));
  }

  /** Closes every client and its sockets. */
  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private get<S extends AwsService>(
    service: S,
    region: string,
    build: (config: ReturnType<AwsClients['clientConfig']>) => ClientByService[S],
  ): ClientByService[S] {
    const key = `${service}:${region}`;
    let client = this.clients.get(key) as ClientByService[S] | undefined;
    if (client === undefined) {
      client = build(this.clientConfig(region));
      client.middlewareStack.use(awsCallTelemetry);
      this.clients.set(key, client);
    }
    return client;
  }

  private clientConfig(region: string) {
    const { endpoint, credentials, maxAttempts, connectionTimeoutMs, requestTimeoutMs } = this.options;
    return {
      region,
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(credentials === undefined ? {} : { credentials }),
      ...(maxAttempts === undefined ? {} : { maxAttempts }),
      retryMode: 'standard',
      requestHandler: new NodeHttpHandler({
        httpAgent: this.httpAgent,
        httpsAgent: this.httpsAgent,
        connectionTimeout: connectionTimeoutMs,
        requestTimeout: requestTimeoutMs,
        // Without this the handler only logs a warning when AWS is slow; we want a TimeoutError the SDK retries.
        throwOnRequestTimeout: true,
      }),
    };
  }
}
