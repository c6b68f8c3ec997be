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
    const { body } = await gw.gql(
      `{ plugin(applicationId: "89b445ee-84b7-4845-adb0-cbfffb70a4af", pluginId: "00000000-0000-4000-8000-000000000000") { pluginId } }`,
    );
    const documented = /"extensions": \{\s*"code": "RESOURCE_NOT_FOUND",\s*"retryable": false,\s*"aws": \{ "service": "qbusiness", "operation": "GetPlugin", "errorType": "ResourceNotFoundException",\s*"httpStatus": 404/;
    expect(readme).toMatch(documented);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'RESOURCE_NOT_FOUND',
      retryable: false,
      aws: { service: 'qbusiness', operation: 'GetPlugin', errorType: 'ResourceNotFoundException', httpStatus: 404, region: 'us-east-1' },
    });
    expect(body.errors?.[0]?.message).toBe('Plugin with ID 00000000-0000-4000-8000-000000000000 not found.');
  });

  it('documents every configuration variable the code reads', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'config.ts'), 'utf8');
    const variables = new Set([...source.matchAll(/env\.([A-Z_]+)/g)].map((match) => match[1]));
    for (const variable of variables) expect(readme, variable).toContain(`\`${variable}\``);
  });
});
