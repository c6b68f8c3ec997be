import { GetPluginCommand } from '@aws-sdk/client-qbusiness';
import { DescribeActionConnectorCommand } from '@aws-sdk/client-quicksight';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/fixtures/ids.js';
import { startEmulator } from '../../src/emulator/index.js';
import { useEmulator } from './helpers.js';

const ctx = useEmulator({ callLogSize: 5 });
const plugin = SEED.qbusiness.plugins.basicAuth;

describe('the call log', () => {
  it('keeps the newest calls only, and counts every call', async () => {
    for (let i = 0; i < 9; i++) await ctx.sdk.qbusiness.send(new GetPluginCommand(plugin));
    for (let i = 0; i < 3; i++) {
      await ctx.sdk.quicksight.send(
        new DescribeActionConnectorCommand({ AwsAccountId: SEED.accountId, ActionConnectorId: SEED.quicksight.actionConnectors.apiKey }),
      );
    }
    expect(ctx.emulator.calls.count()).toBe(12);
    expect(ctx.emulator.calls.count('GetPlugin')).toBe(9);
    expect(ctx.emulator.calls.count('DescribeActionConnector')).toBe(3);
    expect(ctx.emulator.calls.list().map((call) => call.operation)).toEqual([
      'GetPlugin',
      'GetPlugin',
      'DescribeActionConnector',
      'DescribeActionConnector',
      'DescribeActionConnector',
    ]);
    const response = await fetch(`${ctx.emulator.url}/_emulator/calls`);
    const body = (await response.json()) as { calls: unknown[]; total: number; counts: Record<string, number> };
    expect(body.calls).toHaveLength(5);
    expect(body.total).toBe(12);
    expect(body.counts).toEqual({ GetPlugin: 9, DescribeActionConnector: 3 });
    ctx.emulator.calls.reset();
    expect(ctx.emulator.calls.count()).toBe(0);
    expect(ctx.emulator.calls.list()).toEqual([]);
  });

  it('refuses a log size that is not a positive integer', async () => {
    await expect(startEmulator({ callLogSize: 0 })).rejects.toThrow('EmulatorOptions.callLogSize must be an integer >= 1');
  });
});
