export * from './lib/sessions.module';
export * from './lib/sessions.resolver';
