import { describe, expect, it } from 'vitest';
import type { APISchemaInput, CreatePluginInput, PluginAuthConfigurationInput } from '../../src/__generated__/resolvers-types.js';
import { validateCreatePluginInput } from '../../src/qbusiness/validation.js';

const ARN = 'arn:aws:iam::123456789012:role/qbusiness-plugin';
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:jira-AbCdEf';
const IDC = 'arn:aws:sso::123456789012:application/ssoins-1234567890abcdef/apl-1234567890abcdef';

function valid(): CreatePluginInput {
  return {
    applicationId: '89b445ee-84b7-4845-adb0-cbfffb70a4af',
    displayName: 'jira-tickets',
    type: 'JIRA_CLOUD',
    serverUrl: 'https://example.atlassian.net',
    authConfiguration: {
      oAuth2ClientCredentialConfiguration: {
        secretArn: SECRET,
        roleArn: ARN,
        authorizationUrl: 'https://auth.atlassian.com/authorize',
        tokenUrl: 'https://auth.atlassian.com/oauth/token',
      },
    },
    tags: [{ key: 'team', value: 'platform' }],
    clientToken: 'token-1',
  };
}

function custom(apiSchema: NonNullable<CreatePluginInput['customPluginConfiguration']>['apiSchema']): CreatePluginInput {
  return {
    applicationId: '89b445ee-84b7-4845-adb0-cbfffb70a4af',
    displayName: 'inventory_api',
    type: 'CUSTOM',
    authConfiguration: { noAuthConfiguration: true },
    customPluginConfiguration: { description: 'Inventory lookups', apiSchemaType: 'OPEN_API_V3', apiSchema },
  };
}

type Edit = (input: CreatePluginInput) => void;
const oauth = (i: CreatePluginInput) => {
  const config = i.authConfiguration.oAuth2ClientCredentialConfiguration;
  if (config == null) throw new Error('fixture: not an OAuth2 input');
  return config;
};
/** Shapes graphql-js refuses before a resolver runs (@oneOf); the validator must still catch them. */
const impossible = (value: object) => value as unknown as PluginAuthConfigurationInput;

