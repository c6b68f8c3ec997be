import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../src/emulator/server.js';
import { useTestGateway } from '../support/gateway.js';

describe('the emulator control API is loopback-only', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['192.168.1.20', false],
    ['::ffff:10.0.0.5', false],
    ['fe80::1', false],
    ['1270.0.0.1', false],
    ['127.0.0.1.evil', false],
    [undefined, false],
  ])('peer %s is loopback: %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });

  const gw = useTestGateway();

  it('answers on loopback', async () => {
    const response = await fetch(`${gw.emulator.url}/_emulator/health`);
    expect(response.status).toBe(200);
  });

  it('is no route of the gateway', async () => {
    for (const path of ['/_emulator/calls', '/_emulator/faults', '/_emulator/health']) {
      const response = await fetch(new URL(path, gw.url));
      expect(response.status, path).toBe(404);
    }
  });
});
