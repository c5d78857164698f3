export * from './lib/app-error';
export * from './lib/config';
export * from './lib/cursor';
export * from './lib/format-graphql-error';
export * from './lib/logging';
export * from './lib/page.graphql';
export * from './lib/request-context';
export * from './lib/graphql-exception.filter';
