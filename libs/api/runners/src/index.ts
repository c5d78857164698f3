export * from './lib/runners.module';
export * from './lib/runners.resolver';
