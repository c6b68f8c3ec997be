/**
 * `npm run sdl`: prints the subgraph SDL (what `_service { sdl }` answers) to stdout, for
 * `rover subgraph check/publish --schema -` or any other registry:
 *   npm run --silent sdl | rover subgraph publish my-graph@prod --name connector-graph --schema - --routing-url https://...
 */
import { subgraphSdl } from '../src/federation/sdl.js';

process.stdout.write(`${await subgraphSdl()}\n`);
