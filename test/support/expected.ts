/**
 * A test oracle independent of src/*\/mapping.ts: turns what the emulator stores (AWS wire members, Date timestamps,
 * one-key union objects) into the GraphQL value the schema's rules promise, generically: member names in
 * lowerCamelCase (a leading acronym lowered whole), Date -> ISO string, a union member -> an object tagged with
 * its GraphQL type.
 */

/** Union member wire name -> GraphQL type, for every union the three read operations return. */
const UNION_MEMBERS: Record<string, string> = {
  basicAuthConfiguration: 'BasicAuthConfiguration',
  oAuth2ClientCredentialConfiguration: 'OAuth2ClientCredentialConfiguration',
  noAuthConfiguration: 'NoAuthConfiguration',
  idcAuthConfiguration: 'IdcAuthConfiguration',
  payload: 'APISchemaPayload',
  s3: 'S3',
  AuthorizationCodeGrantMetadata: 'ReadAuthorizationCodeGrantMetadata',
  ClientCredentialsGrantMetadata: 'ReadClientCredentialsGrantMetadata',
  BasicAuthConnectionMetadata: 'ReadBasicAuthConnectionMetadata',
  ApiKeyConnectionMetadata: 'ReadAPIKeyConnectionMetadata',
  NoneConnectionMetadata: 'ReadNoneConnectionMetadata',
  IamConnectionMetadata: 'ReadIamConnectionMetadata',
  ReadAuthorizationCodeGrantDetails: 'ReadAuthorizationCodeGrantDetails',
  ReadClientCredentialsGrantDetails: 'ReadClientCredentialsGrantDetails',
  JiraCloud: 'JiraCloudDetail',
  ServiceNow: 'ServiceNowDetail',
  Azure: 'AzureDetail',
};

/** Wire members that hold unions. */
const UNION_FIELDS = new Set([
  'authConfiguration',
  'apiSchema',
  'AuthenticationMetadata',
  'ReadAuthorizationCodeGrantCredentialsDetails',
  'ReadClientCredentialsDetails',
  'ProviderDetail',
]);

export function graphqlFieldName(member: string): string {
  const leading = /^[A-Z]+(?=[A-Z][a-z]|$)/.exec(member)?.[0];
  if (leading !== undefined && leading.length > 1) return leading.toLowerCase() + member.slice(leading.length);
  return member.charAt(0).toLowerCase() + member.slice(1);
}

export function expected(value: unknown, member?: string): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => expected(item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (member !== undefined && UNION_FIELDS.has(member)) {
    const [name, inner] = entries[0] ?? ['', undefined];
    const typename = UNION_MEMBERS[name];
    if (typename === undefined) throw new Error(`oracle: unknown union member ${name}`);
    if (typename === 'APISchemaPayload') return { __typename: typename, payload: inner };
    if (typename === 'NoAuthConfiguration') return { __typename: typename, authenticationRequired: false };
    return { __typename: typename, ...(expected(inner) as object) };
  }
  return Object.fromEntries(entries.map(([key, inner]) => [graphqlFieldName(key), expected(inner, key)]));
}

/** Drops `__typename` keys the query asked for on non-union objects, and nulls, so both sides compare alike. */
export function comparable(value: unknown, keepTypename = false): unknown {
  if (Array.isArray(value)) return value.map((item) => comparable(item));
  if (value === null || typeof value !== 'object') return value;
  const isUnionMember = '__typename' in value && keepTypename;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => inner !== null && (key !== '__typename' || isUnionMember))
      .map(([key, inner]) => [key, comparable(inner, UNION_GRAPHQL_FIELDS.has(key))]),
  );
}

/** GraphQL fields that hold unions (their objects keep __typename when compared). */
const UNION_GRAPHQL_FIELDS = new Set([...UNION_FIELDS].map(graphqlFieldName));
