import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('federation configuration', () => {
  it('caps _entities at 100 representations and resolves 10 references at once by default', () => {
    expect(loadConfig([], {}).federation).toEqual({ maxRepresentations: 100, entityConcurrency: 10 });
  });

  it('reads CONNECTOR_GRAPH_MAX_REPRESENTATIONS and CONNECTOR_GRAPH_ENTITY_CONCURRENCY', () => {
    const env = { CONNECTOR_GRAPH_MAX_REPRESENTATIONS: '500', CONNECTOR_GRAPH_ENTITY_CONCURRENCY: '4' };
    expect(loadConfig([], env).federation).toEqual({ maxRepresentations: 500, entityConcurrency: 4 });
  });

  it.each([
    ['CONNECTOR_GRAPH_MAX_REPRESENTATIONS', '0', 'CONNECTOR_GRAPH_MAX_REPRESENTATIONS is "0": use a whole number from 1 to 10000.'],
    ['CONNECTOR_GRAPH_ENTITY_CONCURRENCY', 'many', 'CONNECTOR_GRAPH_ENTITY_CONCURRENCY is "many": use a whole number from 1 to 100.'],
  ])('refuses %s=%s with one line to fix', (name, value, message) => {
    expect(() => loadConfig([], { [name]: value })).toThrow(message);
  });
});
