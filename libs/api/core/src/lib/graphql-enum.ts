/** A GraphQL enum object (for registerEnumType) from one of the shared vocabularies. */
export const graphqlEnumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
