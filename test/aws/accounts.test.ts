/**
 * Rate-limit buckets per (AWS account, region, operation): identities acting as different accounts have buckets of
 * their own, identities of one account share one. The account comes from a caller's role ARN, from the credentials'
 * `accountId`, or from one STS GetCallerIdentity per identity. Call counts from the emulator's call log and its STS
 * counter.
 */
import { GetPluginCommand } from '@aws-sdk/client-qbusiness';
import type { AwsCredentialIdentity } from '@smithy/types';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accountOfArn, accountOfCallerIdentity } from '../../src/aws/account.js';
import { createAwsCallLayers } from '../../src/aws/callLayers.js';
import { AwsClients } from '../../src/aws/clients.js';
import { SEED } from '../../src/emulator/fixtures/ids.js';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startTestGateway, TEST_LAYERS } from '../support/gateway.js';

const [APP] = SEED.qbusiness.applicationIds;
const PLUGIN_IDS = Object.values(SEED.qbusiness.plugins).map((plugin) => plugin.pluginId);
const OTHER_ACCOUNT = '210987654321';
const ISSUER = 'https://issuer.example';

let emulator: Emulator;
const opened: Array<{ destroy(): void }> = [];
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  emulator = await startEmulator();
});

afterEach(async () => {
  for (const clients of opened.splice(0)) clients.destroy();
  for (const close of closers.splice(0)) await close();
  emulator.calls.reset();
});

afterAll(async () => {
  await emulator?.close();
});

/** Gateway clients against the emulator with GetPlugin limited to one call per 20 s (burst 1) and no waiting. */
function gatewayClients(credentials: AwsCredentialIdentity): AwsClients {
  const { layers, close } = createAwsCallLayers({ ...TEST_LAYERS, rateLimits: { GetPlugin: { rate: 0.05, burst: 1 } }, rateWaitMs: 0 }, pino({ level: 'silent' }));
  closers.push(close);
  const clients = new AwsClients({ region: 'us-east-1', endpoint: emulator.url, credentials, maxAttempts: 1, connectionTimeoutMs: 2000, requestTimeoutMs: 5000, maxSockets: 5, layers });
  opened.push(clients);
  return clients;
}

/** A caller's identity, as CallerIdentities names it, for a role in `account`. */
function callerOf(gateway: AwsClients, subject: string, account: string): AwsClients {
  const identity = `caller:${ISSUER}|${subject}|arn:aws:iam::${account}:role/reader`;
  return gateway.withIdentity(identity, () => Promise.resolve({ accessKeyId: `AKIA${subject.toUpperCase()}`, secretAccessKey: 'x' }));
}

/** 'ok', or the error code of the gateway's refusal. */
async function getPlugin(clients: AwsClients, index: number): Promise<string> {
  try {
    await (await clients.qbusiness()).send(new GetPluginCommand({ applicationId: APP, pluginId: PLUGIN_IDS[index] }));
    return 'ok';
  } catch (error) {
    return String((error as { extensions?: { code?: string } }).extensions?.code ?? (error as Error).name);
  }
}

describe('rate-limit buckets per AWS account', () => {
  it('reads the account from an ARN and from a caller identity', () => {
    expect(accountOfArn('arn:aws:iam::123456789012:role/reader')).toBe('123456789012');
    expect(accountOfArn('arn:aws:iam:::role/x')).toBeUndefined();
    expect(accountOfCallerIdentity(`caller:${ISSUER}|alice|arn:aws:iam::${OTHER_ACCOUNT}:role/reader`)).toBe(OTHER_ACCOUNT);
    expect(accountOfCallerIdentity('gateway')).toBeUndefined();
  });

  it('gives identities in different accounts their own buckets and makes callers of one account share one', async () => {
    const gateway = gatewayClients({ accessKeyId: 'AKIATESTEXAMPLE', secretAccessKey: 'x', accountId: SEED.accountId });
    // The gateway's own credentials (account from accountId) take the only token of their account's bucket.
    expect(await getPlugin(gateway, 0)).toBe('ok');
    // Two callers whose role is in another account: the first gets that account's token, the second shares its bucket.
    expect(await getPlugin(callerOf(gateway, 'alice', OTHER_ACCOUNT), 1)).toBe('ok');
    expect(await getPlugin(callerOf(gateway, 'bob', OTHER_ACCOUNT), 2)).toBe('THROTTLED');
    // A caller whose role is in the gateway's account shares the gateway's (empty) bucket.
    expect(await getPlugin(callerOf(gateway, 'carol', SEED.accountId), 3)).toBe('THROTTLED');
    expect(emulator.calls.count('GetPlugin')).toBe(2);
    // Everyone's account was known without STS.
    expect(emulator.iam.callerIdentityCalls).toBe(0);
  });

  it('asks STS GetCallerIdentity once per identity when the credentials carry no account, concurrent first calls included', async () => {
    const before = emulator.iam.callerIdentityCalls;
    const { layers, close } = createAwsCallLayers({ ...TEST_LAYERS, rateLimits: { GetPlugin: { rate: 0.05, burst: 5 } }, rateWaitMs: 0 }, pino({ level: 'silent' }));
    closers.push(close);
    const gateway = new AwsClients({
      region: 'us-east-1',
      endpoint: emulator.url,
      credentials: { accessKeyId: 'AKIATESTEXAMPLE', secretAccessKey: 'x' },
      maxAttempts: 1,
      connectionTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      maxSockets: 5,
      layers,
    });
    opened.push(gateway);
    expect(await Promise.all([0, 1, 2].map((index) => getPlugin(gateway, index)))).toEqual(['ok', 'ok', 'ok']);
    expect(emulator.iam.callerIdentityCalls - before).toBe(1);
    // The account STS named is the bucket's: a caller whose role is in that account shares it (5 tokens, 3 taken).
    const carol = callerOf(gateway, 'carol', SEED.accountId);
    expect(await Promise.all([3, 4, 5].map((index) => getPlugin(carol, index)))).toEqual(['ok', 'ok', 'THROTTLED']);
    // Known from now on: no further lookup.
    expect(await getPlugin(gateway, 6)).toBe('THROTTLED');
    expect(emulator.iam.callerIdentityCalls - before).toBe(1);
    expect(emulator.calls.count('GetPlugin')).toBe(5);
  });

  it('never looks the account up for a request refused before execution, and once for the first call that goes out', async () => {
    const gw = await startTestGateway({ credentials: { accessKeyId: 'AKIATESTEXAMPLE', secretAccessKey: 'x' } });
    try {
      const aliases = Array.from({ length: 201 }, (_, i) => `p${i}: plugin(applicationId: "${APP}", pluginId: "${PLUGIN_IDS[0]}") { pluginId }`);
      const refused = await gw.gql(`{ ${aliases.join(' ')} }`);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      expect(gw.emulator.calls.count()).toBe(0);
      expect(gw.emulator.iam.callerIdentityCalls).toBe(0);
      const answered = await gw.gql(`{ ${aliases.slice(0, 5).join(' ')} }`);
      expect(answered.body.errors).toBeUndefined();
      expect(gw.emulator.calls.count()).toBe(1);
      expect(gw.emulator.iam.callerIdentityCalls).toBe(1);
    } finally {
      await gw.close();
    }
  });
});
