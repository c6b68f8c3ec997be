import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { QBusinessClient } from '@aws-sdk/client-qbusiness';
import { QuickSightClient } from '@aws-sdk/client-quicksight';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AwsConfig } from '../config.js';
import { awsCallTelemetry } from '../telemetry/awsCalls.js';
import { registerCallLayers, type CallLayers } from './layers.js';
import { PerCallerRetryStrategy } from './rateLimits.js';

/**
 * The AWS identity of the default credential chain. Caches and single flight are keyed by `AwsClients.identity`, so
 * one identity's answers are never served to another; this is the one place the default is named.
 */
export const GATEWAY_IDENTITY = 'gateway';

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
  /** Per-call layers (rate limits, cache; see src/aws/callLayers.ts), shared by every client; none = plain SDK. */
  layers?: CallLayers;
  /** Whose credentials these are (default GATEWAY_IDENTITY): cached answers are kept apart per identity. */
  identity?: string;
}

interface ClientByService {
  qbusiness: QBusinessClient;
  quicksight: QuickSightClient;
  securityhub: SecurityHubClient;
}

/**
 * The only place SDK clients are built: one client per service and region, created on first use and reused
 * for the life of the process, each with its own connection pool. All of them speak HTTP/1.1 through keep-alive agents (the Q Business client would
 * default to HTTP/2, which HTTP/1.1 endpoints such as the emulator or a proxy refuse), with connection and request
 * timeouts and the SDK's standard retry policy.
 */
export class AwsClients {
  readonly defaultRegion: string;
  /** Whose credentials sign the calls (see GATEWAY_IDENTITY). */
  readonly identity: string;
  private readonly clients = new Map<string, ClientByService[AwsService]>();
  /** Connection pools per service and region: a slow service or region cannot hold the sockets the others need. */
  private readonly agents: Array<HttpAgent | HttpsAgent> = [];

  constructor(private readonly options: AwsClientsOptions) {
    this.defaultRegion = options.region;
    this.identity = options.identity ?? GATEWAY_IDENTITY;
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
    for (const agent of this.agents) agent.destroy();
    this.agents.length = 0;
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
      // Call layers first (outermost): an answer from the cache never reaches the AWS call telemetry.
      if (this.options.layers !== undefined) registerCallLayers(client, this.identity, service, region, this.options.layers);
      client.middlewareStack.use(awsCallTelemetry);
      this.clients.set(key, client);
    }
    return client;
  }

  private clientConfig(region: string) {
    const { endpoint, credentials, maxAttempts, connectionTimeoutMs, requestTimeoutMs, maxSockets } = this.options;
    const httpAgent = new HttpAgent({ keepAlive: true, maxSockets });
    const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets });
    this.agents.push(httpAgent, httpsAgent);
    return {
      region,
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(credentials === undefined ? {} : { credentials }),
      // The standard retry mode, with its retry quota kept per caller (one caller's throttling storm leaves the others theirs).
      retryStrategy: new PerCallerRetryStrategy(maxAttempts ?? 3),
      requestHandler: new NodeHttpHandler({
        httpAgent,
        httpsAgent,
        connectionTimeout: connectionTimeoutMs,
        requestTimeout: requestTimeoutMs,
        // Without this the handler only logs a warning when AWS is slow; we want a TimeoutError the SDK retries.
        throwOnRequestTimeout: true,
      }),
    };
  }
}
