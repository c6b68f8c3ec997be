import { Agent } from 'node:http';
import { startEmulatorProcess, startGateway } from './throughput.js';
// Profile run: gateway under load for PROF_MS with --cpu-prof.
const emulator = await startEmulatorProcess();
const gw = await startGateway(emulator.url, { name: 'prof', nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF_DIR ?? '/tmp/prof'}`], env: { ...(process.env.PROF_ENV ? JSON.parse(process.env.PROF_ENV) : {}) } });
const { request } = await import('node:http');
const { THROUGHPUT_QUERY } = await import('./throughput.js');
const body = Buffer.from(JSON.stringify({ query: THROUGHPUT_QUERY }));
const agent = new Agent({ keepAlive: true, maxSockets: 16 });
const until = Date.now() + Number(process.env.PROF_MS ?? 8000);
let n = 0;
await Promise.all(Array.from({ length: 16 }, async () => {
  while (Date.now() < until) {
    await new Promise<void>((resolve, reject) => {
      const req = request(gw.url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => { res.resume(); res.on('end', () => { n++; resolve(); }); });
      req.on('error', reject); req.end(body);
    });
  }
}));
console.log('queries', n);
agent.destroy();
await gw.stop();
emulator.child.disconnect();
