/**
 * `npm run emulator`: runs the AWS emulator until SIGINT/SIGTERM.
 *   --host <ip>    interface to bind (default 127.0.0.1)
 *   --port <n>     port to bind (default 4010, or env EMULATOR_PORT)
 * Logs one JSON line per request to stdout (never bodies).
 */
import { startEmulator } from './index.js';

interface Flags {
  host: string;
  port: number;
}

function parsePort(value: string, source: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new Error(`${source} must be a port number 0..65535, got '${value}'`);
  return Number(value);
}

function parseFlags(argv: readonly string[], env: NodeJS.ProcessEnv): Flags {
  const flags: Flags = { host: '127.0.0.1', port: env['EMULATOR_PORT'] === undefined ? 4010 : parsePort(env['EMULATOR_PORT'], 'EMULATOR_PORT') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (name !== '--host' && name !== '--port') {
      throw new Error(`unknown flag '${arg}' (usage: emulator [--host 127.0.0.1] [--port 4010])`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`${name} needs a value`);
    if (name === '--host') flags.host = value;
    else flags.port = parsePort(value, '--port');
  }
  return flags;
}

async function main(): Promise<void> {
  let flags: Flags;
  try {
    flags = parseFlags(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`emulator: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
    return;
  }
  const emulator = await startEmulator({
    host: flags.host,
    port: flags.port,
    log: (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`),
  });
  console.log(`AWS emulator (Q Business, QuickSight, Security Hub) listening on ${emulator.url}`);
  console.log('Use it with:');
  console.log(`  export AWS_ENDPOINT_URL=${emulator.url}`);
  console.log('  export AWS_ACCESS_KEY_ID=AKIDEMULATOR AWS_SECRET_ACCESS_KEY=emulator-secret AWS_REGION=us-east-1');
  // AWS CLI v1 and boto3 read only AWS_DEFAULT_REGION.
  console.log('  export AWS_DEFAULT_REGION=us-east-1');
  console.log('AWS CLI versions older than 2.13 ignore AWS_ENDPOINT_URL: pass --endpoint-url to each command instead.');
  console.log(`Account ${emulator.accountId}; signatures are not verified. Control API: ${emulator.url}/_emulator/health`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`emulator: ${signal}, stopping`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('emulator: close failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
