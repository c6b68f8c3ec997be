import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../support/gateway.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const gw = useTestGateway();

describe('README', () => {
  it('has example queries that run as written against the seeded emulator', async () => {
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const query of blocks) {
      const { body } = await gw.gql(query);
      expect(body.errors).toBeUndefined();
      for (const value of Object.values(body.data ?? {})) expect(value).not.toBeNull();
    }
  });

  it('shows the error contract as the gateway really answers it', async () => {
    const { body } = await gw.gql(`{ plugin(applicationId: "89b445ee-84b7-4845-adb0-cbfffb70a4af", pluginId: "NOT-A-UUID") { pluginId } }`);
    const documented = /"extensions": \{\s*"code": "VALIDATION_FAILED",\s*"retryable": false,\s*"aws": \{ "service": "qbusiness", "operation": "GetPlugin", "errorType": "ValidationException",\s*"httpStatus": 400/;
    expect(readme).toMatch(documented);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      retryable: false,
      aws: { service: 'qbusiness', operation: 'GetPlugin', errorType: 'ValidationException', httpStatus: 400, region: 'us-east-1' },
      fieldErrors: [{ path: 'pluginId' }],
    });
    expect(body.errors?.[0]?.message).toMatch(/^1 validation error detected: Value 'NOT-A-UUID' at 'pluginId' failed to satisfy constraint/);
  });

  it('documents every configuration variable the code reads', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'config.ts'), 'utf8');
    const variables = new Set([...source.matchAll(/env\.([A-Z_]+)/g)].map((match) => match[1]));
    for (const variable of variables) expect(readme, variable).toContain(`\`${variable}\``);
  });
});
