import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../support/gateway.js';

const gw = useTestGateway({ http: { headersTimeoutMs: 1000, requestTimeoutMs: 1500, maxConnections: 3 } });

/**
 * Opens a raw TCP connection to the gateway. `closed` resolves with everything the server sent once it closes the
 * connection (listening from the start: the server may close before the connection is even reported open), and
 * rejects after 15 s.
 */
function open(): Promise<{ socket: Socket; closed: Promise<string> }> {
  const { port } = new URL(gw.url);
  const socket = connect(Number(port), '127.0.0.1');
  const closed = new Promise<string>((resolve, reject) => {
    let received = '';
    const timer = setTimeout(() => reject(new Error(`connection still open after 15 s; received: ${received}`)), 15_000);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('close', () => resolve({ socket, closed }));
  });
}

describe('slow and numerous clients', () => {
  it('answers 408 and closes a client that never finishes its headers', async () => {
    const { socket, closed } = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n');
    const received = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers 408 and closes a client that never finishes its body', async () => {
    const { socket, closed } = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    const received = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes connections beyond the maximum at once, and serves again when they are gone', async () => {
    const held = await Promise.all([open(), open(), open()]);
    const extra = await open();
    expect(await extra.closed).toBe('');
    for (const { socket } of held) socket.destroy();
    // Served again once the held connections are gone (retry: the server sees the closes asynchronously).
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      status = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(2000),
      }).then((response) => response.status, () => 0);
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });
});
