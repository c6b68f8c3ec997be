import { createServer, type AddressInfo } from 'node:net';

/**
 * The environment of a gateway child process in `--backend aws` mode pointed at a test's emulator: only PATH and
 * HOME from the parent, fake long-term keys, us-east-1, auth off on purpose (aws mode requires the choice), and the
 * test's own variables on top.
 */
export function awsModeEnv(emulatorUrl: string, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEONLY',
    AWS_SECRET_ACCESS_KEY: 'not-a-real-secret',
    AWS_REGION: 'us-east-1',
    CONNECTOR_GRAPH_AUTH: 'none',
    AWS_ENDPOINT_URL: emulatorUrl,
    ...env,
  };
}

/** A loopback port nothing listens on right now (bound to port 0, then released), for a child process to take. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
