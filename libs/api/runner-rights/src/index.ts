export * from './lib/runner-rights.module';
export * from './lib/runner-rights.resolver';
