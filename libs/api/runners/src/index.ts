export * from './lib/runners.module';
export * from './lib/runners.resolver';
export { runnersVisibleTo } from './lib/runners.service';
