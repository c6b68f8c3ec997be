import type { AwsCredentialIdentity } from '@smithy/types';

/** How long a failed account lookup is not retried (calls meanwhile are limited per identity instead). */
const LOOKUP_RETRY_MS = 30_000;

/** The 12-digit account of an ARN (`arn:<partition>:<service>:<region>:<account>:...`), if it has one. */
export function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

/**
 * The account of an identity named `caller:<issuer>|<sub>|<roleArn>` (a caller's STS session): the role's account,
 * which is the account the session's calls are made as and charged to.
 */
export function accountOfCallerIdentity(identity: string): string | undefined {
  if (!identity.startsWith('caller:')) return undefined;
  return accountOfArn(identity.slice(identity.lastIndexOf('|') + 1));
}

/**
 * The AWS account each identity's calls are made as, for the rate-limit buckets (AWS's quotas are per account and
 * region). Resolved once per identity, then answered from memory (a Map lookup per call):
 * 1. a caller's STS session: the account of its role ARN (no call);
 * 2. credentials that carry `accountId` (SDK v3 providers set it, e.g. from AWS_ACCOUNT_ID or an SSO profile): that;
 * 3. otherwise STS GetCallerIdentity with those credentials, once per identity for the life of the process, with
 *    concurrent first calls sharing one lookup (single flight). While a lookup has failed (for LOOKUP_RETRY_MS) the
 *    identity's calls use buckets of their own (`identity:<identity>`), so they are still limited.
 */
export class AccountIds {
  private readonly known = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string>>();
  private readonly failedUntil = new Map<string, number>();

  constructor(private readonly lookup: (credentials: AwsCredentialIdentity) => Promise<string>) {}

  /** The account (or the stand-in key) of `identity`: a string when known, else a promise of it. */
  of(identity: string, credentials: AwsCredentialIdentity | undefined): string | Promise<string> {
    const known = this.known.get(identity);
    if (known !== undefined) return known;
    const fromArn = accountOfCallerIdentity(identity);
    const fromCredentials = credentials?.accountId !== undefined && /^\d{12}$/.test(credentials.accountId) ? credentials.accountId : undefined;
    const direct = fromArn ?? fromCredentials;
    if (direct !== undefined) {
      this.known.set(identity, direct);
      return direct;
    }
    const standIn = `identity:${identity}`;
    if (credentials === undefined || (this.failedUntil.get(identity) ?? 0) > Date.now()) return standIn;
    let flight = this.pending.get(identity);
    if (flight === undefined) {
      flight = this.lookup(credentials)
        .then((account) => {
          this.known.set(identity, account);
          this.failedUntil.delete(identity);
          return account;
        })
        .catch(() => {
          this.failedUntil.set(identity, Date.now() + LOOKUP_RETRY_MS);
          return standIn;
        })
        .finally(() => this.pending.delete(identity));
      this.pending.set(identity, flight);
    }
    return flight;
  }
}
