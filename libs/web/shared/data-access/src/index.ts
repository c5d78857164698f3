export * from './lib/provide-graphql';
export * from './lib/generated';
export type * from './lib/generated/graphql';
