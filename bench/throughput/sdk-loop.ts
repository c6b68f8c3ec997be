/**
 * Side B of the throughput benchmark: the same GetPlugin the gateway makes, called with the AWS SDK v3 directly, in
 * a process of its own so its CPU can be read from /proc. The client keeps the SDK's default configuration except
 * for the HTTP handler: Q Business defaults to HTTP/2, which the emulator (HTTP/1.1, like any proxy) refuses, so it
 * gets the SDK's own HTTP/1.1 handler with its defaults (keep-alive on).
 *
 * Protocol (IPC): parent sends `{ run: { ms } }`, the loop runs `concurrency` workers for that long and answers
 * `{ done: { count, errors, latenciesMs } }`.
 */
import { GetPluginCommand, QBusinessClient } from '@aws-sdk/client-qbusiness';
import { NodeHttpHandler } from '@smithy/node-http-handler';

interface Setup {
  url: string;
  applicationId: string;
  pluginId: string;
  concurrency: number;
}

const setup = JSON.parse(process.argv[2] ?? '{}') as Setup;
const client = new QBusinessClient({
  region: 'us-east-1',
  endpoint: setup.url,
  credentials: { accessKeyId: 'AKIABENCHEXAMPLE', secretAccessKey: 'bench' },
  requestHandler: new NodeHttpHandler(),
});
const input = { applicationId: setup.applicationId, pluginId: setup.pluginId };

async function run(ms: number): Promise<{ count: number; errors: number; latenciesMs: number[] }> {
  const until = performance.now() + ms;
  const latenciesMs: number[] = [];
  let errors = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const start = performance.now();
      try {
        await client.send(new GetPluginCommand(input));
        latenciesMs.push(performance.now() - start);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: setup.concurrency }, worker));
  return { count: latenciesMs.length, errors, latenciesMs };
}

process.on('message', (message: { run?: { ms: number } }) => {
  if (message.run === undefined) return;
  void run(message.run.ms).then((done) => process.send?.({ done }));
});
process.on('disconnect', () => {
  client.destroy();
  process.exit(0);
});
process.send?.({ ready: true });
