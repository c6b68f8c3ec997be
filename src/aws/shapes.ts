/**
 * The `<Union>Unknown` member for a union variant the SDK did not recognize (it hands those over as
 * `{ $unknown: [wireName, value] }`). Only the wire name is exposed: the value could hold anything, secrets included.
 */
export function unknownUnionMember<T extends string>(
  typename: T,
  member: { $unknown?: [string, unknown] },
): { __typename: T; memberName: string } {
  return { __typename: typename, memberName: member.$unknown?.[0] ?? '(empty union)' };
}

/**
 * A member the AWS model marks required (so the GraphQL field is non-null). AWS omitting it breaks the model's
 * contract: fail loudly (the resource's field gets an INTERNAL_SERVER_ERROR and the cause is logged) rather than
 * invent a value.
 */
export function required<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null) throw new Error(`AWS response lacks required member ${member}`);
  return value;
}
