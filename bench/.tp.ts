import { throughput } from '/work/main/bench/throughput.js';
const v = process.argv[2] ?? 'default';
const variants = { default: { name: 'default configuration, cache off', env: {} }, jwt: { name: 'JWT', env: {}, jwtScopes: 'qbusiness:read' }, cache: { name: 'cache hits', env: { CONNECTOR_GRAPH_CACHE_TTL_S: '15' } } } as const;
await throughput([variants[v as keyof typeof variants]]);
