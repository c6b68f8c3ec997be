import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { QBusinessClient } from '@aws-sdk/client-qbusiness';
import type { QuickSightClient } from '@aws-sdk/client-quicksight';
import type { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsConfig } from '../config.js';
import { awsCallTelemetry } from '../telemetry/awsCalls.js';
import { AccountIds } from './account.js';
import { callLayersFor, registerAttemptLayers, type CallLayers } from './layers.js';
import { RetryQuotas } from './rateLimits.js';
import { loadSdk } from './sdk.js';
import type { RequestScope } from '../requestScope.js';

/**
 * The AWS identity of the default credential chain (or the emulator's fixed keys). Caches and single flight are keyed
 * by `AwsClients.identity`, so one identity's answers are never served to another; this is the one place the default
 * is named.
 */
export const GATEWAY_IDENTITY = 'gateway';

/** Attempts per AWS call (the SDK's standard retry mode) unless configured. */
const DEFAULT_MAX_ATTEMPTS = 3;

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
  /** Per-call layers (rate limits, cache; see src/aws/callLayers.ts), shared by every client; none = plain SDK. */
  layers?: CallLayers;
  /** Whose calls these are (see `AwsClients.identity`); default GATEWAY_IDENTITY. */
  identity?: string;
}

interface ClientByService {
  qbusiness: QBusinessClient;
  quicksight: QuickSightClient;
  securityhub: SecurityHubClient;
}

/**
 * Keep-alive connection pools, one per service and region, so a slow service or region cannot hold the sockets the
 * others need. Shared by every AWS identity's clients: identities differ in credentials, not in where they connect.
 */
class ConnectionPools {
  private readonly pools = new Map<string, { httpAgent: HttpAgent; httpsAgent: HttpsAgent }>();

  constructor(private readonly maxSockets: number) {}

  get(service: string, region: string): { httpAgent: HttpAgent; httpsAgent: HttpsAgent } {
    const key = `${service}:${region}`;
    let pool = this.pools.get(key);
    if (pool === undefined) {
      pool = {
        httpAgent: new HttpAgent({ keepAlive: true, maxSockets: this.maxSockets }),
        httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: this.maxSockets }),
      };
      this.pools.set(key, pool);
    }
    return pool;
  }

  destroy(): void {
    for (const pool of this.pools.values()) {
      pool.httpAgent.destroy();
      pool.httpsAgent.destroy();
    }
    this.pools.clear();
  }
}

/** One SDK client, and how to hand it out with the call layers in front, bound to a request (see callLayersFor). */
interface SdkClient {
  client: ClientByService[AwsService];
  layered: (scope: RequestScope | undefined) => ClientByService[AwsService];
}

/** What an identity's instance shares with its request views (`forRequest`). */
interface Shared {
  pools: ConnectionPools;
  accounts: AccountIds;
  /** The identity's SDK clients, by `service:region`; undefined = a new identity (its own clients). */
  sdk?: Map<string, SdkClient>;
  scope?: RequestScope;
}

/**
 * The only place SDK clients are built: one client per service and region (and AWS identity), created on first use
 * and reused. All of them speak HTTP/1.1 through keep-alive agents (the Q Business client would default to HTTP/2,
 * which HTTP/1.1 endpoints such as the emulator or a proxy refuse), with connection and request timeouts, the SDK's
 * standard retry policy with a retry quota per caller, and the call layers (rate limits, cache) and telemetry.
 *
 * The clients it hands out are the SDK clients with the call layers in front of `send` (src/aws/layers.ts); a
 * request's view (`forRequest`) hands out the same, bound to that request's scope.
 */
export class AwsClients {
  readonly defaultRegion: string;
  /**
   * Whose AWS credentials sign these clients' calls: GATEWAY_IDENTITY for the gateway's own,
   * `caller:<issuer>|<sub>|<roleArn>` for a caller's STS session. Anything cached across requests is keyed by it.
   */
  readonly identity: string;
  /** The GraphQL request this view calls AWS for (see `forRequest`); undefined for an identity's own instance. */
  readonly scope: RequestScope | undefined;
  /** The SDK clients of this identity, by `service:region`; shared with its request views. */
  private readonly sdk: Map<string, SdkClient>;
  /** The clients this instance handed out (the SDK clients behind the call layers, bound to `scope`). */
  private readonly layered = new Map<string, ClientByService[AwsService]>();
  private readonly pools: ConnectionPools;
  /** Whether this instance made (and so closes) the pools; per-identity instances share their parent's. */
  private readonly ownsPools: boolean;
  /** Whether this instance made (and so destroys) its SDK clients; request views use their identity's. */
  private readonly ownsClients: boolean;
  /** The AWS account of each identity, for the rate-limit buckets; shared with the per-identity instances. */
  private readonly accounts: AccountIds;

  constructor(
    private readonly options: AwsClientsOptions,
    shared?: Shared,
  ) {
    this.defaultRegion = options.region;
    this.identity = options.identity ?? GATEWAY_IDENTITY;
    this.ownsPools = shared === undefined;
    this.ownsClients = shared?.sdk === undefined;
    this.sdk = shared?.sdk ?? new Map();
    this.scope = shared?.scope;
    this.pools = shared?.pools ?? new ConnectionPools(options.maxSockets);
    this.accounts = shared?.accounts ?? new AccountIds((credentials) => this.callerAccount(credentials));
  }

