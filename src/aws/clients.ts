import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { QBusinessClient } from '@aws-sdk/client-qbusiness';
import { QuickSightClient } from '@aws-sdk/client-quicksight';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
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
  /** Fixed credentials (the emulator) or a provider (a caller's STS session). Undefined = the SDK's default credential chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Whose calls these are (see `AwsClients.identity`); default `gateway`. */
  identity?: string;
}

/** The identity of the gateway's own clients (the standard credential chain, or the emulator's fixed keys). */
export const GATEWAY_IDENTITY = 'gateway';

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
  /**
   * Whose AWS credentials sign these clients' calls: `gateway` for the gateway's own, `caller:<issuer>|<sub>|<roleArn>`
   * for a caller's STS session. Anything cached across requests must be keyed by it.
   */
  readonly identity: string;
  private readonly clients = new Map<string, ClientByService[AwsService]>();
  private readonly httpAgent: HttpAgent;
  private readonly httpsAgent: HttpsAgent;
  /** Whether this instance made (and so closes) the agents; per-identity instances share their parent's. */
  private readonly ownsAgents: boolean;

  constructor(
    private readonly options: AwsClientsOptions,
    shared?: { httpAgent: HttpAgent; httpsAgent: HttpsAgent },
  ) {
    this.defaultRegion = options.region;
    this.identity = options.identity ?? GATEWAY_IDENTITY;
    this.ownsAgents = shared === undefined;
    this.httpAgent = shared?.httpAgent ?? new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets });
    this.httpsAgent = shared?.httpsAgent ?? new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets });
  }

  /**
   * Clients for another AWS identity (a caller's STS session): same endpoint, region, timeouts and retry policy, the
   * same keep-alive agents (one socket pool for all identities), other credentials.
   */
  withIdentity(identity: string, credentials: AwsCredentialIdentityProvider): AwsClients {
    return new AwsClients({ ...this.options, identity, credentials }, { httpAgent: this.httpAgent, httpsAgent: this.httpsAgent });
  }

  /** The endpoint every service uses (the emulator), if one was given; STS is reached the same way. */
  get endpoint(): string | undefined {
    return this.options.endpoint;
  }

  /** The HTTP handler settings of these clients, for another SDK client (STS) that should share the agents. */
  requestHandler(): NodeHttpHandler {
    return this.clientConfig(this.defaultRegion).requestHandler;
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
    if (!this.ownsAgents) return;
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
