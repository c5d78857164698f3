export * from './lib/programs.module';
export * from './lib/programs.resolver';