  /**
   * This identity's clients as one GraphQL request uses them: the same SDK clients, with every call made through them
   * tied to `scope` (its memo of reads, its caller for the rate limits and retry quota, its AWS call count, its
   * cache age and staleness). Cheap: one small object per request, one more per client it uses.
   */
  forRequest(scope: RequestScope): AwsClients {
    return new AwsClients(this.options, { pools: this.pools, accounts: this.accounts, sdk: this.sdk, scope });
  }

  /**
   * Clients for another AWS identity (a caller's STS session): same endpoint, region, timeouts, retry policy, call
   * layers and connection pools, other credentials.
   */
  withIdentity(identity: string, credentials: AwsCredentialIdentityProvider): AwsClients {
    return new AwsClients({ ...this.options, identity, credentials }, { pools: this.pools, accounts: this.accounts });
  }

  /**
   * The AWS account this identity acts as, for the rate-limit buckets (see AccountIds): resolved once and kept.
   * Start-up asks for it so no request waits for the lookup; the value is the stand-in key when it could not be found.
   */
  async account(): Promise<string> {
    return this.accounts.of(this.identity, await (await this.qbusiness()).config.credentials());
  }

  /** STS GetCallerIdentity with these credentials: the account they act as (used once per identity, see AccountIds). */
  private async callerAccount(credentials: AwsCredentialIdentity): Promise<string> {
    // Not destroyed after use: its handler's sockets belong to the shared pools, closed with them.
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const sts = new STSClient({
      region: this.defaultRegion,
      ...(this.options.endpoint === undefined ? {} : { endpoint: this.options.endpoint }),
      credentials,
      requestHandler: this.requestHandler(),
      maxAttempts: 2,
    });
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    if (Account === undefined || !/^\d{12}$/.test(Account)) throw new Error('STS GetCallerIdentity answered without an account');
    return Account;
  }

  /** The endpoint every service uses (the emulator), if one was given; STS is reached the same way. */
  get endpoint(): string | undefined {
    return this.options.endpoint;
  }

  /** An HTTP handler with these clients' timeouts and its own pool, for another SDK client (STS). */
  requestHandler(): NodeHttpHandler {
    return this.handler('sts', this.defaultRegion);
  }

  /** The Q Business client of a region (its SDK package is loaded on first use, see src/aws/sdk.ts). */
  async qbusiness(region: string = this.defaultRegion): Promise<QBusinessClient> {
    const { QBusinessClient } = await loadSdk.qbusiness();
    return this.get('qbusiness', region, (config) => new QBusinessClient(config));
  }

  async quicksight(region: string = this.defaultRegion): Promise<QuickSightClient> {
    const { QuickSightClient } = await loadSdk.quicksight();
    return this.get('quicksight', region, (config) => new QuickSightClient(config));
  }

  async securityhub(region: string = this.defaultRegion): Promise<SecurityHubClient> {
    const { SecurityHubClient } = await loadSdk.securityhub();
    return this.get('securityhub', region, (config) => new SecurityHubClient(config));
  }

  /** Closes every client and, for the instance that made them, the sockets (a request view closes nothing). */
  destroy(): void {
    this.layered.clear();
    if (!this.ownsClients) return;
    for (const { client } of this.sdk.values()) client.destroy();
    this.sdk.clear();
    if (this.ownsPools) this.pools.destroy();
  }

  private get<S extends AwsService>(
    service: S,
    region: string,
    build: (config: ReturnType<AwsClients['clientConfig']>) => ClientByService[S],
  ): ClientByService[S] {
    const key = `${service}:${region}`;
    let layered = this.layered.get(key) as ClientByService[S] | undefined;
    if (layered !== undefined) return layered;
    let sdk = this.sdk.get(key);
    if (sdk === undefined) {
      const client = build(this.clientConfig(service, region));
      const quotas = new RetryQuotas(this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
      registerAttemptLayers(client, { identity: this.identity, service, region }, this.options.layers, this.accounts, quotas);
      client.middlewareStack.use(awsCallTelemetry);
      // The call layers sit in front of `send`: an answer from the cache never reaches the SDK or its telemetry.
      sdk = { client, layered: callLayersFor<ClientByService[AwsService]>(client, { identity: this.identity, service, region, layers: this.options.layers }) };
      this.sdk.set(key, sdk);
    }
    layered = sdk.layered(this.scope) as ClientByService[S];
    this.layered.set(key, layered);
    return layered;
  }

  private handler(service: string, region: string): NodeHttpHandler {
    const { connectionTimeoutMs, requestTimeoutMs } = this.options;
    return new NodeHttpHandler({
      ...this.pools.get(service, region),
      connectionTimeout: connectionTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // Without this the handler only logs a warning when AWS is slow; we want a TimeoutError the SDK retries.
      throwOnRequestTimeout: true,
    });
  }

  private clientConfig(service: AwsService, region: string) {
    const { endpoint, credentials, maxAttempts } = this.options;
    return {
      region,
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(credentials === undefined ? {} : { credentials }),
      // The standard retry mode; its retry quota is kept per caller (see registerAttemptLayers and RetryQuotas).
      maxAttempts: maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      requestHandler: this.handler(service, region),
      // Resolve each command's middleware stack once per client instead of on every send (the SDK rebuilds it
      // otherwise). Safe here because every middleware (layers, telemetry) is added in \`get\`, before the first send:
      // with this option, middleware added later is ignored.
      cacheMiddleware: true,
    };
  }
}
