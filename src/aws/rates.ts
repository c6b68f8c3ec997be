// Rate-limit settings: plain data and parsing only, so the configuration can read them without loading the SDK.

/** A token bucket: `rate` calls per second on average, up to `burst` at once. */
export interface Rate {
  rate: number;
  burst: number;
}

/**
 * Defaults per operation, from AWS's documented quotas where they exist. Security Hub's API reference: "All other
 * operations - RateLimit of 10 requests per second. BurstLimit of 30 requests per second" (GetConnectorV2,
 * ListConnectorsV2). Amazon Q Business and Amazon QuickSight publish no per-operation request rates for these
 * operations: they get DEFAULT_RATE, a conservative guess.
 */
export const DOCUMENTED_RATES: Readonly<Record<string, Rate>> = {
  GetConnectorV2: { rate: 10, burst: 30 },
  ListConnectorsV2: { rate: 10, burst: 30 },
};
/** For operations without a documented quota. */
export const DEFAULT_RATE: Rate = { rate: 5, burst: 10 };

/**
 * Parses CONNECTOR_GRAPH_AWS_RATE_LIMITS: `Operation=rate[/burst]` pairs, comma-separated; `*` sets the default for
 * every operation not named. Burst defaults to the rate. Throws an Error with the problem in one line.
 */
export function parseRateLimits(text: string): Record<string, Rate> {
  const limits: Record<string, Rate> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^([A-Za-z0-9]+|\*)=(\d+(?:\.\d+)?)(?:\/(\d+))?$/.exec(part);
    if (match === null) throw new Error(`"${part}" is not Operation=rate or Operation=rate/burst (e.g. GetPlugin=10/20)`);
    const rate = Number(match[2]);
    const burst = match[3] === undefined ? Math.max(1, Math.ceil(rate)) : Number(match[3]);
    if (rate <= 0 || burst < 1 || burst < rate) throw new Error(`"${part}": rate must be > 0 and burst >= max(rate, 1)`);
    limits[match[1] as string] = { rate, burst };
  }
  return limits;
}
