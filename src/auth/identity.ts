import type { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import { LRUCache } from 'lru-cache';
import type { AwsClients } from '../aws/clients.js';
import { awsErrorToGraphQL, type GatewayError } from '../errors.js';
import type { Caller } from './caller.js';

/** A session is renewed this long before STS says it expires. */
const RENEW_BEFORE_MS = 60_000;

interface Session {
  credentials: AwsCredentialIdentity;
  /** The earlier of the session's expiry (less the margin) and the token's `exp`. */
  usableUntil: number;
}

interface Entry {
  clients: AwsClients;
  session: Session | undefined;
  /** The STS call in flight for this caller: concurrent requests wait for it (single flight). */
  pending: Promise<Session> | undefined;
}

export interface CallerIdentitiesOptions {
  /** The gateway's clients: their endpoint, region, timeouts and agents are reused. */
  gateway: AwsClients;
  roleArn: string;
  durationSeconds: number;
  /** Callers whose sessions are kept at once. */
  maxCallers?: number;
}

/** `sub` made into an STS RoleSessionName: 2-64 characters of `[\w+=,.@-]`. */
export function roleSessionName(subject: string): string {
  const name = subject.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return name.length >= 2 ? name : `${name}--`.slice(0, 2);
}

/**
 * `CONNECTOR_GRAPH_AWS_IDENTITY=caller`: each caller's AWS calls are signed with an STS session obtained with their
 * own token (AssumeRoleWithWebIdentity). Sessions are cached per (issuer, sub, role) until shortly before they expire
 * and never used past the token's `exp`; concurrent requests of one caller share one STS call. Each caller gets
 * AwsClients of their own identity (`caller:<issuer>|<sub>|<roleArn>`) sharing the gateway's sockets.
 */
export class CallerIdentities {
  /** The STS client, built with its SDK package on the first AssumeRoleWithWebIdentity. */
  private sts: Promise<{ client: STSClient; AssumeRole: typeof AssumeRoleWithWebIdentityCommand }> | undefined;
  private readonly entries: LRUCache<string, Entry>;

  constructor(private readonly options: CallerIdentitiesOptions) {
    this.entries = new LRUCache<string, Entry>({
      max: options.maxCallers ?? 1000,
      dispose: (entry) => entry.clients.destroy(),
    });
  }

  /** The clients of this caller's AWS identity, with a valid session; throws the mapped STS error (aws.service sts). */
  async clientsFor(caller: Caller, token: string): Promise<AwsClients> {
    const identity = `caller:${caller.issuer}|${caller.subject}|${this.options.roleArn}`;
    let entry = this.entries.get(identity);
    if (entry === undefined) {
      const created: Entry = { clients: undefined as unknown as AwsClients, session: undefined, pending: undefined };
      created.clients = this.options.gateway.withIdentity(identity, async () => {
        const session = created.session;
        if (session === undefined || session.usableUntil <= Date.now()) throw new Error('the caller\'s STS session has expired');
        return { ...session.credentials, expiration: new Date(session.usableUntil) };
      });
      this.entries.set(identity, created);
      entry = created;
    }
    if (entry.session !== undefined && entry.session.usableUntil > Date.now()) return entry.clients;
    const current = entry;
    current.pending ??= this.assume(caller, token).finally(() => {
      current.pending = undefined;
    });
    current.session = await current.pending;
    return current.clients;
  }

  destroy(): void {
    this.entries.clear();
    void this.sts?.then(({ client }) => client.destroy());
  }

  private stsClient() {
    const { gateway } = this.options;
    this.sts ??= import('@aws-sdk/client-sts').then(({ STSClient, AssumeRoleWithWebIdentityCommand }) => ({
      client: new STSClient({
        region: gateway.defaultRegion,
        // The emulator's one endpoint; otherwise the SDK applies AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL itself.
        ...(gateway.endpoint === undefined ? {} : { endpoint: gateway.endpoint }),
        requestHandler: gateway.requestHandler(),
        maxAttempts: 2,
      }),
      AssumeRole: AssumeRoleWithWebIdentityCommand,
    }));
    return this.sts;
  }

  private async assume(caller: Caller, token: string): Promise<Session> {
    try {
      const sts = await this.stsClient();
      const output = await sts.client.send(
        new sts.AssumeRole({
          RoleArn: this.options.roleArn,
          RoleSessionName: roleSessionName(caller.subject),
          WebIdentityToken: token,
          DurationSeconds: this.options.durationSeconds,
        }),
      );
      const credentials = output.Credentials;
      if (credentials?.AccessKeyId === undefined || credentials.SecretAccessKey === undefined || credentials.Expiration === undefined) {
        throw new Error('STS AssumeRoleWithWebIdentity answered without credentials');
      }
      return {
        credentials: {
          accessKeyId: credentials.AccessKeyId,
          secretAccessKey: credentials.SecretAccessKey,
          ...(credentials.SessionToken === undefined ? {} : { sessionToken: credentials.SessionToken }),
        },
        usableUntil: Math.min(credentials.Expiration.getTime() - RENEW_BEFORE_MS, caller.expiresAt),
      };
    } catch (error) {
      const mapped: GatewayError = awsErrorToGraphQL(error, {
        service: 'sts',
        operation: 'AssumeRoleWithWebIdentity',
        region: this.options.gateway.defaultRegion,
      });
      const status = mapped.extensions.code === 'UNAUTHENTICATED' ? 401 : mapped.extensions.code === 'ACCESS_DENIED' ? 403 : 502;
      (mapped.extensions as Record<string, unknown>).http = { status };
      throw mapped;
    }
  }
}
