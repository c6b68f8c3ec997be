/**
 * The built-in AWS emulator: an HTTP server speaking restJson1 for Q Business, QuickSight and Security Hub, so the
 * real AWS SDK for JavaScript v3 can be pointed at it. This barrel only re-exports.
 */
export { startEmulator } from './server.js';
export type { CallRecord, Emulator, EmulatorLogEntry, EmulatorOptions } from './server.js';
export type { Fault } from './faults.js';
export type { OperationName } from './operation.js';
export { SEED } from './fixtures/index.js';
export { EmulatorStore, QBusinessStore, QuickSightStore, SecurityHubStore } from './store.js';
export type * from './shapes.js';
