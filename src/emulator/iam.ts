import { randomBytes, randomUUID } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import type { OperationName } from './operation.js';
import type { ServiceName } from './wire.js';

/**
 * Identity in the emulator, as IAM and STS would see it: roles with small policies (allowed actions and resource ARN
 * patterns), STS AssumeRoleWithWebIdentity in awsQuery (form POST in, XML out) trusting configured OIDC issuers, and
 * the sessions it hands out, found again from the access key of a SigV4 `Authorization` header.
 */

/** One Allow statement: actions (`qbusiness:GetPlugin`, `qbusiness:*`) on resources (ARN patterns, `*` wildcards). */
export interface PolicyStatement {
  actions: readonly string[];
  resources: readonly string[];
}

export interface EmulatorRole {
  arn: string;
  /** Allow statements; anything not allowed is denied. */
  allow: readonly PolicyStatement[];
}

/** An OIDC identity provider the emulator's STS trusts (as an IAM OIDC identity provider would be configured). */
export interface TrustedIssuer {
  issuer: string;
  /** `aud` the token must contain (the IAM provider's client ID list, one value). */
  audience: string;
  /** The JWKS; default: from the issuer's discovery document. */
  jwksUrl?: string;
}

export interface RoleSession {
  accessKeyId: string;
  roleArn: string;
  sessionName: string;
  /** `arn:aws:sts::<account>:assumed-role/<role name>/<session name>` */
  arn: string;
  subject: string;
  expiresAt: number;
}

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function glob(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(value);
}

/** The resource ARN an operation acts on, from its params (as IAM evaluates it). */
export function resourceArn(operation: OperationName, service: ServiceName, params: Readonly<Record<string, string>>, region: string, account: string): string {
  const base = `arn:aws:${service}:${region}:${account}`;
  switch (operation) {
    case 'GetPlugin':
      return `${base}:application/${params.applicationId ?? ''}/plugin/${params.pluginId ?? ''}`;
    case 'ListPlugins':
    case 'CreatePlugin':
      return `${base}:application/${params.applicationId ?? ''}`;
    case 'DescribeActionConnector':
      return `arn:aws:quicksight:${region}:${params.AwsAccountId ?? account}:action-connector/${params.ActionConnectorId ?? ''}`;
    case 'ListActionConnectors':
      return `arn:aws:quicksight:${region}:${params.AwsAccountId ?? account}:action-connector/*`;
    case 'GetConnectorV2':
      return `${base}:connectorv2/${params.ConnectorId ?? ''}`;
    case 'ListConnectorsV2':
      return `${base}:connectorv2/*`;
  }
}

