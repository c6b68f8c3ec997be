import { createAwsCallLayers } from './aws/callLayers.js';
import { AwsClients } from './aws/clients.js';
import { loadSdk } from './aws/sdk.js';
import { ConfigError, type Config } from './config.js';
import type { Emulator } from './emulator/index.js';
import type { Logger } from './logger.js';

export interface Backend {
  clients: AwsClients;
  /** Set in emulator mode: the in-process emulator the clients point at. */
  emulator: Emulator | undefined;
  /** What `/ready` checks for this backend, by name (aws mode: that the clients' credentials still resolve). */
  readinessChecks: Record<string, () => Promise<void>>;
  /** Closes the clients and, in emulator mode, the emulator. */
  close(): Promise<void>;
}

/** Credentials the emulator accepts; it reads the region from the signature but does not verify it. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'AKIAEMULATOREXAMPLE', secretAccessKey: 'emulator-secret-not-checked' };

/**
 * Connects the gateway to its backend. Emulator mode starts the built-in emulator on an ephemeral loopback port and
 * points every client at it. AWS mode uses the standard AWS configuration (default credential chain, AWS_REGION /
 * AWS_PROFILE, AWS_ENDPOINT_URL_* overrides) and checks at start-up that a region and credentials can be found,
 * throwing ConfigError with the fix otherwise.
 */
export async function connectBackend(config: Config, logger: Logger): Promise<Backend> {
  const callLayers = createAwsCallLayers(config.layers, logger);
  const clientOptions = {
    layers: callLayers.layers,
    maxAttempts: config.aws.maxAttempts,
    connectionTimeoutMs: config.aws.connectionTimeoutMs,
    requestTimeoutMs: config.aws.requestTimeoutMs,
    maxSockets: config.aws.maxSockets,
  };
  if (config.backend === 'emulator') {
    // Loaded only in this mode: a gateway in front of AWS never carries the emulator.
    const { startEmulator } = await import('./emulator/index.js');
    const emulator = await startEmulator({
      // The path holds the ids a client sent: log the operation and outcome only.
      log: ({ path: _path, ...entry }) => logger.debug({ emulator: entry }, 'emulator request'),
    });
    const clients = new AwsClients({
      ...clientOptions,
      region: config.aws.region ?? 'us-east-1',
      endpoint: emulator.url,
      // The emulator's account, so the rate limits know it without asking STS.
      credentials: { ...EMULATOR_CREDENTIALS, accountId: emulator.accountId },
    });
    return {
      clients,
      emulator,
      readinessChecks: {},
      close: async () => {
        clients.destroy();
        await callLayers.close();
        await emulator.close();
      },
    };
  }
  const region = config.aws.region ?? (await resolveAwsRegion());
  await checkAwsCredentials(region);
  const clients = new AwsClients({ ...clientOptions, region });
  // The account of the gateway's credentials, for the rate-limit buckets, found now rather than in the first request.
  const account = await clients.account();
  if (/^\d{12}$/.test(account)) logger.info({ aws: { account } }, 'AWS account of the gateway credentials (rate limits are kept per account)');
  else logger.warn('STS GetCallerIdentity failed: the gateway credentials get rate-limit buckets of their own until it answers (retried every 30 s)');
  return {
    clients,
    emulator: undefined,
    readinessChecks: {
      // The clients' own (memoized, refreshing) credential provider: what the next AWS call would use.
      awsCredentials: async () => {
        await (await clients.qbusiness()).config.credentials();
      },
    },
    close: async () => {
      clients.destroy();
      await callLayers.close();
    },
  };
}

/** The region the SDK's default chain finds (AWS_REGION, then the profile's config file). */
async function resolveAwsRegion(): Promise<string> {
  const { QBusinessClient } = await loadSdk.qbusiness();
  const probe = new QBusinessClient({});
  try {
    return await probe.config.region();
  } catch {
    throw new ConfigError('No AWS region found: set AWS_REGION (e.g. us-east-1) or a region in your AWS_PROFILE.');
  } finally {
    probe.destroy();
  }
}

/** Fails start-up when the default credential chain finds nothing, instead of failing every query later. */
async function checkAwsCredentials(region: string): Promise<void> {
  const { QBusinessClient } = await loadSdk.qbusiness();
  const probe = new QBusinessClient({ region });
  try {
    await withTimeout(probe.config.credentials(), 10_000);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(
      `No AWS credentials found (${reason}): set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run with --backend emulator.`,
    );
  } finally {
    probe.destroy();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
