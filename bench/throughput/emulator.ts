/**
 * The zero-latency AWS emulator of the throughput benchmark, in a process of its own so that its CPU is neither the
 * gateway's nor the direct SDK loop's. Started by bench/throughput.ts over IPC: sends `{ url }`, stops when the
 * parent disconnects. No request logging (it would cost both sides alike, but it is noise).
 */
import { startEmulator } from '../../src/emulator/index.js';

const emulator = await startEmulator({ host: '127.0.0.1', port: 0 });
process.send?.({ url: emulator.url });
process.on('disconnect', () => {
  void emulator.close().then(() => process.exit(0));
});
