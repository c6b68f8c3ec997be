/**
 * The built-in AWS emulator: an HTTP server speaking restJson1 for Q Business, QuickSight and Security Hub, so the
 * real AWS SDK for JavaScript v3 can be pointed at it. This barrel only re-exports.
 */
export { DEFAULT_BUILD_DELAY_MS, DEFAULT_NEXT_TOKEN_TTL_MS, DEFAULT_PLUGIN_QUOTA_PER_APPLICATION, startEmulator } from './server.js';
export type { CallRecord, Emulator, EmulatorLogEntry, EmulatorOptions } from './server.js';
export type { Fault } from './faults.js';
export type { OperationName } from './operation.js';
export { SEED, SEED_COUNTS, SEED_ROLES } from './fixtures/index.js';
export { EmulatorStore, QBusinessStore, QuickSightStore, SecurityHubStore } from './store.js';
export type * from './shapes.js';
