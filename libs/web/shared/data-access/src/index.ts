export * from './lib/provide-graphql';
export * from './lib/graphql-client';
export * from './lib/generated';
export type * from './lib/generated/graphql';
export * from './lib/session';
export * from './lib/role.guard';