/** [path, a value that breaks the rule, a value that keeps it]: both applied to a valid input. */
const RULES: Array<[string, Edit, Edit]> = [
  ['input.applicationId', (i) => void (i.applicationId = 'too-short'), (i) => void (i.applicationId = 'A'.repeat(36))],
  ['input.applicationId', (i) => void (i.applicationId = `-${'a'.repeat(35)}`), (i) => void (i.applicationId = `a${'-'.repeat(35)}`)],
  ['input.displayName', (i) => void (i.displayName = ''), (i) => void (i.displayName = 'a')],
  ['input.displayName', (i) => void (i.displayName = 'x'.repeat(101)), (i) => void (i.displayName = 'x'.repeat(100))],
  ['input.displayName', (i) => void (i.displayName = '_starts-badly'), (i) => void (i.displayName = 'A_b-9')],
  ['input.displayName', (i) => void (i.displayName = 'has space'), (i) => void (i.displayName = 'has_space')],
  ['input.type', (i) => void (i.type = 'UNRECOGNIZED'), (i) => void (i.type = 'SERVICE_NOW')],
  ['input.serverUrl', (i) => void (i.serverUrl = 'example.com'), (i) => void (i.serverUrl = 'ftp://example.com')],
  ['input.serverUrl', (i) => void (i.serverUrl = 'https://exa mple.com'), (i) => void (i.serverUrl = 'file:///x')],
  ['input.serverUrl', (i) => void (i.serverUrl = `https://${'a'.repeat(2041)}`), (i) => void (i.serverUrl = `https://${'a'.repeat(2040)}`)],
  ['input.serverUrl', (i) => void (i.serverUrl = ''), (i) => void (i.serverUrl = 'http://x')],
  ['input.authConfiguration.oAuth2ClientCredentialConfiguration.secretArn', (i) => void (oauth(i).secretArn = 'secret'), (i) => void (oauth(i).secretArn = SECRET)],
  ['input.authConfiguration.oAuth2ClientCredentialConfiguration.roleArn', (i) => void (oauth(i).roleArn = `${ARN}${'x'.repeat(1284)}`), (i) => void (oauth(i).roleArn = ARN)],
  ['input.authConfiguration.oAuth2ClientCredentialConfiguration.roleArn', (i) => void (oauth(i).roleArn = 'arn:aws:iam::1:/role'), (i) => void (oauth(i).roleArn = 'arn:aws:iam::1:role')],
  ['input.authConfiguration.oAuth2ClientCredentialConfiguration.authorizationUrl', (i) => void (oauth(i).authorizationUrl = 'auth'), (i) => void (oauth(i).authorizationUrl = null)],
  ['input.authConfiguration.oAuth2ClientCredentialConfiguration.tokenUrl', (i) => void (oauth(i).tokenUrl = 'https://a b'), (i) => void (oauth(i).tokenUrl = 'https://ab')],
  ['input.authConfiguration.basicAuthConfiguration.secretArn', (i) => void (i.authConfiguration = { basicAuthConfiguration: { secretArn: 'nope', roleArn: ARN } }), (i) => void (i.authConfiguration = { basicAuthConfiguration: { secretArn: SECRET, roleArn: ARN } })],
  ['input.authConfiguration.basicAuthConfiguration.roleArn', (i) => void (i.authConfiguration = { basicAuthConfiguration: { secretArn: SECRET, roleArn: 'arn:' } }), (i) => void (i.authConfiguration = { basicAuthConfiguration: { secretArn: SECRET, roleArn: ARN } })],
  ['input.authConfiguration.idcAuthConfiguration.idcApplicationArn', (i) => void (i.authConfiguration = { idcAuthConfiguration: { idcApplicationArn: ARN, roleArn: ARN } }), (i) => void (i.authConfiguration = { idcAuthConfiguration: { idcApplicationArn: IDC, roleArn: ARN } })],
  ['input.authConfiguration.idcAuthConfiguration.idcApplicationArn', (i) => void (i.authConfiguration = { idcAuthConfiguration: { idcApplicationArn: 'arn:a', roleArn: ARN } }), (i) => void (i.authConfiguration = { idcAuthConfiguration: { idcApplicationArn: IDC.replace('ssoins', 'ins'), roleArn: ARN } })],
  ['input.authConfiguration.idcAuthConfiguration.roleArn', (i) => void (i.authConfiguration = { idcAuthConfiguration: { idcApplicationArn: IDC, roleArn: 'role' } }), (i) => void (i.authConfiguration = { idcAuthConfiguration: { idcApplicationArn: IDC, roleArn: ARN } })],
  ['input.authConfiguration.noAuthConfiguration', (i) => void (i.authConfiguration = { noAuthConfiguration: false }), (i) => void (i.authConfiguration = { noAuthConfiguration: true })],
  ['input.authConfiguration', (i) => void (i.authConfiguration = impossible({})), (i) => void (i.authConfiguration = { noAuthConfiguration: true })],
  ['input.authConfiguration', (i) => void (i.authConfiguration = impossible({ noAuthConfiguration: true, basicAuthConfiguration: { secretArn: SECRET, roleArn: ARN } })), (i) => void (i.authConfiguration = { basicAuthConfiguration: { secretArn: SECRET, roleArn: ARN } })],
  ['input.tags', (i) => void (i.tags = Array.from({ length: 201 }, (_, n) => ({ key: `k${n}`, value: '' }))), (i) => void (i.tags = Array.from({ length: 200 }, (_, n) => ({ key: `k${n}`, value: '' })))],
  ['input.tags[1].key', (i) => void (i.tags = [{ key: 'a', value: 'b' }, { key: '', value: 'b' }]), (i) => void (i.tags = [{ key: 'a', value: 'b' }, { key: 'k'.repeat(128), value: 'b' }])],
  ['input.tags[0].key', (i) => void (i.tags = [{ key: 'k'.repeat(129), value: '' }]), (i) => void (i.tags = [{ key: 'k', value: '' }])],
  ['input.tags[0].value', (i) => void (i.tags = [{ key: 'k', value: 'v'.repeat(257) }]), (i) => void (i.tags = [{ key: 'k', value: 'v'.repeat(256) }])],
  ['input.clientToken', (i) => void (i.clientToken = ''), (i) => void (i.clientToken = 't')],
  ['input.clientToken', (i) => void (i.clientToken = 't'.repeat(101)), (i) => void (i.clientToken = 't'.repeat(100))],
  ['input.serverUrl', (i) => void (i.serverUrl = null), (i) => void (i.serverUrl = 'https://example.com')],
];

