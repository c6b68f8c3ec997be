/**
 * CallerIdentities against the emulator's STS, over the real SDK: the session is cached per caller, never offered to
 * the SDK past the token's `exp`, and RoleSessionName is `sub` made valid for STS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { CallerIdentities, roleSessionName } from '../../src/auth/identity.js';
import { AwsClients } from '../../src/aws/clients.js';
import { SEED_ROLES, startEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Caller } from '../../src/auth/caller.js';

let emulator: Emulator;
let gateway: AwsClients;
let identities: CallerIdentities;

beforeAll(async () => {
  emulator = await startEmulator();
  gateway = new AwsClients({
    region: 'us-east-1',
    endpoint: emulator.url,
    credentials: { accessKeyId: 'AKIATESTEXAMPLE', secretAccessKey: 'test-secret' },
    maxAttempts: 1,
    connectionTimeoutMs: 2000,
    requestTimeoutMs: 5000,
    maxSockets: 10,
  });
  identities = new CallerIdentities({ gateway, roleArn: SEED_ROLES.operator, durationSeconds: 3600 });
});

afterAll(async () => {
  identities?.destroy();
  gateway?.destroy();
  await emulator?.close();
});

async function callerWithToken(subject: string, expiresInSeconds: number): Promise<{ caller: Caller; token: string }> {
  const token = await emulator.issueToken({ subject, scopes: 'qbusiness:read', expiresInSeconds });
  const claims = decodeJwt(token);
  return {
    token,
    caller: { subject, issuer: emulator.issuer, scopes: new Set(['qbusiness:read']), expiresAt: Number(claims.exp) * 1000 },
  };
}

describe('CallerIdentities', () => {
  it("hands the SDK the session's keys, expiring no later than the token, and reuses the session", async () => {
    const { caller, token } = await callerWithToken('dave@example.com', 120);
    const before = emulator.iam.stsCalls;
    const clients = await identities.clientsFor(caller, token);
    expect(clients.identity).toBe(`caller:${emulator.issuer}|dave@example.com|${SEED_ROLES.operator}`);
    const credentials = await (await clients.qbusiness()).config.credentials();
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(emulator.iam.session(credentials.accessKeyId)).toMatchObject({ subject: 'dave@example.com', sessionName: 'dave@example.com' });
    // STS granted an hour; the token ends in two minutes, and so does the session's use.
    expect(credentials.expiration?.getTime()).toBeLessThanOrEqual(caller.expiresAt);
    expect(await identities.clientsFor(caller, token)).toBe(clients);
    expect(emulator.iam.stsCalls - before).toBe(1);
  });

  it('makes RoleSessionName from sub within STS rules', () => {
    expect(roleSessionName('auth0|5f7c8ec7c33c6c004bbafe82')).toBe('auth0-5f7c8ec7c33c6c004bbafe82');
    expect(roleSessionName('a')).toMatch(/^[\w+=,.@-]{2}$/);
    expect(roleSessionName('x'.repeat(100))).toHaveLength(64);
  });
});