export class StsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The XML body STS answers with for an error (awsQuery), as @aws-sdk/client-sts parses it. */
export function stsErrorXml(error: StsError, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${STS_NS}"><Error><Type>Sender</Type><Code>${xmlEscape(error.code)}</Code>` +
    `<Message>${xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}

export class Iam {
  private readonly roles = new Map<string, EmulatorRole>();
  private readonly issuers = new Map<string, { trusted: TrustedIssuer; keys: JWTVerifyGetKey | undefined }>();
  private readonly sessions = new Map<string, RoleSession>();
  /** AssumeRoleWithWebIdentity calls answered (for tests: one STS call per caller). */
  stsCalls = 0;
  /** GetCallerIdentity calls answered (for tests: the gateway looks its account up once). */
  callerIdentityCalls = 0;

  constructor(
    readonly accountId: string,
    roles: readonly EmulatorRole[],
    private readonly now: () => number,
  ) {
    for (const role of roles) this.roles.set(role.arn, role);
  }

  trust(issuer: TrustedIssuer): void {
    this.issuers.set(issuer.issuer, { trusted: issuer, keys: undefined });
  }

  putRole(role: EmulatorRole): void {
    this.roles.set(role.arn, role);
  }

  /** The session of an access key, or undefined when it is not an STS session (long-term keys act as the account). */
  session(accessKeyId: string): RoleSession | undefined {
    return this.sessions.get(accessKeyId);
  }

  /**
   * Whether the session may call `action` on `resource`; returns the AccessDenied message otherwise, in AWS's words.
   */
  authorize(session: RoleSession, action: string, resource: string): string | undefined {
    if (session.expiresAt <= this.now()) return 'The security token included in the request is expired';
    const role = this.roles.get(session.roleArn);
    const allowed = role?.allow.some(
      (statement) => statement.actions.some((pattern) => glob(pattern, action)) && statement.resources.some((pattern) => glob(pattern, resource)),
    );
    return allowed === true
      ? undefined
      : `User: ${session.arn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;
  }

  /** STS AssumeRoleWithWebIdentity (awsQuery form parameters in, XML out); throws StsError. */
  async assumeRoleWithWebIdentity(form: URLSearchParams, requestId: string): Promise<string> {
    const roleArn = form.get('RoleArn') ?? '';
    const sessionName = form.get('RoleSessionName') ?? '';
    const token = form.get('WebIdentityToken') ?? '';
    const duration = Number(form.get('DurationSeconds') ?? '3600');
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
      throw new StsError('ValidationError', "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*", 400);
    }
    if (!Number.isInteger(duration) || duration < 900 || duration > 43_200) {
      throw new StsError('ValidationError', "1 validation error detected: Value at 'durationSeconds' failed to satisfy constraint", 400);
    }
    let claims: { iss?: string; sub?: string; aud?: string | string[] };
    try {
      const [, payload = ''] = token.split('.');
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      throw new StsError('InvalidIdentityToken', "Couldn't parse the web identity token", 400);
    }
    const entry = claims.iss === undefined ? undefined : this.issuers.get(claims.iss);
    if (entry === undefined) throw new StsError('InvalidIdentityToken', 'No OpenIDConnect provider found in your account for the token issuer', 400);
    entry.keys ??= createRemoteJWKSet(new URL(entry.trusted.jwksUrl ?? (await jwksUri(entry.trusted.issuer))), { cooldownDuration: 0 });
    let subject: string;
    try {
      const { payload } = await jwtVerify(token, entry.keys, {
        issuer: entry.trusted.issuer,
        audience: entry.trusted.audience,
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        currentDate: new Date(this.now()),
      });
      subject = String(payload.sub);
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new StsError('ExpiredTokenException', 'Token expired', 400);
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        throw new StsError('InvalidIdentityToken', `Incorrect token ${error.claim} claim`, 400);
      }
      throw new StsError('InvalidIdentityToken', 'The web identity token signature could not be verified', 400);
    }
    // The role's trust policy: only roles the emulator knows trust its issuers.
    if (!this.roles.has(roleArn)) throw new StsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403);
    const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
    const session: RoleSession = {
      accessKeyId,
      roleArn,
      sessionName,
      arn: `arn:aws:sts::${this.accountId}:assumed-role/${roleName}/${sessionName}`,
      subject,
      // As STS: the session lasts DurationSeconds whatever the token's exp (the gateway must not use it longer).
      expiresAt: this.now() + duration * 1000,
    };
    this.sessions.set(accessKeyId, session);
    this.stsCalls += 1;
    const expiration = new Date(session.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return (
      `<AssumeRoleWithWebIdentityResponse xmlns="${STS_NS}"><AssumeRoleWithWebIdentityResult>` +
      `<SubjectFromWebIdentityToken>${xmlEscape(subject)}</SubjectFromWebIdentityToken>` +
      `<Audience>${xmlEscape(entry.trusted.audience)}</Audience>` +
      `<AssumedRoleUser><Arn>${xmlEscape(session.arn)}</Arn><AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${xmlEscape(sessionName)}</AssumedRoleId></AssumedRoleUser>` +
      `<Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${randomBytes(20).toString('base64')}</SecretAccessKey>` +
      `<SessionToken>${randomUUID()}${randomBytes(32).toString('base64')}</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
      `<Provider>${xmlEscape(entry.trusted.issuer)}</Provider>` +
      `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`
    );
  }

  /**
   * STS GetCallerIdentity (awsQuery, XML out) for the access key that signed the request: an STS session answers as
   * its assumed role, any other signed key as an IAM user of the emulator's account; unsigned requests are refused
   * (MissingAuthenticationToken, as STS does).
   */
  getCallerIdentity(accessKeyId: string, requestId: string): string {
    if (accessKeyId === '') throw new StsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    const session = this.sessions.get(accessKeyId);
    if (session !== undefined && session.expiresAt <= this.now()) throw new StsError('ExpiredToken', 'The security token included in the request is expired', 403);
    const [arn, userId] =
      session === undefined
        ? [`arn:aws:iam::${this.accountId}:user/emulator`, `AIDA${accessKeyId.slice(4, 20).toUpperCase()}`]
        : [session.arn, `AROA${session.roleArn.length.toString(16).toUpperCase()}:${session.sessionName}`];
    this.callerIdentityCalls += 1;
    return (
      `<GetCallerIdentityResponse xmlns="${STS_NS}"><GetCallerIdentityResult>` +
      `<Arn>${xmlEscape(arn)}</Arn><UserId>${xmlEscape(userId)}</UserId><Account>${this.accountId}</Account>` +
      `</GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
    );
  }
}

async function jwksUri(issuer: string): Promise<string> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
  const document = (await response.json()) as { jwks_uri?: string };
  if (typeof document.jwks_uri !== 'string') throw new StsError('IDPCommunicationError', 'Could not read the OpenID configuration of the issuer', 400);
  return document.jwks_uri;
}