const CUSTOM_RULES: Array<[string, CreatePluginInput, CreatePluginInput]> = [
  ['input.customPluginConfiguration', { ...custom(null), customPluginConfiguration: null }, custom(null)],
  ['input.customPluginConfiguration.description', { ...custom(null), customPluginConfiguration: { description: '', apiSchemaType: 'OPEN_API_V3' } }, custom(null)],
  ['input.customPluginConfiguration.description', { ...custom(null), customPluginConfiguration: { description: 'd'.repeat(201), apiSchemaType: 'OPEN_API_V3' } }, { ...custom(null), customPluginConfiguration: { description: 'd'.repeat(200), apiSchemaType: 'OPEN_API_V3' } }],
  ['input.customPluginConfiguration.apiSchemaType', { ...custom(null), customPluginConfiguration: { description: 'd', apiSchemaType: 'UNRECOGNIZED' } }, custom(null)],
  ['input.customPluginConfiguration.apiSchema', custom({} as unknown as APISchemaInput), custom({ payload: '{"openapi":"3.0.0"}' })],
  ['input.customPluginConfiguration.apiSchema', custom({ payload: '{}', s3: { bucket: 'specs', key: 'a.yaml' } } as unknown as APISchemaInput), custom({ s3: { bucket: 'specs', key: 'a.yaml' } })],
  ['input.customPluginConfiguration.apiSchema.s3.bucket', custom({ s3: { bucket: 'ab', key: 'a.yaml' } }), custom({ s3: { bucket: 'abc', key: 'a.yaml' } })],
  ['input.customPluginConfiguration.apiSchema.s3.bucket', custom({ s3: { bucket: 'Specs', key: 'a.yaml' } }), custom({ s3: { bucket: 'specs.v1-x', key: 'a.yaml' } })],
  ['input.customPluginConfiguration.apiSchema.s3.bucket', custom({ s3: { bucket: 'specs-', key: 'a.yaml' } }), custom({ s3: { bucket: 's'.repeat(63), key: 'a.yaml' } })],
  ['input.customPluginConfiguration.apiSchema.s3.bucket', custom({ s3: { bucket: 's'.repeat(64), key: 'a.yaml' } }), custom({ s3: { bucket: 's3s', key: 'a.yaml' } })],
  ['input.customPluginConfiguration.apiSchema.s3.key', custom({ s3: { bucket: 'specs', key: '' } }), custom({ s3: { bucket: 'specs', key: 'k'.repeat(1024) } })],
  ['input.customPluginConfiguration.apiSchema.s3.key', custom({ s3: { bucket: 'specs', key: 'k'.repeat(1025) } }), custom({ s3: { bucket: 'specs', key: 'k' } })],
];

describe('validateCreatePluginInput', () => {
  it('accepts a valid input of every auth kind and schema kind', () => {
    expect(validateCreatePluginInput(valid())).toEqual([]);
    expect(validateCreatePluginInput(custom({ payload: 'openapi: 3.0.0' }))).toEqual([]);
    expect(validateCreatePluginInput(custom({ s3: { bucket: 'specs', key: 'inventory.yaml' } }))).toEqual([]);
    expect(validateCreatePluginInput({ ...valid(), authConfiguration: { idcAuthConfiguration: { idcApplicationArn: IDC, roleArn: ARN } } })).toEqual([]);
  });

  it.each(RULES)('%s: rejects the breaking value, accepts the keeping one (#%#)', (path, bad, good) => {
    const broken = structuredClone(valid());
    bad(broken);
    const errors = validateCreatePluginInput(broken);
    expect(errors.map((e) => e.path)).toEqual([path]);
    expect(errors[0]?.message).toMatch(/\S/);
    const kept = structuredClone(valid());
    good(kept);
    expect(validateCreatePluginInput(kept)).toEqual([]);
  });

  it.each(CUSTOM_RULES)('%s on a CUSTOM plugin: rejects, then accepts (#%#)', (path, bad, good) => {
    expect(validateCreatePluginInput(bad).map((e) => e.path)).toEqual([path]);
    expect(validateCreatePluginInput(good)).toEqual([]);
  });

  it('reports every violation at once, with exact messages', () => {
    const input: CreatePluginInput = {
      applicationId: 'app',
      displayName: '-bad',
      type: 'SALESFORCE_CRM',
      authConfiguration: { basicAuthConfiguration: { secretArn: 'secret', roleArn: ARN } },
      tags: [{ key: '', value: 'x' }],
      clientToken: '',
    };
    expect(validateCreatePluginInput(input)).toEqual([
      { path: 'input.applicationId', message: 'must be exactly 36 characters long (got 3)' },
      {
        path: 'input.displayName',
        message: 'must match ^[a-zA-Z0-9][a-zA-Z0-9_-]*$ (letters, digits, _ and -, starting with a letter or digit)',
      },
      {
        path: 'input.authConfiguration.basicAuthConfiguration.secretArn',
        message: expect.stringMatching(/^must match \^arn:.* \(an ARN\)$/),
      },
      { path: 'input.tags[0].key', message: 'must be 1 to 128 characters long (got 0)' },
      { path: 'input.clientToken', message: 'must be 1 to 100 characters long (got 0)' },
      { path: 'input.serverUrl', message: 'is required unless type is CUSTOM' },
    ]);
  });

  it('counts characters as AWS does (code points), not UTF-16 units', () => {
    expect(validateCreatePluginInput({ ...valid(), clientToken: '😀'.repeat(100) })).toEqual([]);
    expect(validateCreatePluginInput({ ...valid(), clientToken: '😀'.repeat(101) })[0]?.message).toBe(
      'must be 1 to 100 characters long (got 101)',
    );
  });

  it('never runs a pattern on over-long input: a 1 MB value gets the length error only', () => {
    const huge = `https://${'a'.repeat(1 << 20)} `;
    const errors = validateCreatePluginInput({ ...valid(), serverUrl: huge, displayName: `a${'-'.repeat(1 << 20)}!` });
    expect(errors).toEqual([
      { path: 'input.displayName', message: `must be 1 to 100 characters long (got ${(1 << 20) + 2})` },
      { path: 'input.serverUrl', message: `must be 1 to 2048 characters long (got ${huge.length})` },
    ]);
  });
});
